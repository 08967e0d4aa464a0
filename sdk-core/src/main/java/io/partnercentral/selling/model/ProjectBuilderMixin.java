package io.partnercentral.selling.model;

// A hand-written mixin of a generated type (customization.json "mixins"): conveniences only,
// never a member list.
/** Contract duration in months on {@link Project.Builder}. */
interface ProjectBuilderMixin {
    /**
     * Sets the expected contract duration.
     *
     * @param duration the duration
     * @return this builder
     */
    Project.Builder expectedContractDuration(ExpectedContractDuration duration);

    /**
     * Sets the expected contract duration to {@code months} months.
     *
     * @param months the duration in months, 1 to 144
     * @return this builder
     */
    default Project.Builder expectedContractDurationMonths(int months) {
        return expectedContractDuration(ExpectedContractDuration.months(months));
    }
}
