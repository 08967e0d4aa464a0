package io.partnercentral.selling.examples;

import io.partnercentral.selling.BulkProgress;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A console progress bar for bulk writes: done/total, a bar, the rate and the time left.
 *
 * <pre>{@code
 * BulkOptions.builder().total(deals.size()).onProgress(new ConsoleProgressBar(System.err, true)).build()
 * }</pre>
 *
 * <p>On a terminal it redraws one line in place; elsewhere (CI logs, Maven) it prints a line per
 * tenth of the work, so logs stay short.
 */
final class ConsoleProgressBar implements Consumer<BulkProgress> {
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean redraw;
    private long lastTenth = -1;

    /**
     * @param redraw true to redraw in place with carriage returns (a terminal), false for one line per tenth
     */
    ConsoleProgressBar(PrintStream out, boolean redraw) {
        this.out = Objects.requireNonNull(out, "out");
        this.redraw = redraw;
    }

    /** A bar on standard error, redrawn in place when a console is attached. */
    static ConsoleProgressBar onStandardError() {
        return new ConsoleProgressBar(System.err, System.console() != null);
    }

    @Override
    public void accept(BulkProgress progress) {
        boolean finished = progress.total().isPresent() && progress.done() >= progress.total().getAsLong();
        if (redraw) {
            out.print("\r" + line(progress));
            if (finished) {
                out.println();
            }
            out.flush();
            return;
        }
        long tenth = progress.fraction().map(f -> (long) Math.floor(f * 10)).orElse(progress.done() / 100);
        if (tenth != lastTenth || finished) {
            lastTenth = tenth;
            out.println(line(progress));
        }
    }

    /** One rendering, e.g. {@code [#########.....................]  300/1000  50.0/s  ETA 14s  (2 invalid, 0 failed)}. */
    static String line(BulkProgress progress) {
        StringBuilder bar = new StringBuilder("[");
        int filled = progress.fraction().map(f -> (int) Math.round(f * WIDTH)).orElse(0);
        for (int i = 0; i < WIDTH; i++) {
            bar.append(i < filled ? '#' : '.');
        }
        bar.append("] ");
        String total = progress.total().isPresent() ? Long.toString(progress.total().getAsLong()) : "?";
        String eta = progress.eta().map(ConsoleProgressBar::format).orElse("?");
        return String.format("%s %d/%s  %.1f/s  ETA %s  (%d invalid, %d failed)", bar, progress.done(), total,
                progress.perSecond(), eta, progress.invalid(), progress.failed());
    }

    private static String format(Duration d) {
        long seconds = Math.round(d.toMillis() / 1000.0);
        return seconds >= 3600 ? String.format("%dh%02dm", seconds / 3600, seconds % 3600 / 60)
                : seconds >= 60 ? String.format("%dm%02ds", seconds / 60, seconds % 60) : seconds + "s";
    }
}
