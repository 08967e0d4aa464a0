package io.partnercentral.selling.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnercentral.selling.BulkProgress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConsoleProgressBarTest {
    @Test
    void line_showsTheBarCountsRateAndTimeLeft() {
        BulkProgress progress = new BulkProgress(300, 1000, 297, 2, 1, Duration.ofSeconds(6));

        assertThat(ConsoleProgressBar.line(progress))
                .isEqualTo("[#########.....................]  300/1000  50.0/s  ETA 14s  (2 invalid, 1 failed)");
    }

    @Test
    void line_withoutATotal_showsWhatIsKnown() {
        assertThat(ConsoleProgressBar.line(new BulkProgress(5, -1, 5, 0, 0, Duration.ofSeconds(5))))
                .isEqualTo("[..............................]  5/?  1.0/s  ETA ?  (0 invalid, 0 failed)");
    }

    @Test
    void accept_withoutAConsole_printsOneLinePerTenth() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleProgressBar bar = new ConsoleProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);

        for (int done = 1; done <= 100; done++) {
            bar.accept(new BulkProgress(done, 100, done, 0, 0, Duration.ofMillis(done * 20L)));
        }

        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(11);
        assertThat(lines[10]).startsWith("[##############################]  100/100  50.0/s  ETA 0s");
    }
}
