package io.partnercentral.selling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.partnercentral.selling.exception.ResponseTooLargeException;
import io.partnercentral.selling.internal.WireTransport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * A 300 MB ListOpportunities page under a 256 MB heap. Runs in its own surefire execution with
 * {@code -Xmx256m} (see this module's pom); the body is generated as it is sent, never held by the
 * test, so the only way to run out of memory is for the SDK to hold it.
 */
class SmallHeapLargeResponseTest {
    private static final long BODY_BYTES = 300L << 20;
    /** One small summary, padded so that 32 MiB of body make few objects: memory is the SDK's, not the model's. */
    private static final byte[] ITEM = ("{\"Id\":\"O1000000\"}" + " ".repeat(1000) + ",").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] START = "{\"OpportunitySummaries\":[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "{\"Id\":\"O1000001\"}]}".getBytes(StandardCharsets.US_ASCII);
    /** Items of padding between START and END so that the body is exactly {@link #BODY_BYTES}; the rest is spaces. */
    private static final long ITEMS = (BODY_BYTES - START.length - END.length) / ITEM.length;
    private static final byte[] FILL = " ".repeat((int) (BODY_BYTES - START.length - END.length - ITEMS * ITEM.length))
            .getBytes(StandardCharsets.US_ASCII);

    private ServerSocket server;
    private Thread serving;
    private final AtomicLong bytesSent = new AtomicLong();
    private volatile Socket connection;

    @BeforeEach
    void requireTheSmallHeap() {
        // Only the pom's small-heap execution sets this; elsewhere (say -Dtest=... in the default JVM) skip.
        assumeTrue(Boolean.getBoolean("partnercentral.smallHeap"), "runs in the small-heap surefire execution");
        assertThat(Runtime.getRuntime().maxMemory()).as("run with -Xmx256m").isLessThanOrEqualTo(256L << 20);
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
            if (connection != null) {
                // A client that stopped reading leaves the generator blocked on a full socket buffer.
                connection.close();
            }
            serving.join(10_000);
        }
    }

    @ParameterizedTest(name = "Content-Length declared: {0}")
    @ValueSource(booleans = {false, true})
    void list_whenAPageIs300MB_throwsResponseTooLargeWithoutRunningOutOfMemory(boolean declared) throws Exception {
        serve(declared);
        try (PartnerCentralSelling selling = facade()) {
            Throwable thrown = catchThrowable(() -> selling.opportunities().list().stream().count());

            assertThat(thrown).isInstanceOf(ResponseTooLargeException.class);
            ResponseTooLargeException e = (ResponseTooLargeException) thrown;
            assertThat(e.isRetryable()).isFalse();
            assertThat(e.operation()).contains("ListOpportunities");
        }
        // The SDK stopped reading at its limit and dropped the connection instead of draining 300 MB.
        assertThat(bytesSent.get()).isLessThan(BODY_BYTES / 2);
        assertThat(WireTransport.DEFAULT_MAX_RESPONSE_BYTES).isLessThan(BODY_BYTES / 2);
    }

    @Test
    void list_whenTheLimitIsRaisedPast300MB_thePageIsParsedFromTheConnectionWithoutACopy() throws Exception {
        // 300 MB could not be held twice, nor once beside the parsed page, in this heap: the page is read
        // as it arrives. Timeouts are raised too: this is about memory, not speed.
        serve(false);
        try (PartnerCentralSelling selling = facadeBuilder()
                .maxResponseBytes(BODY_BYTES * 2)
                .overrideConfiguration(WireMockSupport.fastRetries(1).toBuilder()
                        .apiCallAttemptTimeout(Duration.ofMinutes(2)).apiCallTimeout(Duration.ofMinutes(2)).build())
                .build()) {
            long summaries = selling.opportunities().list().stream().count();

            assertThat(summaries).isEqualTo(ITEMS + 1);
        }
        assertThat(bytesSent.get()).isEqualTo(BODY_BYTES);
    }

    private PartnerCentralSelling facade() {
        return facadeBuilder().build();
    }

    private PartnerCentralSelling.Builder facadeBuilder() {
        return PartnerCentralSelling.builder()
                .endpointOverride(URI.create("http://localhost:" + server.getLocalPort()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(WireMockSupport.fastRetries(1))
                .clock(WireMockSupport.CLOCK);
    }

    /** Answers each request with a valid 300 MB page of small summaries: chunked, or with its Content-Length declared. */
    private void serve(boolean declareLength) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        serving = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    connection = socket;
                    readRequest(socket);
                    OutputStream out = socket.getOutputStream();
                    String head = "HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.0\r\n"
                            + "x-amzn-RequestId: req-large\r\nConnection: close\r\n"
                            + (declareLength ? "Content-Length: " + BODY_BYTES + "\r\n" : "Transfer-Encoding: chunked\r\n")
                            + "\r\n";
                    out.write(head.getBytes(StandardCharsets.US_ASCII));
                    write(out, START, declareLength);
                    long sent = START.length;
                    for (long i = 0; i < ITEMS; i++) {
                        write(out, ITEM, declareLength);
                        sent += ITEM.length;
                        bytesSent.set(sent);
                    }
                    write(out, FILL, declareLength);
                    write(out, END, declareLength);
                    bytesSent.set(sent + FILL.length + END.length);
                    if (!declareLength) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                } catch (IOException closedByTheClientOrTheTest) {
                    // Expected: the SDK drops the connection at its limit.
                }
            }
        }, "large-response-server");
        serving.setDaemon(true);
        serving.start();
    }

    private static void write(OutputStream out, byte[] data, boolean declareLength) throws IOException {
        if (!declareLength) {
            out.write((Integer.toHexString(data.length).toUpperCase(Locale.ROOT) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.write(data);
        if (!declareLength) {
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** Reads the request line, headers and Content-Length body, so the client sees its request taken. */
    private static void readRequest(Socket socket) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        int length = 0;
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring("content-length:".length()).trim());
            }
        }
        for (int i = 0; i < length; i++) {
            in.read();
        }
    }
}
