package io.partnercentral.selling.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.partnercentral.selling.OpportunityChanges;
import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.exception.MalformedEventException;
import io.partnercentral.selling.internal.WireJson;
import io.partnercentral.selling.metrics.EventDuplicate;
import io.partnercentral.selling.metrics.EventProblem;
import io.partnercentral.selling.metrics.SellingMetrics;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.GetAwsOpportunitySummaryResponse;
import io.partnercentral.selling.model.OpportunitySummary;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One at-least-once stream of "this opportunity changed; here is its current state", merged from
 * Partner Central's events ({@link #accept}) and periodic {@code changedSince} polls ({@link #poll}).
 * Events are fast but best effort (EventBridge may drop or repeat one); the poll lists every
 * opportunity modified since the stored watermark, so a change no event announced is still found.
 *
 * <p>Each change is read as it is now (GetOpportunity and GetAwsOpportunitySummary) and handed to the
 * handler unless that state (opportunity id, LastModifiedDate and AWS summary) was already delivered;
 * an event whose envelope id was already handled is skipped without a read. The watermark and what
 * was delivered live in a {@link ReconcilerStore}, written after the handler returns: a crash between
 * the two repeats at most the changes in flight, and a restart resumes from the watermark instead of
 * listing every opportunity again. Handler calls are serialized (one at a time), in the order states
 * are read, so a state is never delivered after a newer one of the same opportunity.
 *
 * <pre>{@code
 * try (FileReconcilerStore store = FileReconcilerStore.open(Path.of("crm-sync.state"))) {
 *     Reconciler reconciler = Reconciler.builder()
 *         .selling(selling)
 *         .store(store)
 *         .handler(change -> crm.upsert(change.opportunity(), change.awsSummary()))
 *         .build();
 *     reconciler.schedulePolls(scheduler, Duration.ofMinutes(5));
 *     queue.onMessage(body -> reconciler.accept(PartnerCentralEvents.parseSqsBody(body)));
 * }
 * }</pre>
 */
