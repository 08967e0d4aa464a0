package io.partnercentral.selling.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal HTTP/1.1 server on loopback that answers every POST with canned bytes chosen by the
 * operation in {@code X-Amz-Target}: a few microseconds per call, where WireMock spends about 2 ms
 * and hides what the clients themselves cost. Keep-alive, one thread per connection.
 *
 * <p>It reads the request line, the headers and the whole body ({@code Content-Length} or chunked),
 * then answers {@code 200} with {@code Content-Type: application/x-amz-json-1.0},
 * {@code Content-Length} and {@code x-amzn-RequestId}. An unknown operation gets a 400
 * {@code UnknownOperationException}. ListOpportunities pages through {@link Payloads#listPage}: a
 * request without {@code NextToken} gets page 0, the token of page {@code i} gets page {@code i}, and
 * page {@code pages - 1} has no token. GetResourceSnapshot answers with {@link Payloads#GET_SNAPSHOT_SUMMARY}
 * when the request's {@code ResourceSnapshotTemplateIdentifier} is {@link Payloads#SUMMARY_TEMPLATE},
 * else with the full-view {@link Payloads#GET_SNAPSHOT}.
 *
 * <pre>{@code
 * java -cp sdk-benchmarks/target/benchmarks.jar io.partnercentral.selling.benchmarks.FastStub [port] [pages]
 * }</pre>
 *
 * <p>Thread-safe: the canned answers are immutable, each connection has its own thread.
 */
public final class FastStub implements AutoCloseable {
    private static final String TARGET_PREFIX = "AWSPartnerCentralSelling.";
    private static final byte[] TOKEN_KEY = "\"NextToken\":\"".getBytes(StandardCharsets.US_ASCII);
    /** Both clients write compact JSON, so the member and its value appear exactly like this. */
    private static final byte[] SUMMARY_TEMPLATE_KEY = ("\"ResourceSnapshotTemplateIdentifier\":\""
            + Payloads.SUMMARY_TEMPLATE + "\"").getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket server;
    private final Map<String, byte[]> fixed;
    private final byte[] summarySnapshot = Payloads.snapshotSummaryAnswer();
    private final byte[] summaries = Payloads.listPagePrefix();
    /** Each page is the shared summaries plus its own ending (with or without a token): 1,000 pages stay small. */
    private final byte[][] pageEnds;
    private final AtomicLong requests = new AtomicLong();
    private final Thread acceptor;
    private final Map<String, byte[]> recorded = new ConcurrentHashMap<>();
    private volatile boolean recording;
    private volatile boolean closed;

    private FastStub(int port, int listPages) throws IOException {
        if (listPages < 1) {
            throw new IllegalArgumentException("listPages must be at least 1");
        }
        fixed = Payloads.fixedAnswers();
        pageEnds = new byte[listPages][];
        for (int i = 0; i < listPages; i++) {
            pageEnds[i] = Payloads.listPageEnd(i + 1 < listPages ? Payloads.pageToken(i + 1) : null);
        }
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        acceptor = new Thread(this::accept, "fast-stub-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * Starts a stub on an ephemeral loopback port.
     *
     * @param listPages how many ListOpportunities pages the paginated listing has (1,000 for the
     *     100,000-summary sync); page 0 carries a NextToken whenever there is more than one page
     */
    public static FastStub start(int listPages) throws IOException {
        return new FastStub(0, listPages);
    }

    /** The endpoint to give the clients. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** Requests answered so far. */
    public long requests() {
        return requests.get();
    }

    /** Whether to keep the last request body per operation (off while timing: it copies every body). */
    public void recordBodies(boolean on) {
        recording = on;
    }

    /** The last request body of an operation received while recording, or null. */
    public byte[] lastBody(String operation) {
        return recorded.get(operation);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
    }

    private void accept() {
        int connection = 0;
        while (!closed) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                Thread worker = new Thread(() -> serve(socket), "fast-stub-" + (++connection));
                worker.setDaemon(true);
                worker.start();
            } catch (IOException e) {
                if (!closed) {
                    System.err.println("fast stub: accept failed: " + e);
                }
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
                OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(256);
            ByteArrayOutputStream body = new ByteArrayOutputStream(8 * 1024);
            long id = 0;
            while (true) {
                // Request line; null at a clean end of the connection.
                if (readLine(in, line) < 0) {
                    return;
                }
                String target = null;
                long contentLength = 0;
                boolean chunked = false;
                boolean expectContinue = false;
                boolean close = false;
                while (readLine(in, line) > 0) {
                    String header = line.toString(StandardCharsets.ISO_8859_1);
                    int colon = header.indexOf(':');
                    if (colon < 0) {
                        continue;
                    }
                    String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                    String value = header.substring(colon + 1).trim();
                    switch (name) {
                        case "x-amz-target" -> target = value;
                        case "content-length" -> contentLength = Long.parseLong(value);
                        case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                        case "expect" -> expectContinue = value.equalsIgnoreCase("100-continue");
                        case "connection" -> close = value.equalsIgnoreCase("close");
                        default -> { }
                    }
                }
                if (expectContinue) {
                    out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
                body.reset();
                if (chunked) {
                    readChunked(in, line, body);
                } else {
                    readFully(in, contentLength, body);
                }
                requests.incrementAndGet();
                answer(out, target, body, ++id);
                out.flush();
                if (close) {
                    return;
                }
            }
        } catch (IOException e) {
            // The client closed the connection mid-request (e.g. at shutdown): nothing to answer.
        }
    }

    private void answer(OutputStream out, String target, ByteArrayOutputStream requestBody, long id) throws IOException {
        String operation = target != null && target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length()) : "";
        if (recording) {
            recorded.put(operation, requestBody.toByteArray());
        }
        byte[] prefix = null;
        byte[] response;
        if (operation.equals("ListOpportunities")) {
            prefix = summaries;
            response = pageEnds[pageIndex(requestBody)];
        } else if (operation.equals("GetResourceSnapshot") && indexOf(requestBody.toByteArray(), SUMMARY_TEMPLATE_KEY) >= 0) {
            response = summarySnapshot;
        } else {
            response = fixed.get(operation);
        }
        int status = 200;
        if (response == null) {
            status = 400;
            response = ("{\"__type\":\"UnknownOperationException\",\"Message\":\"The stub has no answer for "
                    + operation + "\"}").getBytes(StandardCharsets.UTF_8);
        }
        String head = (status == 200 ? "HTTP/1.1 200 OK" : "HTTP/1.1 400 Bad Request")
                + "\r\nContent-Type: application/x-amz-json-1.0\r\nContent-Length: " + (response.length + (prefix == null ? 0 : prefix.length))
                + "\r\nx-amzn-RequestId: 00000000-0000-4000-8000-" + String.format("%012d", id % 1_000_000_000_000L)
                + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        if (prefix != null) {
            out.write(prefix);
        }
        out.write(response);
    }

    /** The page a ListOpportunities request asks for: 0 without a NextToken, else the token's number. */
    private int pageIndex(ByteArrayOutputStream requestBody) {
        byte[] bytes = requestBody.toByteArray();
        int at = indexOf(bytes, TOKEN_KEY);
        if (at < 0) {
            return 0;
        }
        int i = at + TOKEN_KEY.length + "page-".length();
        int index = 0;
        while (i < bytes.length && bytes[i] >= '0' && bytes[i] <= '9') {
            index = index * 10 + (bytes[i++] - '0');
        }
        if (index <= 0 || index >= pageEnds.length) {
            throw new IllegalStateException("a NextToken the stub never gave: page " + index);
        }
        return index;
    }

    private static int indexOf(byte[] bytes, byte[] key) {
        outer:
        for (int i = 0; i + key.length <= bytes.length; i++) {
            for (int j = 0; j < key.length; j++) {
                if (bytes[i + j] != key[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** One CRLF-terminated line into {@code line} (without the terminator); its length, or -1 at end of stream. */
    private static int readLine(InputStream in, ByteArrayOutputStream line) throws IOException {
        line.reset();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                return line.size();
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        if (line.size() == 0) {
            return -1;
        }
        throw new IOException("connection closed inside a line");
    }

    private static void readFully(InputStream in, long length, ByteArrayOutputStream body) throws IOException {
        byte[] buffer = new byte[8192];
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("connection closed inside a body");
            }
            body.write(buffer, 0, n);
            left -= n;
        }
    }

    private static void readChunked(InputStream in, ByteArrayOutputStream line, ByteArrayOutputStream body)
            throws IOException {
        while (true) {
            readLine(in, line);
            String size = line.toString(StandardCharsets.US_ASCII);
            int semicolon = size.indexOf(';');
            long length = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (length == 0) {
                while (readLine(in, line) > 0) {
                    // trailers
                }
                return;
            }
            readFully(in, length, body);
            readLine(in, line);
        }
    }

    /** Runs a stub in the foreground, e.g. to point another client at it. */
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        int listPages = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Payloads.checkAgainstModel();
        try (FastStub stub = new FastStub(port, listPages)) {
            System.out.println("fast stub on " + stub.endpoint() + " (" + listPages + " list pages); Ctrl-C ends it");
            Thread.currentThread().join();
        }
    }
}
