package io.partnercentral.selling.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The public validation package uses the internal rules; nothing internal may use it back. */
class PackageCyclesTest {
    private static final JavaClasses VALIDATION_AND_INTERNAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.partnercentral.selling.validation", "io.partnercentral.selling.internal");

    @Test
    void validationAndInternal_dependOnEachOtherInOneDirectionOnly() {
        slices().matching("io.partnercentral.selling.(*)..").should().beFreeOfCycles()
                .check(VALIDATION_AND_INTERNAL);
    }

    @Test
    void theRule_failsOnACycle() {
        // Two classes of this test's own packages that use each other: the same rule must refuse them.
        JavaClasses cyclic = new ClassFileImporter().importClasses(
                io.partnercentral.selling.architecture.cycle.a.UsesB.class,
                io.partnercentral.selling.architecture.cycle.b.UsesA.class);

        assertThatThrownBy(() -> slices().matching("io.partnercentral.selling.architecture.cycle.(*)..")
                .should().beFreeOfCycles().check(cyclic))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected");
    }
}