public final class Reconciler {
    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);
    /** Write the watermark at least this often during a long poll, so a crash repeats little. */
    private static final int WATERMARK_EVERY = 100;

    private final PartnerCentralSelling selling;
    private final ReconcilerStore store;
    private final Consumer<? super OpportunityChange> handler;
    private final Consumer<? super PartnerCentralEvent> otherEvents;
    private final Catalog catalog;
    private final Instant initialWatermark;
    private final Duration pollOverlap;
    private final Duration retention;
    private final SellingMetrics metrics;
    private final Clock clock;
    private final ReentrantLock deliveryLock = new ReentrantLock();
    private final AtomicLong eventsAccepted = new AtomicLong();
    private final AtomicLong duplicateEvents = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong deliveredByPoll = new AtomicLong();
    private final AtomicLong alreadyDelivered = new AtomicLong();
    private final AtomicLong polls = new AtomicLong();

    private Reconciler(Builder builder) {
        this.selling = Objects.requireNonNull(builder.selling, "selling");
        this.store = Objects.requireNonNull(builder.store, "store");
        this.handler = Objects.requireNonNull(builder.handler, "handler");
        this.otherEvents = builder.otherEvents;
        this.catalog = builder.catalog == null ? selling.catalog() : builder.catalog;
        this.initialWatermark = builder.initialWatermark;
        this.pollOverlap = builder.pollOverlap;
        this.retention = builder.retention;
        this.metrics = builder.metrics == null ? selling.metrics() : builder.metrics;
        this.clock = builder.clock;
    }

    /** {@return a builder; {@code selling}, {@code store} and {@code handler} are required} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Handles one event. An opportunity event of this reconciler's catalog is resolved and delivered
     * unless already delivered; any other event goes to {@link Builder#otherEvents}. An event whose
     * envelope id was handled before is skipped. Returns once the change is delivered and recorded.
     *
     * @param event an event read by {@link PartnerCentralEvents}
     * @throws RuntimeException what reading the opportunity or the handler threw; the event is not
     *     recorded, so its redelivery (or the next poll) tries again
     */
    public void accept(PartnerCentralEvent event) {
        Objects.requireNonNull(event, "event");
        eventsAccepted.incrementAndGet();
        metrics.eventReceived(event.knownDetailType().orElse(null));
        if (event instanceof UnknownEvent) {
            metrics.eventUnrecognized(EventProblem.UNKNOWN);
        }
        String eventKey = "e:" + event.id();
        if (store.isSeen(eventKey)) {
            duplicateEvents.incrementAndGet();
            metrics.eventDuplicate(EventDuplicate.EVENT);
            return;
        }
        if (event instanceof OpportunityEvent changed && changed.catalog().equals(catalog)) {
            deliveryLock.lock();
            try {
                deliver(changed.resolve(selling), OpportunityChange.FoundBy.EVENT, Optional.of(event.id()), event.time());
            } finally {
                deliveryLock.unlock();
            }
        } else {
            otherEvents.accept(event);
        }
        store.markSeen(eventKey, retention);
    }

    /**
     * Reads an EventBridge event or an SQS message body (an SNS notification around it too, see
     * {@link PartnerCentralEvents#parseSqsBody}) and {@link #accept accepts} it; one that cannot be
     * read is counted ({@link EventProblem#MALFORMED}) and rethrown.
     *
     * @param body the event's JSON, or an SQS message body holding it
     * @throws MalformedEventException if {@code body} is not a Partner Central event
     * @throws RuntimeException as {@link #accept}
     */
    public void acceptMessage(String body) {
        PartnerCentralEvent event;
        try {
            event = PartnerCentralEvents.parseSqsBody(body);
        } catch (MalformedEventException e) {
            metrics.eventUnrecognized(EventProblem.MALFORMED);
            throw e;
        }
        accept(event);
    }

    /**
     * Handles SQS messages one by one as {@link PartnerCentralEvents#handleSqsBatch(Iterable, Function,
     * Function, Consumer)} does with {@link #accept} as the handler, and counts each message that cannot
     * be read ({@link EventProblem#MALFORMED}).
     *
     * <pre>{@code
     * SqsBatchResult result = reconciler.handleSqsBatch(receive.messages(), Message::messageId, Message::body);
     * }</pre>
     *
     * @param <M> the message type
     * @param messages the messages
     * @param messageId a message's id
     * @param body a message's body
     * @return which messages succeeded and which failed
     */
    public <M> SqsBatchResult handleSqsBatch(Iterable<M> messages, Function<? super M, String> messageId,
            Function<? super M, String> body) {
        return PartnerCentralEvents.handleSqsBatch(messages, messageId, body, this::accept, metrics);
    }

    /**
     * Handles a Lambda function's SQS event as {@link PartnerCentralEvents#handleSqsBatch(String, Consumer)}
     * does with {@link #accept} as the handler, and counts each message that cannot be read
     * ({@link EventProblem#MALFORMED}).
     *
     * @param lambdaSqsEvent the Lambda event ({@code {"Records": [...]}})
     * @return which messages succeeded and which failed, for {@link SqsBatchResult#toLambdaResponse()}
     * @throws MalformedEventException if the batch itself is not an SQS event (then no message was handled)
     */
    public SqsBatchResult handleSqsBatch(String lambdaSqsEvent) {
        return PartnerCentralEvents.handleSqsBatch(lambdaSqsEvent, this::accept, metrics);
    }

    /**
     * Runs one poll: lists the opportunities modified since the stored watermark (less
     * {@link Builder#pollOverlap}), delivers each state not yet delivered, and advances the watermark
     * as it goes. Safe to run while events are being accepted.
     *
     * @return how many changes this poll delivered (those already delivered by events not counted)
     * @throws RuntimeException what listing, reading or the handler threw; the watermark stays at the
     *     last change fully handled
     */
    public int poll() {
        polls.incrementAndGet();
        Optional<Instant> stored = store.watermark();
        Instant start = stored.orElse(initialWatermark);
        Instant from = start.minus(pollOverlap).isBefore(Instant.EPOCH) ? Instant.EPOCH : start.minus(pollOverlap);
        OpportunityChanges changes = selling.opportunities().inCatalog(catalog).changedSince(from);
        Instant handledUpTo = start;
        int count = 0;
        int sinceWrite = 0;
        try {
            for (OpportunitySummary summary : changes) {
                Optional<Instant> listedAt = summary.lastModifiedDate();
                String id = summary.id().orElse(null);
                if (id == null || listedAt.isEmpty()) {
                    continue;
                }
                if (!store.isSeen(listedKey(id, listedAt.get()))) {
                    deliveryLock.lock();
                    try {
                        OpportunityState state = OpportunityState.read(selling, catalog, id);
                        if (deliver(state, OpportunityChange.FoundBy.POLL, Optional.empty(), state.lastModifiedDate())) {
                            count++;
                        }
                        // Listed at an older date than read: that listing is handled too.
                        store.markSeen(listedKey(id, listedAt.get()), retention);
                    } finally {
                        deliveryLock.unlock();
                    }
                }
                if (listedAt.get().isAfter(handledUpTo)) {
                    handledUpTo = listedAt.get();
                }
                if (++sinceWrite >= WATERMARK_EVERY) {
                    advanceWatermark(handledUpTo);
                    sinceWrite = 0;
                }
            }
        } finally {
            advanceWatermark(handledUpTo);
        }
        return count;
    }

    /**
     * Runs {@link #poll()} every {@code interval} on {@code executor}, first at once. A failed poll is
     * logged (exception type only) and the next one retries; cancel the returned future to stop.
     *
     * @param executor runs the polls
     * @param interval the time between the end of one poll and the start of the next, at least a millisecond
     * @return the scheduled polls
     */
    public ScheduledFuture<?> schedulePolls(ScheduledExecutorService executor, Duration interval) {
        long millis = interval.toMillis();
        if (millis <= 0) {
            throw new IllegalArgumentException("interval must be at least a millisecond");
        }
        return executor.scheduleWithFixedDelay(() -> {
            try {
                poll();
            } catch (RuntimeException e) {
                LOG.warn("Partner Central reconciler poll failed ({}); the next poll retries", e.getClass().getSimpleName());
            }
        }, 0, millis, TimeUnit.MILLISECONDS);
    }

    /** {@return the watermark polls resume from: the stored one, or the initial one before the first poll} */
    public Instant watermark() {
        return store.watermark().orElse(initialWatermark);
    }

    /** {@return counters since this reconciler was built} */
    public Stats stats() {
        return new Stats(eventsAccepted.get(), duplicateEvents.get(), delivered.get(), deliveredByPoll.get(),
                alreadyDelivered.get(), polls.get());
    }

    /**
     * Counters of a reconciler.
     *
     * @param eventsAccepted events given to {@link #accept}
     * @param duplicateEvents of those, skipped because their envelope id was handled before
     * @param delivered changes handed to the handler
     * @param deliveredByPoll of those, found by a poll rather than an event
     * @param alreadyDelivered states read but not delivered because they were delivered before
     * @param polls polls started
     */
    public record Stats(long eventsAccepted, long duplicateEvents, long delivered, long deliveredByPoll,
            long alreadyDelivered, long polls) {}

    /**
     * Delivers a state unless delivered before, and reports its lag from {@code since}; call with the
     * delivery lock held.
     */
    private boolean deliver(OpportunityState state, OpportunityChange.FoundBy foundBy, Optional<String> eventId,
            Instant since) {
        Instant at = state.lastModifiedDate();
        String stateKey = "s:" + catalog.value() + "/" + state.opportunityId() + "@" + at + "#" + digest(state.awsSummary());
        if (store.isSeen(stateKey)) {
            alreadyDelivered.incrementAndGet();
            metrics.eventDuplicate(EventDuplicate.STATE);
            return false;
        }
        handler.accept(new OpportunityChange(state, foundBy, eventId));
        metrics.reconcilerLag(foundBy, lagNanos(since, clock.instant()));
        delivered.incrementAndGet();
        if (foundBy == OpportunityChange.FoundBy.POLL) {
            deliveredByPoll.incrementAndGet();
        }
        store.markSeen(stateKey, retention);
        store.markSeen(listedKey(state.opportunityId(), at), retention);
        return true;
    }

    /** From {@code since} to {@code now} in nanoseconds: 0 if negative (clocks apart), capped at Long.MAX_VALUE. */
    static long lagNanos(Instant since, Instant now) {
        if (!now.isAfter(since)) {
            return 0;
        }
        try {
            return Duration.between(since, now).toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    private String listedKey(String opportunityId, Instant lastModified) {
        return "o:" + catalog.value() + "/" + opportunityId + "@" + lastModified;
    }

    private void advanceWatermark(Instant target) {
        while (true) {
            Optional<Instant> current = store.watermark();
            if (current.isPresent() && !current.get().isBefore(target)) {
                return;
            }
            if (store.compareAndSetWatermark(current, target)) {
                return;
            }
        }
    }

    /** A short digest of AWS's summary, so a change to it alone is a new state. */
    private static String digest(Optional<GetAwsOpportunitySummaryResponse> summary) {
        if (summary.isEmpty()) {
            return "none";
        }
        try {
            byte[] json = WireJson.mapper().writeValueAsBytes(summary.get());
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json);
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("the AWS summary could not be digested", e);
        }
    }

    @Override
    public String toString() {
        return "Reconciler[catalog=" + catalog + ", store=" + store + ", " + stats() + "]";
    }

    /** Builds a {@link Reconciler}; not thread-safe. */
    public static final class Builder {
        private PartnerCentralSelling selling;
        private ReconcilerStore store;
        private Consumer<? super OpportunityChange> handler;
        private Consumer<? super PartnerCentralEvent> otherEvents = event -> { };
        private Catalog catalog;
        private Instant initialWatermark = Instant.EPOCH;
        private Duration pollOverlap = Duration.ofMinutes(1);
        private Duration retention = Duration.ofDays(7);
        private SellingMetrics metrics;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /**
         * The facade changes are read through (required); its catalog is the default.
         *
         * @param selling the facade
         * @return this builder
         */
        public Builder selling(PartnerCentralSelling selling) {
            this.selling = Objects.requireNonNull(selling, "selling");
            return this;
        }

        /**
         * Where the watermark and seen-set are kept (required); the caller closes it.
         *
         * @param store the store
         * @return this builder
         */
        public Builder store(ReconcilerStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * Receives each change (required); called one at a time. An exception leaves the change unrecorded.
         *
         * @param handler the handler
         * @return this builder
         */
        public Builder handler(Consumer<? super OpportunityChange> handler) {
            this.handler = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * Receives every event that is not an opportunity event of this catalog; default: ignored.
         *
         * @param otherEvents the handler of those events
         * @return this builder
         */
        public Builder otherEvents(Consumer<? super PartnerCentralEvent> otherEvents) {
            this.otherEvents = Objects.requireNonNull(otherEvents, "otherEvents");
            return this;
        }

        /**
         * The catalog to reconcile; default the facade's. Opportunity events of other catalogs go to {@link #otherEvents}.
         *
         * @param catalog the catalog
         * @return this builder
         */
        public Builder catalog(Catalog catalog) {
            this.catalog = Objects.requireNonNull(catalog, "catalog");
            return this;
        }

        /**
         * Where the first poll starts when the store has no watermark; default {@link Instant#EPOCH},
         * so the first poll delivers every opportunity (the initial load).
         *
         * @param initialWatermark the instant the first poll lists changes from
         * @return this builder
         */
        public Builder initialWatermark(Instant initialWatermark) {
            this.initialWatermark = Objects.requireNonNull(initialWatermark, "initialWatermark");
            return this;
        }

        /**
         * How far before the watermark each poll starts listing, for changes the listing shows late;
         * default one minute. Re-listed changes already delivered cost a listing entry, no read.
         *
         * @param pollOverlap the overlap, zero or positive
         * @return this builder
         */
        public Builder pollOverlap(Duration pollOverlap) {
            if (Objects.requireNonNull(pollOverlap, "pollOverlap").isNegative()) {
                throw new IllegalArgumentException("pollOverlap must not be negative");
            }
            this.pollOverlap = pollOverlap;
            return this;
        }

        /**
         * How long delivered states and handled event ids are remembered; default 7 days, beyond
         * EventBridge's 24-hour redelivery window and any poll overlap.
         *
         * @param retention how long, at least a minute
         * @return this builder
         */
        public Builder retention(Duration retention) {
            if (Objects.requireNonNull(retention, "retention").compareTo(Duration.ofMinutes(1)) < 0) {
                throw new IllegalArgumentException("retention must be at least a minute");
            }
            this.retention = retention;
            return this;
        }

        /**
         * Where the reconciler reports the events it receives, the repeats it drops, the events it
         * cannot type and each change's lag (see {@link SellingMetrics}); default the facade's
         * ({@link PartnerCentralSelling#metrics()}).
         *
         * @param metrics where to report
         * @return this builder
         */
        public Builder metrics(SellingMetrics metrics) {
            this.metrics = Objects.requireNonNull(metrics, "metrics");
            return this;
        }

        /**
         * The clock a change's lag is measured on, from the event's {@code time} or the state's
         * LastModifiedDate (both the service's clock); default {@link Clock#systemUTC()}.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** {@return the reconciler} */
        public Reconciler build() {
            return new Reconciler(this);
        }
    }
}
