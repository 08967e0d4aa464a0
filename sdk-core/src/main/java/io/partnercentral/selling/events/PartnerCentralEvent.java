package io.partnercentral.selling.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.model.Catalog;
import java.time.Instant;
import java.util.Optional;

/**
 * A Partner Central event from EventBridge, read by {@link PartnerCentralEvents#parse(String)}: one
 * type per detail-type, grouped by what the event points to, and {@link UnknownEvent} for a
 * detail-type this SDK does not know. Every event is a pointer: the {@code resolve} method of each
 * group reads the current state it points to through the facade.
 *
 * <pre>{@code
 * switch (PartnerCentralEvents.parse(body)) {
 *     case OpportunityEvent e -> crm.upsert(e.resolve(selling));
 *     case EngagementInvitationEvent.Created e -> inbox.review(e.resolve(selling));
 *     case PartnerCentralEvent other -> log.debug("ignored {}", other);
 * }
 * }</pre>
 *
 * <p>Each keeps the event as received ({@link #envelope()}, {@link #detail()}), unknown members
 * included. {@code toString} shows ids and types only, never company names or account ids.
 */
public sealed interface PartnerCentralEvent
        permits OpportunityEvent, EngagementInvitationEvent, EngagementMemberEvent, ResourceSnapshotEvent,
                EngagementEvent, UnknownEvent {
    /** {@return the EventBridge envelope, with the event as received} */
    EventEnvelope envelope();

    /** {@return the catalog the event is about ({@code detail.catalog}): {@code AWS} or {@code Sandbox}} */
    Catalog catalog();

    /** {@return the envelope's {@code id}, the same on every redelivery of one event: de-duplicate by it} */
    default String id() {
        return envelope().id();
    }

    /** {@return the envelope's {@code time}} */
    default Instant time() {
        return envelope().time();
    }

    /** {@return the {@code detail-type} as received} */
    default String detailType() {
        return envelope().detailType();
    }

    /** {@return the detail-type, if it is one of the {@link DetailType known} ones} */
    default Optional<DetailType> knownDetailType() {
        return DetailType.of(detailType());
    }

    /** {@return the {@code detail} as received, members this SDK does not read included (a copy)} */
    default ObjectNode detail() {
        return envelope().detail();
    }
}
