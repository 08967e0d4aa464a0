package io.partnercentral.selling.benchmarks;

import io.partnercentral.selling.testing.PartnerCentralEmulator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClient;
import software.amazon.awssdk.services.partnercentralselling.model.GetEngagementResponse;
import software.amazon.awssdk.services.partnercentralselling.model.GetOpportunityResponse;
import software.amazon.awssdk.services.partnercentralselling.model.UpdateOpportunityRequest;

/**
 * A soak of the standalone emulator server: starts its jar in a child JVM with {@code -Xmx256m},
 * sends rounds of signed requests (reads, full-replace updates, lists, tags, engagement context
 * updates; a round is one request, or a read and its write: 10 requests per 8 rounds) over a fixed
 * set of resources, and after each phase forces a GC in the server
 * ({@code jcmd GC.run}) and reads its used heap ({@code jcmd GC.heap_info}). The state stops growing
 * after setup, so the heap after GC must stay flat; it fails (exit 1) when the last phase's heap is
 * more than 25% + 8 MB above the first's, or when the server dies (an OutOfMemoryError, say).
 *
 * <pre>
 * java -cp sdk-benchmarks/target/benchmarks.jar io.partnercentral.selling.benchmarks.EmulatorSoak \
 *     sdk-emulator-server/target/partnercentral-selling-emulator-server-0.1.0-SNAPSHOT.jar [rounds=50000 [phases=5 [server options...]]]
 * </pre>
 *
 * Extra server options show it can fail: {@code --journal-size 1000000} lets WireMock's journal keep
 * every request, as it did before the journal was bounded, and the heap climbs phase by phase.
 */
