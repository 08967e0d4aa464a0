package io.partnercentral.selling.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snippet checker itself: it finds, wraps, compiles and runs blocks, and fails on a broken one. */
class DocSnippetsHarnessTest {
    @TempDir
    Path out;

    private List<DocSnippets.Result> check(String markdown) {
        return DocSnippets.check(DocSnippets.extract("docs/page.md", markdown), DocSnippets.testClassPath(), out);
    }

    @Test
    void check_whenAStatementUsesAnUndeclaredName_reportsTheFileAndLineOfThatStatement() {
        String markdown = String.join("\n",
                "# Page",                                   // 1
                "",                                         // 2
                "```java",                                  // 3
                "Catalog catalog = Catalog.SANDBOX;",       // 4
                "String id = selling.opportunities().get(\"O1\").id().orElseThrow();",   // 5
                "```",
                "");

        List<DocSnippets.Result> results = check(markdown);

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.ok()).isFalse();
            assertThat(r.snippet().location()).isEqualTo("docs/page.md:4");
            assertThat(r.problems()).singleElement().asString()
                    .startsWith("docs/page.md:5: error: cannot find symbol")
                    .contains("variable selling")
                    .contains("snippet-context");
        });
    }

    @Test
    void check_whenTheContextDeclaresTheName_compilesIt() {
        String markdown = String.join("\n",
                "<!-- snippet-context",
                "PartnerCentralSelling selling;",
                "-->",
                "```java",
                "Opportunity o = selling.opportunities().get(\"O1\");",
                "```",
                "",
                "```java",
                "List<Violation> again = OpportunityValidator.defaultValidator()",
                "    .validateForUpdate(selling.opportunities().get(\"O2\"));",
                "```");

        assertThat(check(markdown)).hasSize(2).allSatisfy(r -> assertThat(r.problems()).isEmpty());
    }

    @Test
    void check_whenACompilationUnitHasATypeError_reportsItsMarkdownLine() {
        String markdown = String.join("\n",
                "text",                                     // 1
                "```java",                                  // 2
                "import java.util.List;",                   // 3
                "",                                         // 4
                "class Broken {",                           // 5
                "    int size = List.of(1).sizee();",        // 6
                "}",
                "```");

        assertThat(check(markdown)).singleElement().satisfies(r -> assertThat(r.problems()).singleElement().asString()
                .startsWith("docs/page.md:6: error: cannot find symbol"));
    }

    @Test
    void check_whenATestSnippetFails_reportsTheFailingTest() {
        String markdown = String.join("\n",
                "```java",
                "import static org.assertj.core.api.Assertions.assertThat;",
                "import org.junit.jupiter.api.Test;",
                "class ArithmeticTest {",
                "    @Test",
                "    void adds() { assertThat(1 + 1).isEqualTo(3); }",
                "}",
                "```");

        assertThat(check(markdown)).singleElement().satisfies(r -> assertThat(r.problems()).singleElement().asString()
                .startsWith("docs/page.md:2: test adds() failed"));
    }

    @Test
    void check_whenATestSnippetPasses_reportsNothing() {
        String markdown = String.join("\n",
                "```java",
                "import static org.assertj.core.api.Assertions.assertThat;",
                "import org.junit.jupiter.api.Test;",
                "class ArithmeticTest {",
                "    @Test",
                "    void adds() { assertThat(1 + 1).isEqualTo(2); }",
                "}",
                "```");

        assertThat(check(markdown)).singleElement().satisfies(r -> assertThat(r.problems()).isEmpty());
    }

    @Test
    void extract_classifiesBlocks_andSkipsOtherLanguagesAndNestedFences() {
        String markdown = String.join("\n",
                "```text",
                "```java",
                "not java: inside a text block",
                "```",
                "```java",
                "@RegisterExtension",
                "static Object extension = null;",
                "```",
                "   ```java release=21",
                "   var x = 1;",
                "   ```");

        List<DocSnippets.Snippet> snippets = DocSnippets.extract("docs/page.md", markdown);

        assertThat(snippets).extracting(DocSnippets.Snippet::line, DocSnippets.Snippet::kind, DocSnippets.Snippet::release)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6, DocSnippets.Kind.MEMBERS, 17),
                        org.assertj.core.groups.Tuple.tuple(10, DocSnippets.Kind.STATEMENTS, 21));
        assertThat(snippets.get(1).code()).isEqualTo("var x = 1;\n");
    }

    @Test
    void extract_whenABlockIsNeverClosed_saysWhere() {
        assertThatThrownBy(() -> DocSnippets.extract("docs/page.md", "a\n```java\nint x;\n"))
                .hasMessage("docs/page.md:2: a code block that is never closed");
    }
}
