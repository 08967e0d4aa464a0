package io.partnercentral.selling.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java snippets of docs/events.md and of README.md's event-driven sync section compile against
 * the current SDK: each is a whole compilation unit (imports and one public class).
 */
class EventsDocSnippetsCompileTest {
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern PUBLIC_CLASS = Pattern.compile("public (?:final )?class (\\w+)");

    @TempDir
    Path dir;

    @Test
    void eventsPageAndReadmeSection_compile() throws IOException {
        List<String> snippets = new ArrayList<>(javaBlocks(Files.readString(Path.of("../docs/events.md"))));
        String readme = Files.readString(Path.of("../README.md"));
        int section = readme.indexOf("\n## Event-driven sync");
        assertThat(section).as("README's event-driven sync section").isPositive();
        int next = readme.indexOf("\n## ", section + 1);
        List<String> readmeSnippets = javaBlocks(readme.substring(section, next < 0 ? readme.length() : next));
        assertThat(readmeSnippets).hasSize(1);
        assertThat(readmeSnippets.get(0).lines().count()).as("lines of user code").isLessThan(30);
        snippets.addAll(readmeSnippets);
        assertThat(snippets).hasSizeGreaterThanOrEqualTo(4);

        List<Path> sources = new ArrayList<>();
        for (String snippet : snippets) {
            Matcher name = PUBLIC_CLASS.matcher(snippet);
            assertThat(name.find()).as("a public class in:%n%s", snippet).isTrue();
            Path source = dir.resolve("src").resolve(name.group(1) + ".java");
            Files.createDirectories(source.getParent());
            Files.writeString(source, snippet);
            sources.add(source);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path classes = Files.createDirectories(dir.resolve("classes"));
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
            boolean ok = javac.getTask(null, files, diagnostics,
                    List.of("--release", "17", "-proc:none", "-classpath", System.getProperty("java.class.path"),
                            "-d", classes.toString()),
                    null, files.getJavaFileObjectsFromPaths(sources)).call();
            assertThat(ok).as("javac: %s", diagnostics.getDiagnostics()).isTrue();
        }
    }

    private static List<String> javaBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher block = JAVA_BLOCK.matcher(markdown);
        while (block.find()) {
            blocks.add(block.group(1));
        }
        return blocks;
    }
}
