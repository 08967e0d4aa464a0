package io.partnercentral.selling.store.postgresql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL server for the tests, started from the machine's PostgreSQL binaries (Debian's
 * {@code postgresql} package: {@code /usr/lib/postgresql/<major>/bin}, or {@code PG_BIN}) in a
 * temporary directory, listening on a free loopback port, with trust authentication for the
 * {@code postgres} user. Without fsync (the tests need not survive a power cut), but with
 * synchronous commits: a commit is in the WAL before the client hears of it, so killing the server
 * loses nothing committed (with {@code synchronous_commit=off} it would, and the restart test sees it).
 *
 * <p>initdb and postgres refuse to run as root, and CI runs as root: there, every PostgreSQL command
 * runs as the {@code postgres} system user (which the Debian package creates) through
 * {@code runuser}, in a directory that user owns. Without the binaries the tests are skipped, except
 * under {@code CI=true}, where that fails them: CI installs the package first.
 *
 * <p>{@link #shared()} is one server for the whole test JVM, stopped when the JVM exits;
 * {@link #startNew()} is a private one, for a test that stops and restarts its server.
 */
final class PostgresServer implements AutoCloseable {
    private static final long COMMAND_TIMEOUT_SECONDS = 60;
    private static PostgresServer shared;

    private final Path binDir;
    private final Path baseDir;
    private final Path dataDir;
    private final int port;
    private final boolean asPostgresUser;
    private final Thread shutdownHook;
    private boolean running;

    private PostgresServer(Path binDir, Path baseDir, int port, boolean asPostgresUser) {
        this.binDir = binDir;
        this.baseDir = baseDir;
        this.dataDir = baseDir.resolve("data");
        this.port = port;
        this.asPostgresUser = asPostgresUser;
        this.shutdownHook = new Thread(this::destroy, "postgres-test-server-stop");
    }

    /** The server this test JVM shares, started on first use. */
    static synchronized PostgresServer shared() {
        if (shared == null) {
            shared = startNew();
        }
        return shared;
    }

    /** A new server of its own; the caller closes it. */
    static PostgresServer startNew() {
        Path binDir = findBinaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path baseDir = Files.createTempDirectory("pcs-postgres-");
            PostgresServer server = new PostgresServer(binDir, baseDir, freePort(), root);
            Runtime.getRuntime().addShutdownHook(server.shutdownHook);
            if (root) {
                runIn(List.of("chown", "postgres:postgres", baseDir.toString()), baseDir);
            }
            server.run(server.command("initdb", "-D", server.dataDir.toString(), "-U", "postgres", "-A", "trust",
                    "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions"));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JDBC URL of the {@code postgres} database. */
    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** A plain (unpooled) data source of the {@code postgres} user; one connection per {@code getConnection()}. */
    DataSource dataSource() {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(jdbcUrl());
        source.setUser("postgres");
        source.setConnectTimeout(5);
        source.setSocketTimeout(30);
        return source;
    }

    /** Starts the server (again, after {@link #stop()}), on the same port and data. */
    synchronized void start() {
        if (running) {
            return;
        }
        run(command("pg_ctl", "-D", dataDir.toString(), "-l", baseDir.resolve("server.log").toString(), "-w",
                "-t", "30", "-o", String.join(" ", "-p", Integer.toString(port), "-k", baseDir.toString(),
                        "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "full_page_writes=off",
                        "-c", "max_connections=100"),
                "start"));
        running = true;
    }

    /**
     * Stops the server the hard way ({@code pg_ctl stop -m immediate}: every backend is killed, as in a
     * crash); what was committed survives and {@link #start()} brings it back.
     */
    synchronized void stop() {
        if (!running) {
            return;
        }
        run(command("pg_ctl", "-D", dataDir.toString(), "-m", "immediate", "-w", "-t", "30", "stop"));
        running = false;
    }

    /** Stops the server and deletes its directory. */
    @Override
    public void close() {
        destroy();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }

    private synchronized void destroy() {
        try {
            stop();
        } finally {
            deleteTree(baseDir);
        }
    }

    private List<String> command(String program, String... args) {
        List<String> command = new ArrayList<>();
        if (asPostgresUser) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(binDir.resolve(program).toString());
        command.addAll(List.of(args));
        return command;
    }

    private void run(List<String> command) {
        runIn(command, baseDir);
    }

    private static void runIn(List<String> command, Path directory) {
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " exited with " + process.exitValue() + ":\n"
                        + new String(output, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + command, e);
        }
    }

    private static Path findBinaries() {
        Optional<Path> found = Optional.ofNullable(System.getenv("PG_BIN")).map(Paths::get)
                .filter(dir -> Files.isExecutable(dir.resolve("initdb")))
                .or(PostgresServer::newestDebianBinaries);
        if (found.isPresent()) {
            return found.get();
        }
        String message = "no PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin or $PG_BIN:"
                + " apt-get install postgresql";
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(message + " (CI must install it: see .ci/run)");
        }
        Assumptions.abort(message);
        throw new AssertionError("unreachable");
    }

    private static Optional<Path> newestDebianBinaries() {
        Path root = Paths.get("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(bin -> majorVersion(bin.getParent().getFileName().toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int majorVersion(String name) {
        try {
            return Integer.parseInt(name);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
