package io.partnercentral.selling.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.model.Account;
import io.partnercentral.selling.model.AwsOpportunitySummaryFullView;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.Customer;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.OpportunitySummaryView;
import io.partnercentral.selling.model.Project;
import io.partnercentral.selling.model.Snapshot;
import io.partnercentral.selling.model.SnapshotTarget;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClient;
import software.amazon.awssdk.services.partnercentralselling.model.CreateOpportunityRequest;
import software.amazon.awssdk.services.partnercentralselling.model.GetResourceSnapshotRequest;
import software.amazon.awssdk.services.partnercentralselling.model.GetResourceSnapshotResponse;
import software.amazon.awssdk.services.partnercentralselling.model.ListOpportunitiesRequest;

/**
 * What the facade costs per call next to the raw generated client, in one JVM against one
 * {@link FastStub}: for each call, a warm-up, then N pairs in which facade and raw alternate which
 * goes first; each call's time ({@code System.nanoTime}) and the bytes its thread allocated
 * ({@code com.sun.management.ThreadMXBean}). Prints medians, p90s and their ratios.
 *
 * <pre>{@code
 * mvn -B -q -pl sdk-benchmarks -am package -DskipTests
 * java -cp sdk-benchmarks/target/benchmarks.jar io.partnercentral.selling.benchmarks.CallOverhead [pairs [warm-up pairs]]
 * }</pre>
 *
 * <p>Calls: create (a maximal opportunity, the same JSON on the wire from both clients, checked at
 * the stub before timing), get (a maximal opportunity), one list page of 100 summaries, a snapshot
 * get with the full-view payload (which the 2.40.2 client cannot read: it gets an unknown union
 * member and skips the data), the same with the summary-view payload (which both clients read, the
 * raw one all but the few members it predates), and get / list page through a facade wrapping a generated client the
 * user built. All clients use the Apache HTTP client ({@link BenchClients}). Single-threaded.
 */
public final class CallOverhead {
    private static volatile Object sink;
    /** The customer company in {@link Payloads#GET_SNAPSHOT_SUMMARY}. */
    private static final String SUMMARY_COMPANY = "Zephyrine Orbital Freight GmbH";

    private CallOverhead() {}

    /** One facade/raw pair to compare. */
    private record Call(String name, Supplier<Object> facade, Supplier<Object> raw) {}

