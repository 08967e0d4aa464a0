package io.partnercentral.selling.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.partnercentral.selling.QuotaBucket;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local awsJson1_0 server that enforces each documented rate of {@link QuotaBucket} as a token bucket
 * of capacity 1 (burst 1), independent of the emulator: a request arriving less than {@code 1 / rate}
 * after the last one its bucket let through gets {@code ThrottlingException} (HTTP 400, as awsJson
 * errors are), and costs nothing. It keeps opportunities in memory and answers CreateOpportunity,
 * GetOpportunity and UpdateOpportunity well enough for the facade: ids {@code O<n>}, a strictly
 * increasing {@code LastModifiedDate}, UpdateOpportunity's optimistic check (ConflictException on a
 * stale date), and ClientToken idempotency (same token and body: the first answer again; same token,
 * other body: ConflictException), as the service documents.
 *
 * <p>With a fault rate {@code f}, each request that passed its bucket fails with probability {@code f}:
 * half of those with InternalServerException before anything is applied, half after the write was
 * applied (the answer is lost, the caller cannot tell which).
 *
 * <p>Arrival times are taken when the request's body has been read, on {@link System#nanoTime()}.
 * Thread-safe.
 */
public final class QuotaServer implements AutoCloseable {
    private static final String TARGET_PREFIX = "AWSPartnerCentralSelling.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "quota-server");
        t.setDaemon(true);
        return t;
    });
    private final Map<QuotaBucket, Bucket> buckets = new EnumMap<>(QuotaBucket.class);
    private final Map<String, ObjectNode> opportunities = new ConcurrentHashMap<>();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(1_000_000);
    private final AtomicLong appliedUpdates = new AtomicLong();
    private final AtomicLong faults = new AtomicLong();
    private volatile double faultRate;
    private final Random random;
    private Instant lastModified = Instant.EPOCH;
    private final List<Arrival> arrivals = new ArrayList<>();

    /**
     * One request as the server saw it: its operation, the SDK's invocation id and attempt header
     * (to match it with the client's own record), when its body had arrived, when it was answered
     * (both {@link System#nanoTime()}) and how: {@code ok}, {@code throttled}, {@code fault-before},
     * {@code fault-after} or the error type answered.
     */
    public record Arrival(String operation, String invocation, String attempt, long arrivedNanos, long answeredNanos,
            String outcome) {}

    private record Token(String body, byte[] answer) {}

    /** One bucket of capacity 1 refilled at its documented rate. */
    private static final class Bucket {
        final long intervalNanos;
        long lastAllowed;
        boolean used;
        long allowed;
        long throttled;
        long minGap = Long.MAX_VALUE;

        Bucket(double rate) {
            this.intervalNanos = Math.round(1e9 / rate);
        }

        synchronized boolean take(long now) {
            if (used && now - lastAllowed < intervalNanos) {
                throttled++;
                return false;
            }
            if (used) {
                minGap = Math.min(minGap, now - lastAllowed);
            }
            used = true;
            lastAllowed = now;
            allowed++;
            return true;
        }
    }

    private QuotaServer(double faultRate, long seed, boolean enforce) throws IOException {
        this.faultRate = faultRate;
        this.random = new Random(seed);
        for (QuotaBucket bucket : QuotaBucket.values()) {
            // Without enforcement: a bucket whose interval is 0 lets everything through, and still counts.
            buckets.put(bucket, new Bucket(enforce ? bucket.documentedPermitsPerSecond() : Double.POSITIVE_INFINITY));
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A server on a free loopback port, with {@code faultRate} of the requests failing (see above). */
    public static QuotaServer start(double faultRate, long seed) {
        return start(faultRate, seed, true);
    }

    /** As {@link #start(double, long)}; without {@code enforce}, no rate is enforced (for warming up a JVM). */
    public static QuotaServer start(double faultRate, long seed, boolean enforce) {
        try {
            return new QuotaServer(faultRate, seed, enforce);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the quota server", e);
        }
    }

    /** From now on, {@code rate} of the requests that pass their bucket fail (see above). */
    public void faultRate(double rate) {
        this.faultRate = rate;
    }

    /** The endpoint to point a client at. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Requests {@code bucket} refused with ThrottlingException so far. */
    public long throttled(QuotaBucket bucket) {
        Bucket b = buckets.get(bucket);
        synchronized (b) {
            return b.throttled;
        }
    }

    /** Requests {@code bucket} let through so far (faults included). */
    public long allowed(QuotaBucket bucket) {
        Bucket b = buckets.get(bucket);
        synchronized (b) {
            return b.allowed;
        }
    }

    /** The shortest gap between two arrivals {@code bucket} let through, in milliseconds. */
    public double minGapMillis(QuotaBucket bucket) {
        Bucket b = buckets.get(bucket);
        synchronized (b) {
            return b.minGap == Long.MAX_VALUE ? Double.NaN : b.minGap / 1e6;
        }
    }

    /** Opportunities held. */
    public int opportunityCount() {
        return opportunities.size();
    }

    /** UpdateOpportunity calls applied. */
    public long appliedUpdates() {
        return appliedUpdates.get();
    }

    /** Faults injected. */
    public long faults() {
        return faults.get();
    }

    /** The opportunities' PartnerOpportunityIdentifier values, one per opportunity (duplicates repeat). */
    public List<String> partnerIds() {
        List<String> ids = new ArrayList<>();
        for (ObjectNode o : opportunities.values()) {
            ids.add(o.path("PartnerOpportunityIdentifier").asText());
        }
        return ids;
    }

    /** The ids of the opportunities held. */
    public List<String> opportunityIds() {
        return new ArrayList<>(opportunities.keySet());
    }

    /** An opportunity's stored JSON, for checks. */
    public JsonNode opportunity(String id) {
        return opportunities.get(id);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** Every request so far, in the order they were answered. */
    public List<Arrival> arrivals() {
        synchronized (arrivals) {
            return List.copyOf(arrivals);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrival = 0;
        String operation = "";
        String outcome = "io-error";
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            arrival = System.nanoTime();
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            operation = target != null && target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length()) : "";
            outcome = handle(exchange, arrival, operation, body);
        } finally {
            Arrival a = new Arrival(operation, exchange.getRequestHeaders().getFirst("amz-sdk-invocation-id"),
                    exchange.getRequestHeaders().getFirst("amz-sdk-request"), arrival, System.nanoTime(), outcome);
            synchronized (arrivals) {
                arrivals.add(a);
            }
        }
    }

    private String handle(HttpExchange exchange, long arrival, String operation, byte[] body) throws IOException {
        Bucket bucket = QuotaBucket.forOperation(operation).map(buckets::get).orElse(null);
        if (bucket != null && !bucket.take(arrival)) {
            error(exchange, 400, "ThrottlingException", "Rate exceeded");
            return "throttled";
        }
        Fault fault = fault();
        if (fault == Fault.BEFORE) {
            error(exchange, 500, "InternalServerException", "injected before the request was applied");
            return "fault-before";
        }
        Answer answer;
        try {
            answer = apply(operation, (ObjectNode) JSON.readTree(body), new String(body, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            error(exchange, 400, "ValidationException", "cannot read the request: " + e.getClass().getSimpleName());
            return "ValidationException";
        }
        if (fault == Fault.AFTER && answer.status == 200) {
            error(exchange, 500, "InternalServerException", "injected after the request was applied");
            return "fault-after";
        }
        send(exchange, answer.status, answer.body);
        return answer.status == 200 ? "ok" : JSON.readTree(answer.body).path("__type").asText();
    }

    private enum Fault { NONE, BEFORE, AFTER }

    private Fault fault() {
        synchronized (random) {
            if (faultRate <= 0 || random.nextDouble() >= faultRate) {
                return Fault.NONE;
            }
            faults.incrementAndGet();
            return random.nextBoolean() ? Fault.BEFORE : Fault.AFTER;
        }
    }

    private record Answer(int status, byte[] body) {}

    private Answer apply(String operation, ObjectNode request, String raw) {
        switch (operation) {
            case "CreateOpportunity":
                return create(request, raw);
            case "GetOpportunity": {
                ObjectNode stored = opportunities.get(request.path("Identifier").asText());
                if (stored == null) {
                    return errorAnswer(400, "ResourceNotFoundException", "no such opportunity");
                }
                synchronized (stored) {
                    return new Answer(200, bytes(stored));
                }
            }
            case "UpdateOpportunity":
                return update(request);
            default:
                return errorAnswer(400, "UnknownOperationException", "not served by the quota server: " + operation);
        }
    }

    private Answer create(ObjectNode request, String raw) {
        String token = request.path("ClientToken").asText();
        String bodyWithoutToken;
        ObjectNode copy = request.deepCopy();
        copy.remove("ClientToken");
        bodyWithoutToken = copy.toString();
        synchronized (tokens) {
            Token seen = tokens.get(token);
            if (seen != null) {
                if (!seen.body.equals(bodyWithoutToken)) {
                    return errorAnswer(400, "ConflictException", "Conflicting client token submitted for a new request body.");
                }
                return new Answer(200, seen.answer);
            }
            String id = "O" + ids.incrementAndGet();
            Instant now = nextTimestamp();
            ObjectNode stored = copy.deepCopy();
            stored.put("Id", id);
            stored.put("CreatedDate", now.toString());
            stored.put("LastModifiedDate", now.toString());
            stored.with("LifeCycle").put("ReviewStatus", "Pending Submission");
            opportunities.put(id, stored);
            ObjectNode answer = JSON.createObjectNode();
            answer.put("Id", id);
            answer.put("LastModifiedDate", now.toString());
            if (stored.has("PartnerOpportunityIdentifier")) {
                answer.set("PartnerOpportunityIdentifier", stored.get("PartnerOpportunityIdentifier"));
            }
            byte[] bytes = bytes(answer);
            tokens.put(token, new Token(bodyWithoutToken, bytes));
            return new Answer(200, bytes);
        }
    }

    private Answer update(ObjectNode request) {
        String id = request.path("Identifier").asText();
        ObjectNode stored = opportunities.get(id);
        if (stored == null) {
            return errorAnswer(400, "ResourceNotFoundException", "no such opportunity");
        }
        synchronized (stored) {
            if (!stored.path("LastModifiedDate").asText().equals(request.path("LastModifiedDate").asText())) {
                return errorAnswer(400, "ConflictException", "the opportunity was modified since the given LastModifiedDate");
            }
            // A full replace of the payload; what UpdateOpportunity cannot change is kept.
            ObjectNode replaced = request.deepCopy();
            replaced.remove("Identifier");
            for (String kept : List.of("Id", "CreatedDate", "Origin")) {
                if (stored.has(kept)) {
                    replaced.set(kept, stored.get(kept));
                }
            }
            String review = stored.path("LifeCycle").path("ReviewStatus").asText();
            replaced.with("LifeCycle").put("ReviewStatus", review);
            Instant now = nextTimestamp();
            replaced.put("LastModifiedDate", now.toString());
            stored.removeAll();
            stored.setAll(replaced);
            appliedUpdates.incrementAndGet();
            ObjectNode answer = JSON.createObjectNode();
            answer.put("Id", id);
            answer.put("LastModifiedDate", now.toString());
            return new Answer(200, bytes(answer));
        }
    }

    /** A timestamp after every one handed out before, at millisecond precision. */
    private synchronized Instant nextTimestamp() {
        Instant now = Instant.ofEpochMilli(System.currentTimeMillis());
        if (!now.isAfter(lastModified)) {
            now = lastModified.plusMillis(1);
        }
        lastModified = now;
        return now;
    }

    private static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Answer errorAnswer(int status, String type, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.put("__type", type);
        body.put("Message", message);
        return new Answer(status, bytes(body));
    }

    private static void error(HttpExchange exchange, int status, String type, String message) throws IOException {
        Answer answer = errorAnswer(status, type, message);
        send(exchange, answer.status, answer.body);
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.0");
        exchange.getResponseHeaders().set("x-amzn-RequestId", Long.toHexString(System.nanoTime()));
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
