package io.partnercentral.selling.testing.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnercentral.selling.events.FileReconcilerStore;
import io.partnercentral.selling.events.ReconcilerStore;
import io.partnercentral.selling.testing.ReconcilerStoreContract;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileReconcilerStoreTest extends ReconcilerStoreContract {
    @TempDir
    Path dir;
    private int files;

    @Override
    protected ReconcilerStore newStore() {
        return FileReconcilerStore.open(dir.resolve("store-" + files++));
    }

    @Override
    protected ReconcilerStore reopen(ReconcilerStore store) {
        store.close();
        return FileReconcilerStore.open(((FileReconcilerStore) store).file());
    }

    @Test
    void open_whileOpenElsewhere_isRefused() {
        Path file = dir.resolve("shared");
        try (FileReconcilerStore first = FileReconcilerStore.open(file)) {
            assertThatThrownBy(() -> FileReconcilerStore.open(file))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("open elsewhere");
        }
        FileReconcilerStore.open(file).close();
    }

    @Test
    void tornLastLine_fromACrash_isIgnoredAndTheRestKept() throws IOException {
        Path file = dir.resolve("torn");
        Instant mark = Instant.parse("2026-11-23T10:15:30Z");
        try (FileReconcilerStore store = FileReconcilerStore.open(file)) {
            store.compareAndSetWatermark(Optional.empty(), mark);
            store.markSeen("e:kept", Duration.ofDays(1));
        }
        // A crash in the middle of the next append leaves half a line behind.
        Files.writeString(file, "S 99999999999999 e:ha", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (FileReconcilerStore store = FileReconcilerStore.open(file)) {
            assertThat(store.watermark()).contains(mark);
            assertThat(store.isSeen("e:kept")).isTrue();
            assertThat(store.isSeen("e:ha")).isFalse();
            assertThat(store.markSeen("e:after", Duration.ofDays(1))).isTrue();
        }
        try (FileReconcilerStore store = FileReconcilerStore.open(file)) {
            assertThat(store.isSeen("e:after")).isTrue();
            assertThat(Files.readString(file)).doesNotContain("e:ha");
        }
    }

    @Test
    void damagedMiddleLine_isReportedWithItsLineNumber() throws IOException {
        Path file = dir.resolve("damaged");
        try (FileReconcilerStore store = FileReconcilerStore.open(file)) {
            store.markSeen("e:1", Duration.ofDays(1));
        }
        Files.writeString(file, "X nonsense\nS 1 e:2\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertThatThrownBy(() -> FileReconcilerStore.open(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 3");
    }

    @Test
    void manyWrites_compactTheFile_withoutLosingState() throws IOException {
        Path file = dir.resolve("compacted");
        Instant mark = Instant.parse("2026-11-23T10:15:30Z");
        try (FileReconcilerStore store = FileReconcilerStore.open(file, Clock.systemUTC(), 10)) {
            // Past the first compaction (about 1,050 appends over 10 live keys), and one write after it.
            for (int i = 0; i < 1100; i++) {
                store.markSeen("e:" + i, Duration.ofDays(1));
            }
            store.compareAndSetWatermark(Optional.empty(), mark);
        }
        assertThat(Files.readAllLines(file).size()).isLessThan(100);
        try (FileReconcilerStore store = FileReconcilerStore.open(file)) {
            assertThat(store.watermark()).contains(mark);
            assertThat(store.isSeen("e:1099")).isTrue();
            assertThat(store.isSeen("e:0")).isFalse();
        }
    }
}