    public static void main(String[] args) throws Exception {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        if (!BenchClients.API_CALL_TIMEOUT.equals(PartnerCentralSelling.DEFAULT_API_CALL_TIMEOUT)
                || !BenchClients.API_CALL_ATTEMPT_TIMEOUT.equals(PartnerCentralSelling.DEFAULT_API_CALL_ATTEMPT_TIMEOUT)) {
            throw new IllegalStateException("BenchClients' timeouts no longer match the facade's defaults");
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        threads.setThreadAllocatedMemoryEnabled(true);
        Payloads.checkAgainstModel();
        System.out.printf("CallOverhead: %d pairs per call after %d warm-up pairs; %s %s; load average %s%n", pairs, warmup,
                System.getProperty("java.vm.name"), System.getProperty("java.version"), loadAverage());

        try (FastStub stub = FastStub.start(2);
                PartnerCentralSelling facade = BenchClients.Facade.create(stub.endpoint());
                PartnerCentralSellingClient raw = BenchClients.Raw.create(stub.endpoint());
                PartnerCentralSellingClient userClient = BenchClients.Raw.create(stub.endpoint());
                PartnerCentralSelling wrapping = BenchClients.Facade.wrapping(userClient)) {
            Opportunity createPayload = RawRequests.maximalCreate();
            CreateOpportunityRequest rawCreate = RawRequests.createRequest(createPayload, Catalog.AWS);
            SnapshotTarget snapshot = SnapshotTarget.opportunity(Payloads.ENGAGEMENT_ID, Payloads.OPPORTUNITY_ID, Payloads.TEMPLATE);
            GetResourceSnapshotRequest rawSnapshot = GetResourceSnapshotRequest.builder().catalog("AWS")
                    .engagementIdentifier(Payloads.ENGAGEMENT_ID).resourceType("Opportunity")
                    .resourceIdentifier(Payloads.OPPORTUNITY_ID).resourceSnapshotTemplateIdentifier(Payloads.TEMPLATE).build();
            SnapshotTarget summary = SnapshotTarget.opportunity(Payloads.ENGAGEMENT_ID, Payloads.OPPORTUNITY_ID,
                    Payloads.SUMMARY_TEMPLATE);
            GetResourceSnapshotRequest rawSummary = rawSnapshot.toBuilder()
                    .resourceSnapshotTemplateIdentifier(Payloads.SUMMARY_TEMPLATE).build();
            ListOpportunitiesRequest rawList = ListOpportunitiesRequest.builder().catalog("AWS").maxResults(100).build();

            List<Call> calls = List.of(
                    new Call("create (maximal)", () -> facade.opportunities().create(createPayload),
                            () -> raw.createOpportunity(rawCreate)),
                    new Call("get (maximal)", () -> facade.opportunities().get(Payloads.OPPORTUNITY_ID),
                            () -> raw.getOpportunity(r -> r.catalog("AWS").identifier(Payloads.OPPORTUNITY_ID))),
                    new Call("list page of 100", () -> facade.opportunities().list(r -> r.maxResults(100)).pages().iterator().next(),
                            () -> raw.listOpportunities(rawList)),
                    new Call("snapshot get, full view", () -> facade.snapshots().get(snapshot),
                            () -> raw.getResourceSnapshot(rawSnapshot)),
                    new Call("snapshot get, summary view", () -> facade.snapshots().get(summary),
                            () -> raw.getResourceSnapshot(rawSummary)),
                    new Call("get, wrapping user client", () -> wrapping.opportunities().get(Payloads.OPPORTUNITY_ID),
                            () -> raw.getOpportunity(r -> r.catalog("AWS").identifier(Payloads.OPPORTUNITY_ID))),
                    new Call("list, wrapping user client",
                            () -> wrapping.opportunities().list(r -> r.maxResults(100)).pages().iterator().next(),
                            () -> raw.listOpportunities(rawList)));

            checkSameCreateOnTheWire(stub, facade, raw, createPayload, rawCreate);
            checkAnswers(facade, raw, snapshot, rawSnapshot, summary, rawSummary);

            List<String[]> rows = new ArrayList<>();
            for (Call call : calls) {
                rows.add(measure(call, pairs, warmup, threads));
            }
            print(rows);
            System.out.printf("load average at the end: %s; %,d requests served by the stub%n", loadAverage(), stub.requests());
        }
    }

    private static String[] measure(Call call, int pairs, int warmup, com.sun.management.ThreadMXBean threads) {
        for (int i = 0; i < warmup; i++) {
            sink = call.facade().get();
            sink = call.raw().get();
        }
        long[] facadeNanos = new long[pairs];
        long[] rawNanos = new long[pairs];
        long[] facadeBytes = new long[pairs];
        long[] rawBytes = new long[pairs];
        long[] sample = new long[2];
        for (int i = 0; i < pairs; i++) {
            // Alternate which goes first, so that neither always runs after the other's garbage.
            if ((i & 1) == 0) {
                run(call.facade(), threads, sample);
                facadeNanos[i] = sample[0];
                facadeBytes[i] = sample[1];
                run(call.raw(), threads, sample);
                rawNanos[i] = sample[0];
                rawBytes[i] = sample[1];
            } else {
                run(call.raw(), threads, sample);
                rawNanos[i] = sample[0];
                rawBytes[i] = sample[1];
                run(call.facade(), threads, sample);
                facadeNanos[i] = sample[0];
                facadeBytes[i] = sample[1];
            }
        }
        Arrays.sort(facadeNanos);
        Arrays.sort(rawNanos);
        Arrays.sort(facadeBytes);
        Arrays.sort(rawBytes);
        double fMedian = facadeNanos[pairs / 2] / 1000.0;
        double rMedian = rawNanos[pairs / 2] / 1000.0;
        long fBytes = facadeBytes[pairs / 2];
        long rBytes = rawBytes[pairs / 2];
        String[] row = {call.name(), fmt("%.1f", fMedian), fmt("%.1f", rMedian), fmt("%.3f", fMedian / rMedian),
                fmt("%.1f", facadeNanos[pairs * 9 / 10] / 1000.0), fmt("%.1f", rawNanos[pairs * 9 / 10] / 1000.0),
                fmt("%,d", fBytes), fmt("%,d", rBytes), fmt("%.3f", (double) fBytes / rBytes)};
        System.out.println("  done: " + String.join(" | ", row));
        return row;
    }

    private static void run(Supplier<Object> call, com.sun.management.ThreadMXBean threads, long[] sample) {
        long bytes = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        Object result = call.get();
        long end = System.nanoTime();
        sample[1] = threads.getCurrentThreadAllocatedBytes() - bytes;
        sample[0] = end - start;
        sink = result;
    }

    private static void print(List<String[]> rows) {
        String[] head = {"call", "facade median µs", "raw median µs", "ratio", "facade p90 µs", "raw p90 µs",
                "facade B/call", "raw B/call", "alloc ratio"};
        System.out.println();
        System.out.println("| " + String.join(" | ", head) + " |");
        System.out.println("|" + " --- |".repeat(head.length));
        for (String[] row : rows) {
            System.out.println("| " + String.join(" | ", row) + " |");
        }
        System.out.println();
    }

    /** Both creates must send the same JSON (the ClientToken aside, a fresh UUID from each per call). */
    private static void checkSameCreateOnTheWire(FastStub stub, PartnerCentralSelling facade, PartnerCentralSellingClient raw,
            Opportunity payload, CreateOpportunityRequest rawCreate) throws Exception {
        ObjectMapper json = new ObjectMapper();
        stub.recordBodies(true);
        facade.opportunities().create(payload);
        JsonNode fromFacade = json.readTree(stub.lastBody("CreateOpportunity"));
        raw.createOpportunity(rawCreate);
        JsonNode fromRaw = json.readTree(stub.lastBody("CreateOpportunity"));
        stub.recordBodies(false);
        if (!fromFacade.hasNonNull("ClientToken") || !fromRaw.hasNonNull("ClientToken")) {
            throw new IllegalStateException("a create went without a ClientToken");
        }
        ((ObjectNode) fromFacade).remove("ClientToken");
        ((ObjectNode) fromRaw).remove("ClientToken");
        if (!fromFacade.equals(fromRaw)) {
            throw new IllegalStateException("the two creates differ on the wire:\n facade " + fromFacade + "\n raw    " + fromRaw);
        }
        System.out.printf("create: both clients send the same %,d-byte body (ClientToken aside)%n",
                stub.lastBody("CreateOpportunity").length);
    }

    /** The answers are read as expected, so that each client does the work being timed. */
    private static void checkAnswers(PartnerCentralSelling facade, PartnerCentralSellingClient raw, SnapshotTarget snapshot,
            GetResourceSnapshotRequest rawSnapshot, SnapshotTarget summary, GetResourceSnapshotRequest rawSummary) {
        Opportunity got = facade.opportunities().get(Payloads.OPPORTUNITY_ID);
        require(got.id().orElse("").equals(Payloads.OPPORTUNITY_ID) && got.relatedEntityIdentifiers().isPresent(),
                "facade get");
        require(raw.getOpportunity(r -> r.catalog("AWS").identifier(Payloads.OPPORTUNITY_ID)).project().title() != null,
                "raw get");
        require(facade.opportunities().list(r -> r.maxResults(100)).pages().iterator().next().items().size() == Payloads.PAGE_SIZE,
                "facade list page");
        require(raw.listOpportunities(r -> r.catalog("AWS").maxResults(100)).opportunitySummaries().size() == Payloads.PAGE_SIZE,
                "raw list page");
        Snapshot read = facade.snapshots().get(snapshot);
        require(read.payload().flatMap(p -> p.awsOpportunitySummaryFullView())
                        .flatMap(AwsOpportunitySummaryFullView::insights).isPresent(),
                "facade snapshot payload");
        require(raw.getResourceSnapshot(rawSnapshot).revision() == 3, "raw snapshot");

        // The summary row is fair only if both read the payload: the stub must have picked it, and
        // the raw client must know the member (not UNKNOWN_TO_SDK_VERSION).
        OpportunitySummaryView view = facade.snapshots().get(summary).payload()
                .flatMap(p -> p.opportunitySummary()).orElse(null);
        require(view != null
                        && view.customer().flatMap(Customer::account).flatMap(Account::companyName)
                                .orElse("").equals(SUMMARY_COMPANY)
                        && view.project().flatMap(Project::otherSolutionDescription).isPresent()
                        && view.relatedEntityIdentifiers().isPresent(),
                "facade summary snapshot payload");
        GetResourceSnapshotResponse rawRead = raw.getResourceSnapshot(rawSummary);
        require(rawRead.revision() == 2 && rawRead.payload() != null && rawRead.payload().opportunitySummary() != null
                        && SUMMARY_COMPANY.equals(rawRead.payload().opportunitySummary().customer().account().companyName())
                        && rawRead.payload().opportunitySummary().project().otherSolutionDescription() != null
                        && rawRead.payload().opportunitySummary().relatedEntityIdentifiers().hasAwsProducts(),
                "raw summary snapshot payload");
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException(what + ": not the answer the stub gave");
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static String fmt(String format, Object value) {
        return String.format(Locale.ROOT, format, value);
    }
}
