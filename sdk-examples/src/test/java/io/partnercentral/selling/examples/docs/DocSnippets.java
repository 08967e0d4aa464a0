package io.partnercentral.selling.examples.docs;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Extracts the {@code ```java} blocks of Markdown files, compiles them with {@code javax.tools} against
 * the test class path and runs those that are JUnit test classes. The conventions (how a fragment is
 * wrapped, the {@code <!-- snippet-context -->} comment, {@code release=21}) are described for writers in
 * {@code docs/README.md}; every problem is reported as {@code file:line: message} with the line in the
 * Markdown file.
 */
final class DocSnippets {
    /** The imports a fragment (statements or class members) gets; a compilation unit declares its own. */
    static final List<String> FRAGMENT_IMPORTS = List.of(
            "io.partnercentral.selling.*",
            "io.partnercentral.selling.model.*",
            "io.partnercentral.selling.exception.*",
            "io.partnercentral.selling.validation.*",
            "io.partnercentral.selling.testing.*",
            "java.math.*",
            "java.time.*",
            "java.util.*",
            "java.util.function.*",
            "java.util.stream.*",
            "software.amazon.awssdk.regions.Region",
            "software.amazon.awssdk.core.client.config.ClientOverrideConfiguration",
            "com.fasterxml.jackson.databind.json.JsonMapper",
            "org.junit.jupiter.api.extension.RegisterExtension");

    private static final Pattern FENCE = Pattern.compile("^(\\s*)(`{3,}|~{3,})\\s*([\\w+-]*)(.*)$");
    private static final Pattern RELEASE = Pattern.compile("\\brelease=(\\d+)\\b");
    private static final Pattern UNIT_LINE = Pattern.compile(
            "^(import|package)\\s.*|^(@\\w+(\\(.*\\))?\\s+)*((public|final|abstract|sealed|non-sealed)\\s+)*(class|interface|record|enum)\\s+\\w+.*");
    private static final Pattern TOP_LEVEL_TYPE = Pattern.compile(
            "^(@\\w+(\\(.*\\))?\\s+)*((public|final|abstract|sealed|non-sealed)\\s+)*(class|interface|record|enum)\\s+(\\w+)");
    private static final Pattern MEMBER_START = Pattern.compile(
            "^(@\\w+|(public|protected|private|static|final|abstract|synchronized)\\s).*");

    enum Kind { UNIT, MEMBERS, STATEMENTS }

    /** One {@code ```java} block: where it is, what it holds, and what its page declared for it. */
    record Snippet(String file, int line, String code, Kind kind, String context, int contextLine, int release) {
        String location() {
            return file + ":" + line;
        }

        String packageName() {
            return "snippets." + file.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + "_l" + line;
        }
    }

    /** A snippet's source as compiled, with the line (1-based) where its code starts. */
    record Source(Snippet snippet, String className, String text, int codeLine) {}

    /** The outcome of compiling (and, for test classes, running) one snippet. */
    record Result(Snippet snippet, List<String> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    private DocSnippets() {}

    /** The {@code ```java} blocks of one Markdown text, {@code file} naming it in reports. */
    static List<Snippet> extract(String file, String markdown) {
        List<Snippet> snippets = new ArrayList<>();
        String[] lines = markdown.split("\r?\n", -1);
        String context = "";
        int contextLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.trim().equals("<!-- snippet-context")) {
                StringBuilder declared = new StringBuilder();
                contextLine = i + 1;
                int j = i + 1;
                for (; j < lines.length && !lines[j].trim().equals("-->"); j++) {
                    declared.append(lines[j]).append('\n');
                }
                if (j == lines.length) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": <!-- snippet-context has no closing -->");
                }
                context = declared.toString();
                i = j;
                continue;
            }
            Matcher fence = FENCE.matcher(line);
            if (!fence.matches()) {
                continue;
            }
            String indent = fence.group(1);
            String marker = fence.group(2);
            int start = i + 1;
            int end = start;
            while (end < lines.length && !isClosing(lines[end], marker)) {
                end++;
            }
            if (end == lines.length) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": a code block that is never closed");
            }
            if (fence.group(3).equals("java")) {
                StringBuilder code = new StringBuilder();
                for (int k = start; k < end; k++) {
                    String codeLine = lines[k];
                    code.append(codeLine.startsWith(indent) ? codeLine.substring(indent.length()) : codeLine).append('\n');
                }
                Matcher release = RELEASE.matcher(fence.group(4));
                snippets.add(new Snippet(file, start + 1, code.toString(), kind(code.toString()), context, contextLine,
                        release.find() ? Integer.parseInt(release.group(1)) : 17));
            }
            i = end;
        }
        return snippets;
    }

    private static boolean isClosing(String line, String marker) {
        String trimmed = line.trim();
        return trimmed.startsWith(marker) && trimmed.chars().allMatch(c -> c == marker.charAt(0));
    }

    static Kind kind(String code) {
        List<String> lines = code.lines().collect(Collectors.toList());
        if (lines.stream().anyMatch(l -> UNIT_LINE.matcher(l).matches())) {
            return Kind.UNIT;
        }
        String first = lines.stream().map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("//") && !l.startsWith("/*") && !l.startsWith("*"))
                .findFirst().orElse("");
        return MEMBER_START.matcher(first).matches() ? Kind.MEMBERS : Kind.STATEMENTS;
    }

    static Source source(Snippet s) {
        StringBuilder text = new StringBuilder();
        if (s.kind() == Kind.UNIT) {
            boolean hasPackage = s.code().lines().anyMatch(l -> l.startsWith("package "));
            if (!hasPackage) {
                text.append("package ").append(s.packageName()).append("; ");   // same line: line numbers unchanged
            }
            String className = s.code().lines().map(TOP_LEVEL_TYPE::matcher).filter(Matcher::find)
                    .map(m -> m.group(6)).findFirst().orElse("Snippet");
            text.append(s.code());
            return new Source(s, className, text.toString(), 1);
        }
        text.append("package ").append(s.packageName()).append(";\n");
        FRAGMENT_IMPORTS.forEach(i -> text.append("import ").append(i).append(";\n"));
        text.append("@SuppressWarnings(\"all\")\nclass Snippet {\n");
        text.append(s.context());
        if (s.kind() == Kind.STATEMENTS) {
            text.append("void run() throws Exception {\n");
        }
        int codeLine = (int) text.chars().filter(c -> c == '\n').count() + 1;
        text.append(s.code());
        text.append(s.kind() == Kind.STATEMENTS ? "}\n}\n" : "}\n");
        return new Source(s, "Snippet", text.toString(), codeLine);
    }

    /**
     * Compiles every snippet against {@code classPath} into {@code out}, then runs each compiled
     * compilation unit that has JUnit tests, and returns one result per snippet, in order.
     */
    static List<Result> check(List<Snippet> snippets, String classPath, Path out) {
        Map<Snippet, List<String>> problems = new LinkedHashMap<>();
        snippets.forEach(s -> problems.put(s, new ArrayList<>()));
        int jdk = Runtime.version().feature();
        Map<Integer, List<Source>> byRelease = new LinkedHashMap<>();
        for (Snippet s : snippets) {
            if (s.release() > jdk) {
                continue;   // compiled on the JDKs that have it (CI builds on 25)
            }
            byRelease.computeIfAbsent(s.release(), r -> new ArrayList<>()).add(source(s));
        }
        byRelease.forEach((release, sources) -> compile(release, sources, classPath, out, problems));
        List<Source> tests = byRelease.values().stream().flatMap(List::stream)
                .filter(src -> src.snippet().kind() == Kind.UNIT && problems.get(src.snippet()).isEmpty()
                        && src.text().contains("@Test"))
                .collect(Collectors.toList());
        for (Source test : tests) {
            // javac writes no class at all when any file of a batch fails: compile a test on its own then.
            Path compiled = out.resolve(test.snippet().packageName().replace('.', '/')).resolve(test.className() + ".class");
            if (!Files.exists(compiled)) {
                compile(test.snippet().release(), List.of(test), classPath, out, problems);
            }
        }
        if (!tests.isEmpty()) {
            run(tests, out, problems);
        }
        return problems.entrySet().stream().map(e -> new Result(e.getKey(), List.copyOf(e.getValue())))
                .collect(Collectors.toList());
    }

    private static void compile(int release, List<Source> sources, String classPath, Path out,
            Map<Snippet, List<String>> problems) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<JavaFileObject, Source> files = new LinkedHashMap<>();
        for (Source src : sources) {
            String path = src.snippet().packageName().replace('.', '/') + "/" + src.className() + ".java";
            files.put(new SimpleJavaFileObject(java.net.URI.create("string:///" + path), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return src.text();
                }
            }, src);
        }
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            Files.createDirectories(out);
            List<String> options = List.of("--release", String.valueOf(release), "-proc:none", "-nowarn",
                    "-classpath", classPath, "-d", out.toString());
            StringWriter log = new StringWriter();
            javac.getTask(log, fm, diagnostics, options, null, files.keySet()).call();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() != Diagnostic.Kind.ERROR) {
                    continue;
                }
                Source src = files.get(d.getSource());
                if (src == null) {
                    sources.forEach(each -> problems.get(each.snippet()).add(
                            each.snippet().location() + ": javac: " + d.getMessage(Locale.ROOT)));
                    continue;
                }
                List<String> found = problems.get(src.snippet());
                found.add(describe(src, d, found.stream().noneMatch(p -> p.contains(HINT))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String HINT = "declare what the block uses but does not define";

    private static String describe(Source src, Diagnostic<? extends JavaFileObject> d, boolean hint) {
        Snippet s = src.snippet();
        long generated = d.getLineNumber();
        long offset = generated - src.codeLine();
        long codeLines = s.code().lines().count();
        String where;
        if (offset >= 0 && offset < codeLines) {
            where = s.file() + ":" + (s.line() + offset);
        } else if (s.kind() != Kind.UNIT && s.contextLine() > 0 && offset < 0) {
            where = s.file() + ":" + s.contextLine() + " (in the snippet-context comment used by the block at line " + s.line() + ")";
        } else {
            where = s.location();
        }
        String message = d.getMessage(Locale.ROOT).replace("\n", "\n    ");
        StringBuilder text = new StringBuilder(where).append(": error: ").append(message);
        if (offset >= 0 && offset < codeLines) {
            text.append("\n    ").append(s.code().lines().skip(offset).findFirst().orElse("").strip());
        }
        if (hint && message.contains("cannot find symbol") && s.kind() != Kind.UNIT) {
            text.append("\n    (compiled as ").append(s.kind() == Kind.STATEMENTS ? "statements in a method" : "class members")
                    .append(" with the imports listed in docs/README.md; ").append(HINT)
                    .append(" in a <!-- snippet-context --> comment before it)");
        }
        return text.toString();
    }

    private static void run(List<Source> tests, Path out, Map<Snippet, List<String>> problems) {
        ClassLoader parent = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, parent)) {
            Thread.currentThread().setContextClassLoader(loader);
            Launcher launcher = LauncherFactory.create();
            for (Source src : tests) {
                Class<?> type = loader.loadClass(src.snippet().packageName() + "." + src.className());
                LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                        .selectors(selectClass(type)).build();
                SummaryGeneratingListener listener = new SummaryGeneratingListener();
                launcher.execute(request, listener);
                TestExecutionSummary summary = listener.getSummary();
                if (summary.getTestsFoundCount() == 0) {
                    problems.get(src.snippet()).add(src.snippet().location() + ": has @Test but JUnit found no test in "
                            + src.className());
                }
                for (TestExecutionSummary.Failure failure : summary.getFailures()) {
                    problems.get(src.snippet()).add(src.snippet().location() + ": test "
                            + failure.getTestIdentifier().getDisplayName() + " failed: " + failure.getException());
                }
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("a compiled snippet class is missing", e);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Thread.currentThread().setContextClassLoader(parent);
        }
    }

    /** The class path the tests run with: surefire's real one when it uses a manifest-only jar. */
    static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
