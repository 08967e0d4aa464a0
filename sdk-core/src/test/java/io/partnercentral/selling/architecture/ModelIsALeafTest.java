package io.partnercentral.selling.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The model package is a leaf of the SDK's own packages: value types that every other package uses and
 * that use none of the facade's internals or the public validation package back, so they can be read,
 * built and serialized without pulling in the facade.
 */
class ModelIsALeafTest {
    private static ArchRule modelUsesNeitherInternalNorValidation(String root) {
        return noClasses().that().resideInAPackage(root + ".model..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".internal..", root + ".validation..");
    }

    @Test
    void model_dependsOnNothingInInternalOrValidation() {
        JavaClasses sdk = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.partnercentral.selling");

        modelUsesNeitherInternalNorValidation("io.partnercentral.selling").check(sdk);
    }

    @Test
    void theRule_failsOnAModelClassUsingAnInternalOne() {
        // A fixture model class that calls a fixture internal class: the same rule must refuse it.
        JavaClasses fixture = new ClassFileImporter().importClasses(
                io.partnercentral.selling.architecture.leaf.model.UsesInternal.class,
                io.partnercentral.selling.architecture.leaf.internal.Helper.class);

        assertThatThrownBy(() -> modelUsesNeitherInternalNorValidation("io.partnercentral.selling.architecture.leaf")
                .check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("UsesInternal")
                .hasMessageContaining("Helper");
    }
}