public final class EmulatorSoak {
    private static final String CATALOG = "Sandbox";
    private static final int OPPORTUNITIES = 100;
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private EmulatorSoak() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        int phases = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString(), "--port", "0"));
        for (int i = 3; i < args.length; i++) {
            command.add(args[i]);
        }
        Process server = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean flat;
        try {
            URI endpoint = awaitEndpoint(server);
            System.out.printf("server pid %d at %s, %d rounds in %d phases%n", server.pid(), endpoint, requests, phases);
            List<Long> heapKb = soak(endpoint, server, requests, phases);
            long first = heapKb.get(0);
            long last = heapKb.get(heapKb.size() - 1);
            flat = last <= first * 1.25 + 8 * 1024;
            System.out.printf("heap used after GC (KB) by phase: %s; first %d, last %d: %s%n", heapKb, first, last,
                    flat ? "flat" : "GROWING");
        } finally {
            // Before System.exit, which would skip this and leave the server running.
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
        System.exit(flat ? 0 : 1);
    }

    private static List<Long> soak(URI endpoint, Process server, int requests, int phases) throws Exception {
        List<Long> heapKb = new ArrayList<>();
        try (PartnerCentralSellingClient client = PartnerCentralSellingClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        PartnerCentralEmulator.ACCESS_KEY_ID, PartnerCentralEmulator.SECRET_ACCESS_KEY)))
                .httpClientBuilder(ApacheHttpClient.builder())
                .build()) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < OPPORTUNITIES; i++) {
                ids.add(create(client, i));
            }
            String engagementId = acceptedLead(endpoint, client);
            int perPhase = requests / phases;
            long started = System.nanoTime();
            for (int phase = 0; phase < phases; phase++) {
                for (int i = 0; i < perPhase; i++) {
                    String id = ids.get(i % ids.size());
                    switch (i % 8) {
                        case 0, 4 -> client.getOpportunity(r -> r.catalog(CATALOG).identifier(id));
                        case 1 -> update(client, id);
                        case 2 -> client.listOpportunities(r -> r.catalog(CATALOG).maxResults(20));
                        case 3 -> client.tagResource(r -> r.resourceArn(arn(client, id)).tags(t -> t.key("soak").value("v")));
                        case 5 -> client.listTagsForResource(r -> r.resourceArn(arn(client, id)));
                        case 6 -> qualify(client, engagementId);
                        default -> client.listSolutions(r -> r.catalog(CATALOG));
                    }
                }
                if (!server.isAlive()) {
                    throw new IllegalStateException("the server died in phase " + (phase + 1));
                }
                long kb = heapAfterGc(server.pid());
                heapKb.add(kb);
                System.out.printf("phase %d: %d rounds in %.1f s, heap used after GC %d KB%n", phase + 1,
                        (phase + 1) * perPhase, (System.nanoTime() - started) / 1e9, kb);
            }
        }
        return heapKb;
    }

    private static String create(PartnerCentralSellingClient client, int n) {
        return client.createOpportunity(r -> r.catalog(CATALOG).clientToken(UUID.randomUUID().toString())
                .partnerOpportunityIdentifier("SOAK-" + n)
                .customer(c -> c.account(a -> a.companyName("Example Corp " + n).websiteUrl("https://example.com")
                        .industry("Software and Internet").address(ad -> ad.countryCode("US"))))
                .project(p -> p.title("Soak " + n).customerBusinessProblem("A steady load on the emulator, for its heap."))
                .lifeCycle(l -> l.targetCloseDate("2099-03-31").nextSteps("Step 0")))
                .id();
    }

    private static void update(PartnerCentralSellingClient client, String id) {
        GetOpportunityResponse current = client.getOpportunity(r -> r.catalog(CATALOG).identifier(id));
        client.updateOpportunity(UpdateOpportunityRequest.builder().catalog(CATALOG).identifier(id)
                .lastModifiedDate(current.lastModifiedDate())
                .partnerOpportunityIdentifier(current.partnerOpportunityIdentifier())
                .customer(current.customer()).project(current.project())
                // Each update is a new next step: the history the service keeps is capped, so it too stays flat.
                .lifeCycle(current.lifeCycle().toBuilder().nextSteps("Step " + Instant.now().toEpochMilli()).build())
                .build());
    }

    private static String arn(PartnerCentralSellingClient client, String id) {
        return "arn:aws:partnercentral:us-east-1:111122223333:catalog/Sandbox/opportunity/" + id;
    }

    private static String acceptedLead(URI endpoint, PartnerCentralSellingClient client) throws Exception {
        HttpResponse<String> sent = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint.resolve("/_emulator/leads"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Soak lead\"}")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("\"invitationId\":\"([^\"]+)\"").matcher(sent.body());
        if (!id.find()) {
            throw new IllegalStateException("no lead: " + sent.body());
        }
        client.acceptEngagementInvitation(r -> r.catalog(CATALOG).identifier(id.group(1)));
        return client.getEngagementInvitation(r -> r.catalog(CATALOG).identifier(id.group(1))).engagementId();
    }

    private static void qualify(PartnerCentralSellingClient client, String engagementId) {
        GetEngagementResponse engagement = client.getEngagement(r -> r.catalog(CATALOG).identifier(engagementId));
        String company = engagement.contexts().get(0).payload().lead().customer().companyName();
        client.updateEngagementContext(r -> r.catalog(CATALOG).engagementIdentifier(engagementId).contextIdentifier("1")
                .engagementLastModifiedAt(engagement.modifiedAt()).type("Lead")
                .payload(p -> p.lead(l -> l.qualificationStatus("Qualified").customer(c -> c.companyName(company)))));
    }

    private static URI awaitEndpoint(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String prefix = "Partner Central Selling emulator listening on ";
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(prefix)) {
                URI endpoint = URI.create(line.substring(prefix.length()).trim());
                // Keep draining the server's output so it can never block on a full pipe.
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "server-output");
                drain.setDaemon(true);
                drain.start();
                return endpoint;
            }
        }
        throw new IllegalStateException("the server exited before printing its endpoint");
    }

    /** Forces a full GC in the server, then reads the heap it uses (jcmd of this JDK). */
    private static long heapAfterGc(long pid) throws Exception {
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        Matcher used = USED.matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("no heap size in: " + info);
        }
        return Long.parseLong(used.group(1));
    }

    private static String jcmd(long pid, String command) throws Exception {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + output);
        }
        return output;
    }
}
