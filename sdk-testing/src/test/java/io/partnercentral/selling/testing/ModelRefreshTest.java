package io.partnercentral.selling.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.PacingSettings;
import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.codegen.Generator;
import io.partnercentral.selling.exception.ValidationException;
import io.partnercentral.selling.model.Contact;
import io.partnercentral.selling.model.CountryCode;
import io.partnercentral.selling.model.Industry;
import io.partnercentral.selling.model.Opportunity;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A simulated next model release needs no hand edit: on a copy of the model that adds a paginated
 * operation (with its paginators entry), a write with a client token, a member on a nested structure and its summary twin
 * ({@code Project}, {@code ProjectSummary}), a member on a snapshot structure
 * ({@code ResourceSnapshotSummary}), a write-result member ({@code CreateOpportunityResponse.Arn}), an
 * enum value ({@code Industry}) and a relaxed pattern ({@code Email} taking capitals), the generator
 * writes the SDK, which is compiled whole here (sdk-core's hand-written sources with the generated ones,
 * as its build does) together with {@code RefreshDriver}, a caller written against the refreshed SDK.
 * The driver then calls an emulator started on the same refreshed model, sync and async.
 *
 * <p>The AWS SDK's generated client on the classpath does not know the new operation: the facade sends
 * it on its carrier operation, rewriting {@code X-Amz-Target} (as it does for the prospecting
 * operations), so the emulator sees {@code ListOpportunityInsights}; this test checks that too.
 */
class ModelRefreshTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path MODEL = Path.of("../model");
    private static final Path CORE = Path.of("../sdk-core");
    private static final Path DRIVER = Path.of("src/test/refresh");
    private static final String CAPITALISED_EMAIL = "Ada.Byron@Example.COM";

    @TempDir
    Path dir;

    @Test
    void refreshedModel_isCallableSyncAndAsync_andAnsweredByTheEmulator_withNoHandEdit() throws Exception {
        long start = System.nanoTime();
        Path model = refreshedModel();
        Path generated = dir.resolve("generated");
        Generator.main(new String[] {model.toString(), CORE.resolve("src/main/codegen/customization.json").toString(),
                generated.toString()});
        long generatedAt = System.nanoTime();
        ClassLoader refreshed = compile(generated, dir.resolve("classes"));
        long compiledAt = System.nanoTime();

        try (PartnerCentralEmulator emulator = PartnerCentralEmulator.start(
                PartnerCentralEmulator.Options.builder().model(model.resolve("service-2.json")).build())) {
            Map<String, String> seen = run(refreshed, emulator.endpoint());

            assertThat(seen).containsEntry("created.arn", "arn:aws:partnercentral:us-east-1:" + emulator.options().accountId()
                    + ":catalog/Sandbox/opportunity/" + seenId(emulator))
                    .containsEntry("get.industry", "Orbital Agriculture")
                    .containsEntry("get.industry.known", "true")
                    .containsEntry("get.sustainabilityGoal", "net zero by 2030")
                    .containsEntry("summary.sustainabilityGoal", "net zero by 2030")
                    .containsEntry("get.email", CAPITALISED_EMAIL)
                    // The skeleton's answer: one item (the list's min), its required members from their traits.
                    .containsEntry("sync.insights", "ins-aaaaaaaa/1")
                    .containsEntry("sync.request.pages", "1")
                    .containsEntry("async.insights", "ins-aaaaaaaa/1")
                    .containsEntry("snapshotSummary.retentionDays", "90")
                    .containsEntry("sync.note", "note-aaaaaa")
                    .containsEntry("async.note", "note-aaaaaa");
            assertThat(seen.get("sync.invalid")).contains("OpportunityIdentifier", "INVALID_STRING_FORMAT");
            assertThat(seen.get("async.invalid")).contains("OpportunityIdentifier", "INVALID_STRING_FORMAT");

            List<String> operations = emulator.receivedRequests(100).stream().map(ReceivedRequest::operation).toList();
            // Three sends of the new operation (two sync listings, one async); the invalid ones sent nothing.
            assertThat(operations).filteredOn("ListOpportunityInsights"::equals).hasSize(3);
            assertThat(emulator.receivedRequests(100)).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
            // The new write carries a client token the SDK drew, once per call, and the bound catalog.
            assertThat(emulator.receivedRequests(100)).filteredOn(r -> r.operation().equals("CreateEngagementNote"))
                    .hasSize(2).extracting(r -> JSON.readTree(r.body()))
                    .allSatisfy(body -> {
                        assertThat(java.util.UUID.fromString(body.get("ClientToken").asText())).isNotNull();
                        assertThat(body.get("Catalog").asText()).isEqualTo("Sandbox");
                        assertThat(body.get("EngagementIdentifier").asText()).isEqualTo("eng-0123456789abcd");
                    });
        }
        // What this test costs the build, for CI's budget.
        System.out.printf("ModelRefreshTest: generate %d ms, compile sdk-core %d ms, calls %d ms%n",
                (generatedAt - start) / 1_000_000, (compiledAt - generatedAt) / 1_000_000,
                (System.nanoTime() - compiledAt) / 1_000_000);
    }

    @Test
    void checkedInSdk_rejectsTheCapitalisedEmail_thatTheRefreshedOneSends() throws IOException {
        // The same caller's input on this build's SDK: the relaxed pattern is what made the difference. A model
        // that already allows capitals (a release applied to model/) leaves nothing to compare.
        String email = JSON.readTree(MODEL.resolve("service-2.json").toFile()).at("/shapes/Email/pattern").asText();
        org.junit.jupiter.api.Assumptions.assumeFalse(java.util.regex.Pattern.matches(email, CAPITALISED_EMAIL),
                "the checked-in model's Email pattern already allows capitals");
        try (PartnerCentralEmulator emulator = PartnerCentralEmulator.start();
                PartnerCentralSelling selling = emulator.sellingBuilder().pacing(PacingSettings.disabled()).build()) {
            Opportunity opportunity = Opportunity.builder()
                    .customer(c -> c.account(a -> a.companyName("Refresh Corp").industry(Industry.RETAIL)
                                    .websiteUrl("https://refresh.example.com").address(ad -> ad.countryCode(CountryCode.DE)))
                            .addContacts(Contact.builder().email(CAPITALISED_EMAIL).firstName("Ada").lastName("Byron").build()))
                    .project(p -> p.title("Refresh pilot").customerBusinessProblem("The model changed under the SDK."))
                    .build();
            assertThatThrownBy(() -> selling.opportunities().create(opportunity)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("Customer.Contacts[0].Email");
            assertThat(emulator.receivedRequests(10)).isEmpty();
        }
    }

    private static String seenId(PartnerCentralEmulator emulator) {
        return emulator.opportunities().get(0).id().orElseThrow();
    }

    private Path refreshedModel() throws IOException {
        Path copy = Files.createDirectories(dir.resolve("model"));
        ObjectNode model = (ObjectNode) JSON.readTree(MODEL.resolve("service-2.json").toFile());
        ObjectNode shapes = (ObjectNode) model.get("shapes");
        ObjectNode operation = ((ObjectNode) model.get("operations")).putObject("ListOpportunityInsights");
        operation.put("name", "ListOpportunityInsights");
        operation.putObject("http").put("method", "POST").put("requestUri", "/");
        operation.putObject("input").put("shape", "ListOpportunityInsightsRequest");
        operation.putObject("output").put("shape", "ListOpportunityInsightsResponse");
        ArrayNode errors = operation.putArray("errors");
        for (String error : List.of("AccessDeniedException", "InternalServerException", "ValidationException",
                "ThrottlingException", "ResourceNotFoundException")) {
            errors.addObject().put("shape", error);
        }
        ObjectNode input = shapes.putObject("ListOpportunityInsightsRequest").put("type", "structure");
        input.putArray("required").add("Catalog").add("OpportunityIdentifier");
        ObjectNode in = input.putObject("members");
        in.putObject("Catalog").put("shape", "CatalogIdentifier");
        in.putObject("OpportunityIdentifier").put("shape", "OpportunityIdentifier");
        in.putObject("MaxResults").put("shape", "PageSize");
        in.putObject("NextToken").put("shape", "String");
        ObjectNode output = shapes.putObject("ListOpportunityInsightsResponse").put("type", "structure");
        output.putArray("required").add("OpportunityInsightSummaries");
        ObjectNode out = output.putObject("members");
        out.putObject("OpportunityInsightSummaries").put("shape", "OpportunityInsightSummaryList");
        out.putObject("NextToken").put("shape", "String");
        shapes.putObject("OpportunityInsightSummaryList").put("type", "list").put("min", 1)
                .putObject("member").put("shape", "OpportunityInsightSummary");
        ObjectNode item = shapes.putObject("OpportunityInsightSummary").put("type", "structure");
        item.putArray("required").add("InsightId").add("Score");
        ObjectNode itemMembers = item.putObject("members");
        itemMembers.putObject("InsightId").put("shape", "OpportunityInsightId");
        itemMembers.putObject("Score").put("shape", "OpportunityInsightScore");
        itemMembers.putObject("Note").put("shape", "String");
        shapes.putObject("OpportunityInsightId").put("type", "string").put("pattern", "ins-[a-z0-9]{8}");
        shapes.putObject("OpportunityInsightScore").put("type", "integer").put("box", true).put("min", 1).put("max", 100);

        // A write with a client token, which no noun but Engagement's places.
        ObjectNode write = ((ObjectNode) model.get("operations")).putObject("CreateEngagementNote");
        write.put("name", "CreateEngagementNote");
        write.putObject("http").put("method", "POST").put("requestUri", "/");
        write.putObject("input").put("shape", "CreateEngagementNoteRequest");
        write.putObject("output").put("shape", "CreateEngagementNoteResponse");
        write.putArray("errors").addObject().put("shape", "ValidationException");
        write.put("idempotent", true);
        ObjectNode noteInput = shapes.putObject("CreateEngagementNoteRequest").put("type", "structure");
        noteInput.putArray("required").add("Catalog").add("ClientToken").add("EngagementIdentifier").add("Note");
        ObjectNode noteIn = noteInput.putObject("members");
        noteIn.putObject("Catalog").put("shape", "CatalogIdentifier");
        noteIn.putObject("ClientToken").put("shape", "ClientToken").put("idempotencyToken", true);
        noteIn.putObject("EngagementIdentifier").put("shape", "EngagementIdentifier");
        noteIn.putObject("Note").put("shape", "String");
        ObjectNode noteOutput = shapes.putObject("CreateEngagementNoteResponse").put("type", "structure");
        noteOutput.putArray("required").add("NoteId");
        noteOutput.putObject("members").putObject("NoteId").put("shape", "EngagementNoteId");
        shapes.putObject("EngagementNoteId").put("type", "string").put("pattern", "note-[a-z0-9]{6}");

        ((ObjectNode) shapes.get("Project").get("members")).putObject("SustainabilityGoal").put("shape", "String");
        ((ObjectNode) shapes.get("ProjectSummary").get("members")).putObject("SustainabilityGoal").put("shape", "String");
        shapes.putObject("ResourceSnapshotRetentionDays").put("type", "integer").put("box", true).put("min", 1);
        ((ObjectNode) shapes.get("ResourceSnapshotSummary").get("members")).putObject("RetentionDays")
                .put("shape", "ResourceSnapshotRetentionDays");
        ((ObjectNode) shapes.get("CreateOpportunityResponse").get("members")).putObject("Arn").put("shape", "OpportunityArn");
        ArrayNode industries = (ArrayNode) shapes.get("Industry").get("enum");
        boolean known = false;
        for (com.fasterxml.jackson.databind.JsonNode value : industries) {
            known |= value.asText().equals("Orbital Agriculture");
        }
        if (!known) {
            industries.add("Orbital Agriculture");
        }
        String email = shapes.get("Email").get("pattern").asText();
        shapes.with("Email").put("pattern", email.replace("a-z0-9", "A-Za-z0-9"));
        JSON.writeValue(copy.resolve("service-2.json").toFile(), model);

        ObjectNode paginators = (ObjectNode) JSON.readTree(MODEL.resolve("paginators-1.json").toFile());
        ((ObjectNode) paginators.get("pagination")).putObject("ListOpportunityInsights").put("input_token", "NextToken")
                .put("output_token", "NextToken").put("limit_key", "MaxResults")
                .put("result_key", "OpportunityInsightSummaries");
        JSON.writeValue(copy.resolve("paginators-1.json").toFile(), paginators);
        return copy;
    }

    /**
     * Compiles sdk-core whole from the generated and hand-written sources, and the driver, against the
     * test's classpath without sdk-core and this module; loads them apart from the checked-in SDK.
     */
    private static ClassLoader compile(Path generated, Path classes) throws Exception {
        List<File> sources = new ArrayList<>();
        for (Path root : List.of(generated, CORE.resolve("src/main/java"), DRIVER)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> sources.add(f.toFile()));
            }
        }
        List<URL> libraries = new ArrayList<>();
        List<String> classpath = new ArrayList<>();
        Path project = Path.of("..").toAbsolutePath().normalize();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            // This project's modules (built here, or from a repository): the refreshed SDK replaces them.
            if (Path.of(entry).toAbsolutePath().normalize().startsWith(project)
                    || entry.replace('\\', '/').contains("/io/partnercentral/")) {
                continue;
            }
            classpath.add(entry);
            libraries.add(Path.of(entry).toUri().toURL());
        }
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            String path = String.join(File.pathSeparator, classpath);
            boolean ok = javac.getTask(diagnostics, files, null,
                    List.of("--release", "17", "-classpath", path, "-processorpath", path, "-d", classes.toString(),
                            "-nowarn", "-Xlint:none", "-implicit:none"),
                    null, files.getJavaFileObjectsFromFiles(sources)).call();
            assertThat(ok).as("the refreshed SDK compiles:%n%s", diagnostics).isTrue();
        }
        Path resources = CORE.resolve("src/main/resources");
        try (Stream<Path> files = Files.walk(resources)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path target = classes.resolve(resources.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        ClassLoader libs = new URLClassLoader(libraries.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, libs);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> run(ClassLoader refreshed, URI endpoint) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(refreshed);
        try {
            return (Map<String, String>) refreshed.loadClass("io.partnercentral.selling.refresh.RefreshDriver")
                    .getMethod("run", URI.class, String.class).invoke(null, endpoint, CAPITALISED_EMAIL);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
