package io.partnercentral.selling.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link ReconcilerStore} in one local file that survives a crash of the process at any point:
 * every change is appended as one line and forced to disk before the method returns, and the file
 * is compacted by writing a fresh copy beside it and renaming it over the old one atomically. A line
 * torn by a crash (the last one, without its line break) is ignored on the next open.
 *
 * <p>One process at a time: {@link #open} takes an exclusive lock on {@code <file>.lock} and fails if
 * another process (or another open store in this one) holds it. Keeps at most
 * {@link InMemoryReconcilerStore#DEFAULT_MAX_SEEN} seen keys unless told otherwise. Thread-safe.
 *
 * <pre>{@code
 * try (FileReconcilerStore store = FileReconcilerStore.open(Path.of("crm-sync.state"))) {
 *     ...
 * }
 * }</pre>
 */
public final class FileReconcilerStore implements ReconcilerStore {
    private static final String HEADER = "# partnercentral-selling reconciler store v1";

    private final Path file;
    private final Path lockFile;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final SeenSet seen;
    private FileChannel log;
    private Instant watermark;
    private long lines;
    private boolean closed;

    private FileReconcilerStore(Path file, Clock clock, int maxSeen) throws IOException {
        this.file = file.toAbsolutePath();
        this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
        this.seen = new SeenSet(clock, maxSeen);
        Path parent = this.file.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        this.lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock taken;
        try {
            taken = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            taken = null;
        }
        if (taken == null) {
            lockChannel.close();
            throw new IllegalStateException("the reconciler store " + this.file + " is open elsewhere");
        }
        this.lock = taken;
        try {
            load();
            compact();
        } catch (IOException | RuntimeException e) {
            lock.release();
            lockChannel.close();
            throw e;
        }
    }

    /**
     * Opens (creating if absent) the store in {@code file}, on the system clock.
     *
     * @param file the file holding the store, created if absent
     * @return the open store
     * @throws IllegalStateException if the store is open elsewhere, or the file is not a store
     * @throws UncheckedIOException if the file cannot be read or written
     */
    public static FileReconcilerStore open(Path file) {
        return open(file, Clock.systemUTC(), InMemoryReconcilerStore.DEFAULT_MAX_SEEN);
    }

    /**
     * Opens the store in {@code file} with seen-key expiry on {@code clock} and at most
     * {@code maxSeen} seen keys.
     *
     * @param file the file holding the store, created if absent
     * @param clock the clock
     * @param maxSeen the most seen keys kept; the oldest are dropped first
     * @return the open store
     * @throws IllegalStateException if the store is open elsewhere, or the file is not a store
     * @throws UncheckedIOException if the file cannot be read or written
     */
    public static FileReconcilerStore open(Path file, Clock clock, int maxSeen) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(clock, "clock");
        try {
            return new FileReconcilerStore(file, clock, maxSeen);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the reconciler store " + file, e);
        }
    }

    @Override
    public synchronized Optional<Instant> watermark() {
        return Optional.ofNullable(watermark);
    }

    @Override
    public synchronized boolean compareAndSetWatermark(Optional<Instant> expected, Instant next) {
        Objects.requireNonNull(next, "next");
        checkOpen();
        if (!Objects.equals(Objects.requireNonNull(expected, "expected").orElse(null), watermark)) {
            return false;
        }
        append("W " + next + "\n");
        watermark = next;
        return true;
    }

    @Override
    public synchronized boolean isSeen(String key) {
        checkOpen();
        return seen.contains(key);
    }

    @Override
    public synchronized boolean markSeen(String key, Duration retention) {
        checkOpen();
        Long expiry = seen.add(key, Objects.requireNonNull(retention, "retention"));
        if (expiry == null) {
            return false;
        }
        append("S " + expiry + " " + key + "\n");
        return true;
    }

    /** {@return the file this store lives in} */
    public Path file() {
        return file;
    }

    /** Releases the file and its lock. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            log.close();
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the reconciler store " + file, e);
        }
    }

    @Override
    public String toString() {
        return "FileReconcilerStore[" + file + "]";
    }

    private void load() throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n') + 1;
        // Whatever follows the last line break is a write the crash cut short: it never returned.
        List<String> content = text.substring(0, end).lines().toList();
        if (content.isEmpty()) {
            return;
        }
        if (!HEADER.equals(content.get(0))) {
            throw new IllegalStateException(file + " is not a reconciler store (line 1)");
        }
        for (int i = 1; i < content.size(); i++) {
            String line = content.get(i);
            try {
                if (line.startsWith("W ")) {
                    watermark = Instant.parse(line.substring(2));
                } else if (line.startsWith("S ")) {
                    int space = line.indexOf(' ', 2);
                    seen.restore(SeenSet.checkKey(line.substring(space + 1)), Long.parseLong(line.substring(2, space)));
                } else {
                    throw new IllegalArgumentException("unknown record");
                }
            } catch (DateTimeParseException | IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new IllegalStateException(file + " is damaged at line " + (i + 1) + " (" + e.getClass().getSimpleName() + ")");
            }
        }
    }

    /** Writes the live state to a fresh file and renames it over the old one, then appends to it. */
    private void compact() throws IOException {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        if (watermark != null) {
            out.append("W ").append(watermark).append('\n');
        }
        seen.forEach((key, expiry) -> out.append("S ").append(expiry).append(' ').append(key).append('\n'));
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            writeFully(channel, out.toString());
            channel.force(true);
        }
        if (log != null) {
            log.close();
        }
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + file + " cannot rename atomically", e);
        }
        forceDirectory();
        log = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        lines = 1 + (watermark == null ? 0 : 1) + seen.size();
    }

    private void append(String line) {
        try {
            writeFully(log, line);
            log.force(false);
            lines++;
            if (lines > 2L * (seen.size() + 1) + 1024) {
                compact();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reconciler store " + file, e);
        }
    }

    private void forceDirectory() {
        Path parent = file.getParent();
        // Makes the rename itself durable where the platform allows opening a directory (not Windows).
        try (FileChannel dir = FileChannel.open(parent, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort: the data file itself was forced before the rename
        }
    }

    private static void writeFully(FileChannel channel, String text) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the reconciler store " + file + " is closed");
        }
    }
}
