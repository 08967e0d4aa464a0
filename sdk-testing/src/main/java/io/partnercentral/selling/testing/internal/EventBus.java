package io.partnercentral.selling.testing.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.testing.EventDelivery;
import io.partnercentral.selling.testing.EventStats;
import io.partnercentral.selling.testing.internal.CoSellState.EngagementRecord;
import io.partnercentral.selling.testing.internal.CoSellState.InvitationRecord;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Internal API: the EventBridge events the emulator's actions fire, as the JSON EventBridge delivers
 * (source {@code aws.partnercentral-selling}, the detail shapes of the developer guide's examples).
 * Actions {@link #emit} under the service's lock; {@link #dispatch()} then hands the events to the
 * listeners after the lock is released, so a listener may call the emulator.
 */
public final class EventBus {
    private static final Logger LOG = LoggerFactory.getLogger(EventBus.class);
    private static final String SOURCE = "aws.partnercentral-selling";

    private final Settings settings;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    // Guarded by this.
    private final List<String> pending = new ArrayList<>();
    private final List<String> emitted = new ArrayList<>();
    private final List<String> delivered = new ArrayList<>();
    private EventDelivery delivery = EventDelivery.reliable();
    private Random draws = new Random(0);
    private Random ids = new Random(0x5eed);
    private int dropped;
    private int duplicated;

    EventBus(Settings settings) {
        this.settings = settings;
    }

    // Listening and inspection

    public void addListener(Consumer<String> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public boolean removeListener(Consumer<String> listener) {
        return listeners.remove(listener);
    }

    public synchronized void delivery(EventDelivery delivery) {
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.draws = new Random(delivery.seed());
    }

    public synchronized List<String> emitted() {
        return List.copyOf(emitted);
    }

    public synchronized List<String> delivered() {
        return List.copyOf(delivered);
    }

    public synchronized EventStats stats() {
        return new EventStats(emitted.size(), dropped, duplicated, delivered.size());
    }

    /** Forgets the events and restarts the draws and ids; listeners and the delivery setting stay. */
    synchronized void clear() {
        pending.clear();
        emitted.clear();
        delivered.clear();
        dropped = 0;
        duplicated = 0;
        draws = new Random(delivery.seed());
        ids = new Random(0x5eed);
    }

    /** Hands the pending events to the listeners, dropping and repeating as the delivery setting says. */
    public void dispatch() {
        List<String> batch = new ArrayList<>();
        synchronized (this) {
            for (String event : pending) {
                emitted.add(event);
                if (draws.nextDouble() < delivery.dropRate()) {
                    dropped++;
                    continue;
                }
                batch.add(event);
                if (draws.nextDouble() < delivery.duplicateRate()) {
                    duplicated++;
                    batch.add(event);
                }
            }
            pending.clear();
            delivered.addAll(batch);
        }
        for (String event : batch) {
            for (Consumer<String> listener : listeners) {
                try {
                    listener.accept(event);
                } catch (RuntimeException e) {
                    // The type only: the event may carry company names.
                    LOG.warn("An emulator event listener threw {}", e.getClass().getName());
                }
            }
        }
    }

    // What the actions fire

    void opportunity(String detailType, StoredOpportunity opportunity) {
        ObjectNode detail = Json.object();
        detail.put("schemaVersion", "1");
        detail.put("catalog", opportunity.catalog);
        detail.putObject("opportunity").put("identifier", opportunity.id);
        emit(detailType, opportunity.arn, detail);
    }

    void invitation(String detailType, InvitationRecord invitation) {
        ObjectNode detail = detail(invitation.catalog);
        ObjectNode body = detail.putObject("engagementInvitation");
        body.put("arn", invitation.arn);
        body.put("id", invitation.id);
        body.put("engagementId", invitation.engagementId);
        body.put("senderAccountId", invitation.senderAwsAccountId);
        boolean sent = "SENDER".equals(invitation.participantType);
        body.put("receiverAccountId", sent ? Json.textAt(invitation.receiver, "Account.AwsAccountId") : settings.accountId());
        if ("Engagement Invitation Created".equals(detailType)) {
            body.put("senderCompanyName", invitation.senderCompanyName);
            body.put("expirationDate", Json.timestamp(invitation.expirationDate));
        }
        body.put("participantType", sent ? "Sender" : "Receiver");
        body.put("payloadType", invitation.payloadType);
        emit(detailType, invitation.arn, detail);
    }

    void memberAdded(EngagementRecord engagement, String accountId, String companyName) {
        ObjectNode detail = detail(engagement.catalog);
        detail.putObject("engagement").put("id", engagement.id);
        ObjectNode member = detail.putObject("engagementMember");
        member.put("accountId", accountId);
        member.put("companyName", companyName);
        emit("Engagement Member Added", engagement.arn, detail);
    }

    void engagement(String detailType, EngagementRecord engagement) {
        boolean created = "Engagement Created".equals(detailType);
        ObjectNode detail = detail(engagement.catalog);
        ObjectNode body = detail.putObject("engagement");
        body.put("engagementArn", engagement.arn);
        body.put("engagementId", engagement.id);
        // The documented example's casing: PascalCase beside the camelCase ids.
        body.put(created ? "CreatedAt" : "LastModifiedAt",
                Json.timestamp(created ? engagement.createdAt : engagement.modifiedAt));
        body.put(created ? "CreatedBy" : "LastModifiedBy", created ? engagement.createdBy : engagement.modifiedBy);
        ArrayNode types = body.putArray("ContextTypes");
        engagement.contexts.forEach(context -> types.add(Json.text(context, "Type")));
        emit(detailType, engagement.arn, detail);
    }

    void snapshot(Snapshot snapshot, List<String> targetMemberAccounts) {
        ObjectNode detail = detail(snapshot.catalog());
        ObjectNode body = detail.putObject("resourceSnapshot");
        body.put("arn", snapshot.arn());
        body.put("engagementId", snapshot.engagementId());
        body.put("resourceType", snapshot.resourceType());
        body.put("resourceId", snapshot.resourceId());
        body.put("createdBy", snapshot.createdBy());
        ArrayNode targets = body.putArray("targetMemberAccounts");
        targetMemberAccounts.forEach(targets::add);
        body.put("resourceSnapshotTemplateName", snapshot.templateName());
        emit("Engagement Resource Snapshot Created", snapshot.arn(), detail);
    }

    private static ObjectNode detail(String catalog) {
        ObjectNode detail = Json.object();
        detail.put("catalog", catalog);
        return detail;
    }

    private synchronized void emit(String detailType, String resourceArn, ObjectNode detail) {
        ObjectNode event = Json.object();
        event.put("version", "0");
        event.put("id", new UUID(ids.nextLong() & ~0xF000L | 0x4000L, ids.nextLong() & 0x3FFFFFFFFFFFFFFFL | Long.MIN_VALUE)
                .toString());
        event.put("detail-type", detailType);
        event.put("source", SOURCE);
        event.put("account", settings.accountId());
        Instant now = settings.clock().instant().truncatedTo(ChronoUnit.SECONDS);
        event.put("time", now.toString());
        event.put("region", settings.region());
        event.putArray("resources").add(resourceArn);
        event.set("detail", detail);
        pending.add(event.toString());
    }
}
