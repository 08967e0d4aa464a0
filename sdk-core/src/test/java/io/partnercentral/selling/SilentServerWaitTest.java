package io.partnercentral.selling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.partnercentral.selling.exception.WaiterTimeoutException;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.SnapshotJobStatus;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * A server that accepts every connection, reads the request and never answers: each wait must end
 * within what the caller asked for, not run a poll in flight to the client's own 30 s call timeout.
 * The bound asserted is the one promised, d + 1 s (the classes of each wait are loaded before timing).
 */
class SilentServerWaitTest {
    private static final Duration WAIT = Duration.ofSeconds(2);
    private static final long BOUND_MILLIS = WAIT.toMillis() + 1_000;

    private ServerSocket server;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private PartnerCentralSelling selling;

    @BeforeEach
    void start() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    accepted.add(socket);
                    Thread reader = new Thread(() -> swallow(socket), "silent-server-reader");
                    reader.setDaemon(true);
                    reader.start();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "silent-server");
        acceptor.setDaemon(true);
        acceptor.start();
        selling = PartnerCentralSelling.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + server.getLocalPort()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .catalog(Catalog.SANDBOX)
                .pacing(PacingSettings.disabled())
                .build();
        // Untimed: loads the classes of both waits, which on a loaded machine can take longer than the bound.
        catchThrowable(() -> selling.snapshotJobs().waitFor(SnapshotJobStatus.RUNNING, "job-0123456789abc", Duration.ofMillis(200)));
        catchThrowable(() -> selling.tasks().waitFor(TaskKind.ENGAGEMENT_FROM_OPPORTUNITY, "task-0123456789abc", Duration.ofMillis(200)));
        requests.set(0);
    }

    /** Reads whatever comes, counting request lines, and never writes a byte. */
    private void swallow(Socket socket) {
        try (InputStream in = socket.getInputStream()) {
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (new String(buffer, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("POST ")) {
                    requests.incrementAndGet();
                }
            }
        } catch (IOException closed) {
            // The client gave up on the connection.
        }
    }

    @AfterEach
    void stop() throws IOException {
        selling.close();
        server.close();
        for (Socket socket : accepted) {
            socket.close();
        }
    }

    private long millisUntilDone(Runnable wait, Consumer<Throwable> check) {
        long start = System.nanoTime();
        Throwable thrown = catchThrowable(wait::run);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("silent server: a %d ms wait ended after %d ms%n", WAIT.toMillis(), millis);
        check.accept(thrown);
        return millis;
    }

    @Test
    void taskWaitFor_againstAServerThatNeverAnswers_endsWithinTheWaitPlusASecond() {
        for (TaskKind kind : TaskKind.values()) {
            String taskId = kind == TaskKind.PROSPECTING_FROM_ENGAGEMENT ? "task-0123456789abcd" : "task-0123456789abc";
            long millis = millisUntilDone(() -> selling.tasks().waitFor(kind, taskId, WAIT),
                    thrown -> assertThat(thrown).as(kind.name()).isInstanceOf(WaiterTimeoutException.class));

            assertThat(millis).as("%s waitFor(%s) took %d ms", kind, WAIT, millis).isLessThan(BOUND_MILLIS);
        }
        assertThat(requests.get()).as("each wait sent its polls").isGreaterThanOrEqualTo(TaskKind.values().length);
    }

    @Test
    void snapshotJobWaitFor_againstAServerThatNeverAnswers_endsWithinTheWaitPlusASecond() {
        long millis = millisUntilDone(() -> selling.snapshotJobs().waitFor(SnapshotJobStatus.RUNNING, "job-0123456789abc", WAIT),
                thrown -> assertThat(thrown).isInstanceOf(WaiterTimeoutException.class));

        assertThat(millis).as("waitFor(%s) took %d ms", WAIT, millis).isLessThan(BOUND_MILLIS);
        assertThat(requests.get()).isPositive();
    }

    /**
     * The inbox's calls that wait spread their timeout over every step: a start of a task cut short
     * may have landed (OutcomeUnknownException, not a failure to retry); a read cut short is the wait's
     * timeout. Before, each step ran to the client's 30 s call timeout: accept(2 s) took 30.0 s.
     */
    @Test
    void inboxAcceptAndConvertLead_againstAServerThatNeverAnswers_endWithinTheirTimeoutPlusASecond() {
        long accept = millisUntilDone(() -> selling.inbox().accept("engi-0123456789abc", WAIT),
                thrown -> assertThat(thrown).isInstanceOf(io.partnercentral.selling.exception.OutcomeUnknownException.class)
                        .hasMessageContaining("StartEngagementByAcceptingInvitationTask"));
        long convert = millisUntilDone(() -> selling.inbox().convertLead("eng-0123456789abcd", WAIT),
                thrown -> assertThat(thrown).isInstanceOf(WaiterTimeoutException.class));

        assertThat(accept).as("accept(%s) took %d ms", WAIT, accept).isLessThan(BOUND_MILLIS);
        assertThat(convert).as("convertLead(%s) took %d ms", WAIT, convert).isLessThan(BOUND_MILLIS);
        assertThat(requests.get()).isGreaterThanOrEqualTo(2);
    }
}
