package cn.tianjin.quality.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrphanSweepTest {
    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");
    private static final Instant CUT_OFF = NOW.minus(Duration.ofMinutes(60));

    @TempDir
    Path dir;

    private final Set<String> rows = new HashSet<>();

    private Path stored(Duration age, boolean withRow) throws IOException {
        String key = UUID.randomUUID().toString();
        Path f = Files.createDirectories(dir.resolve(key.substring(0, 2))).resolve(key);
        Files.writeString(f, "%PDF-1.4");
        Files.setLastModifiedTime(f, FileTime.from(NOW.minus(age)));
        if (withRow) {
            rows.add(key);
        }
        return f;
    }

    private OrphanSweep.Result sweep() throws IOException {
        return OrphanSweep.sweep(dir, CUT_OFF, keys -> {
            Set<String> known = new HashSet<>(keys);
            known.retainAll(rows);
            return known;
        }, true);
    }

    @Test
    void anOldFileNoRowNamesIsRemovedAndEveryFileWithARowStays() throws IOException {
        Path orphan = stored(Duration.ofHours(3), false);
        Path kept = stored(Duration.ofHours(3), true);
        Path recent = stored(Duration.ofMinutes(5), true);

        var result = sweep();

        assertThat(orphan).doesNotExist();
        assertThat(kept).exists();
        assertThat(recent).exists();
        assertThat(result.removed()).containsExactly(orphan);
        assertThat(result.stored()).isEqualTo(3);
    }

    @Test
    void aFileWhoseTransactionMayStillBeRunningIsLeftAlone() throws IOException {
        Path inFlight = stored(Duration.ofMinutes(2), false);

        assertThat(sweep().removed()).isEmpty();
        assertThat(inFlight).exists();
    }

    @Test
    void anOldPartialUploadInTmpIsRemovedButNotWhatAPersonPutThere() throws IOException {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path part = Files.writeString(tmp.resolve("upload123.part"), "x");
        Files.setLastModifiedTime(part, FileTime.from(NOW.minus(Duration.ofDays(1))));
        Path notes = Files.writeString(dir.resolve("README.txt"), "kept by the administrator");
        Path foreign = Files.writeString(Files.createDirectories(dir.resolve("ab")).resolve("backup.tar"), "x");
        Files.setLastModifiedTime(notes, FileTime.from(NOW.minus(Duration.ofDays(30))));
        Files.setLastModifiedTime(foreign, FileTime.from(NOW.minus(Duration.ofDays(30))));

        assertThat(sweep().removed()).containsExactly(part);
        assertThat(notes).exists();
        assertThat(foreign).exists();
    }

    @Test
    void aPortalOnTheWrongDatabaseRemovesNothing() throws IOException {
        for (int i = 0; i < OrphanSweep.BRAKE + 5; i++) {
            stored(Duration.ofDays(10), false);
        }
        stored(Duration.ofDays(10), true);

        var result = sweep();

        assertThat(result.braked()).isTrue();
        assertThat(result.removed()).isEmpty();
        try (var files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(OrphanSweep.BRAKE + 6);
        }
    }

    @Test
    void aMissingFolderIsNothingToSweep() throws IOException {
        assertThat(OrphanSweep.sweep(dir.resolve("absent"), CUT_OFF, keys -> Set.of(), true).removed()).isEmpty();
    }
}
