package io.partnercentral.selling.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of README.md and docs/*.md compiles against the current jars, and the
 * blocks that are JUnit test classes pass. One dynamic test per block, named by file and line.
 */
class DocSnippetsTest {
    @TempDir
    static Path out;

    static List<DocSnippets.Result> results;
    static List<String> files;

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("docs")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no README.md with a docs/ directory above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    @BeforeAll
    static void compileEverySnippet() throws IOException {
        Path root = repositoryRoot();
        List<Path> pages = new ArrayList<>(List.of(root.resolve("README.md")));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<DocSnippets.Snippet> snippets = new ArrayList<>();
        for (Path page : pages) {
            snippets.addAll(DocSnippets.extract(root.relativize(page).toString(), Files.readString(page)));
        }
        files = pages.stream().map(p -> root.relativize(p).toString()).collect(Collectors.toList());
        results = DocSnippets.check(snippets, DocSnippets.testClassPath(), out);
    }

    @TestFactory
    Stream<DynamicTest> everyJavaSnippet_compiles_andItsTestsPass() {
        return results.stream().map(result -> DynamicTest.dynamicTest(result.snippet().location(), () ->
                assertThat(result.problems()).as("problems of the snippet at %s", result.snippet().location()).isEmpty()));
    }

    @Test
    void theReadmeTour_andTheTestingPagesTest_areAmongTheSnippets() {
        assertThat(files).contains("README.md", "docs/testing.md", "docs/crm-sync.md");
        assertThat(results).filteredOn(r -> r.snippet().file().equals("README.md")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(results).filteredOn(r -> r.snippet().file().equals("docs/testing.md")
                && r.snippet().kind() == DocSnippets.Kind.UNIT && r.snippet().code().contains("@Test")).isNotEmpty();
    }
}
