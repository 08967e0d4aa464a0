package io.partnercentral.selling.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model is the one source of the SDK's wire contract: on a copy of the model with a new enum
 * value, a new string member and a relaxed pattern, the generated SDK types them and its validator
 * checks them (the relaxed pattern, not the hand-written fast path of the old one), with no other edit. (sdk-testing's ModelIsTheSingleSourceTest shows the emulator accepting them.)
 */
class ModelIsTheSingleSourceTest {
    private static final Path MODEL = Path.of("../model");
    private static final Path CUSTOMIZATION = Path.of("../sdk-core/src/main/codegen/customization.json");
    private static final Path HAND_WRITTEN = Path.of("../sdk-core/src/main/java/io/partnercentral/selling");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void generate_whenModelGainsAnEnumValueAStringMemberAndARelaxedPattern_sdkTypesAndValidatesThem(@TempDir Path dir) throws Exception {
        ObjectNode model = (ObjectNode) JSON.readTree(MODEL.resolve("service-2.json").toFile());
        ObjectNode shapes = (ObjectNode) model.get("shapes");
        ((ArrayNode) shapes.get("Industry").get("enum")).add("Lunar Farming");
        shapes.putObject("ProjectCarbonFootprintString").put("type", "string").put("pattern", "(?s).{0,50}");
        ((ObjectNode) shapes.get("Project").get("members")).putObject("CarbonFootprint")
                .put("shape", "ProjectCarbonFootprintString");
        // A relaxed pattern: capitals in email addresses. FastPatterns.email implements the old one, so the
        // generated rules must check the model's regex instead of calling it.
        shapes.with("Email").put("pattern", shapes.get("Email").get("pattern").asText().replace("a-z0-9", "A-Za-z0-9"));
        Path modelCopy = Files.createDirectories(dir.resolve("model"));
        JSON.writeValue(modelCopy.resolve("service-2.json").toFile(), model);

        Path generated = dir.resolve("generated");
        Generator.generate(modelCopy, CUSTOMIZATION, generated);
        ClassLoader sdk = compile(generated, dir.resolve("classes"));

        Class<?> industry = sdk.loadClass("io.partnercentral.selling.model.Industry");
        Object quantum = industry.getField("LUNAR_FARMING").get(null);
        assertThat(industry.getMethod("isKnown").invoke(quantum)).isEqualTo(true);

        Class<?> opportunityType = sdk.loadClass("io.partnercentral.selling.model.Opportunity");
        // Read by the generated streaming reader, as the transport reads a response.
        Object codec = sdk.loadClass("io.partnercentral.selling.model.ModelCodecs").getMethod("of", Class.class)
                .invoke(null, opportunityType);
        JsonParser parser = new JsonFactory().createParser("{\"Customer\":{\"Account\":{\"CompanyName\":\"Example\",\"Industry\":\"Lunar Farming\","
                + "\"WebsiteUrl\":\"https://example.com\"},\"Contacts\":[{\"Email\":\"Ada.Byron@Example.COM\"}]},\"Project\":{\"CarbonFootprint\":\"" + "c".repeat(51) + "\"}}");
        parser.nextToken();
        Object opportunity = sdk.loadClass("io.partnercentral.selling.model.WireCodec").getMethod("read", JsonParser.class)
                .invoke(codec, parser);
        Object project = ((Optional<?>) opportunityType.getMethod("project").invoke(opportunity)).orElseThrow();
        Class<?> projectType = sdk.loadClass("io.partnercentral.selling.model.Project");
        Method carbonFootprint = projectType.getMethod("carbonFootprint");
        assertThat(carbonFootprint.getGenericReturnType().getTypeName()).isEqualTo("java.util.Optional<java.lang.String>");
        assertThat(carbonFootprint.invoke(project)).isEqualTo(Optional.of("c".repeat(51)));
        Method additional = projectType.getMethod("additionalMembers");
        assertThat((java.util.Map<?, ?>) additional.invoke(project)).isEmpty();

        Class<?> validatorType = sdk.loadClass("io.partnercentral.selling.validation.OpportunityValidator");
        Object validator = validatorType.getMethod("create", Clock.class)
                .invoke(null, Clock.fixed(Instant.parse("2026-11-30T00:00:00Z"), ZoneOffset.UTC));
        List<?> violations = (List<?>) validatorType.getMethod("validateForCreate", opportunityType).invoke(validator, opportunity);
        assertThat(violations).extracting(Object::toString).containsExactly(
                "Project.CarbonFootprint: must be at most 50 characters [INVALID_STRING_FORMAT]");

        Object typedByCaller = industry.getMethod("of", String.class).invoke(null, "Lunar Farming");
        assertThat(typedByCaller).isSameAs(quantum);
    }

    /** Compiles the generated sources with sdk-core's hand-written model, validation and rule code. */
    private static ClassLoader compile(Path generated, Path classes) throws Exception {
        List<File> sources = new ArrayList<>();
        sources.add(HAND_WRITTEN.resolve("validation/OpportunityValidator.java").toFile());
        // The model types and their rules; the generated operation layer needs the rest of sdk-core.
        Path types = generated.resolve("io/partnercentral/selling");
        for (Path root : List.of(types.resolve("model"), types.resolve("internal/validation"), HAND_WRITTEN.resolve("model"),
                HAND_WRITTEN.resolve("internal/validation"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> sources.add(f.toFile()));
            }
        }
        Files.createDirectories(classes);
        String classpath = System.getProperty("java.class.path");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            boolean ok = javac.getTask(diagnostics, files, null,
                    List.of("--release", "17", "-classpath", classpath, "-processorpath", classpath, "-d", classes.toString(),
                            "-implicit:class"),
                    null, files.getJavaFileObjectsFromFiles(sources)).call();
            assertThat(ok).as("generated sources compile:%n%s", diagnostics).isTrue();
        }
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, ModelIsTheSingleSourceTest.class.getClassLoader());
    }
}
