package io.partnercentral.selling.events;

import java.util.Optional;

/**
 * The detail-types Partner Central publishes to EventBridge (source {@value #SOURCE}): the union of
 * the EventBridge events reference and the Partner Central developer guide, which list them
 * differently. Only these exist; {@link EventRulePattern} uses them so a rule cannot name one that
 * never fires.
 *
 * <pre>{@code DetailType.of("Opportunity Updated")  // Optional[OPPORTUNITY_UPDATED]}</pre>
 */
public enum DetailType {
    /** A new opportunity. */
    OPPORTUNITY_CREATED("Opportunity Created"),
    /** An opportunity changed, on the partner's side or in AWS's summary of it. */
    OPPORTUNITY_UPDATED("Opportunity Updated"),
    /** Listed by the EventBridge reference only; no documented example. */
    OPPORTUNITY_ACCEPTED("Opportunity Accepted"),
    /** Listed by the EventBridge reference only; no documented example. */
    OPPORTUNITY_REJECTED("Opportunity Rejected"),
    /** An engagement invitation was sent or received. */
    ENGAGEMENT_INVITATION_CREATED("Engagement Invitation Created"),
    /** An engagement invitation was accepted. */
    ENGAGEMENT_INVITATION_ACCEPTED("Engagement Invitation Accepted"),
    /** An engagement invitation was rejected. */
    ENGAGEMENT_INVITATION_REJECTED("Engagement Invitation Rejected"),
    /** An engagement invitation was left unanswered until it expired. */
    ENGAGEMENT_INVITATION_EXPIRED("Engagement Invitation Expired"),
    /** Listed by the EventBridge reference only; no documented example. */
    ENGAGEMENT_MEMBER_JOINED("Engagement Member Joined"),
    /** A member was added to an engagement. */
    ENGAGEMENT_MEMBER_ADDED("Engagement Member Added"),
    /** Listed by the EventBridge reference only; no documented example. */
    RESOURCE_SNAPSHOT_CREATED("Resource Snapshot Created"),
    /** A snapshot of a resource in an engagement was taken. */
    ENGAGEMENT_RESOURCE_SNAPSHOT_CREATED("Engagement Resource Snapshot Created"),
    /** Listed by the developer guide only. */
    ENGAGEMENT_CREATED("Engagement Created"),
    /** Listed by the developer guide only. */
    ENGAGEMENT_UPDATED("Engagement Updated");

    /** The {@code source} of every Partner Central event. */
    public static final String SOURCE = "aws.partnercentral-selling";

    private final String value;

    DetailType(String value) {
        this.value = value;
    }

    /** {@return the detail-type as it appears in the event, e.g. {@code Opportunity Created}} */
    public String value() {
        return value;
    }

    /**
     * {@return the detail-type with this exact spelling; empty for any other}
     *
     * @param value a {@code detail-type} as received
     */
    public static Optional<DetailType> of(String value) {
        for (DetailType type : values()) {
            if (type.value.equals(value)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
