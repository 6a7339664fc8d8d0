package cn.tianjin.quality.platform.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds the upload files no attachment row will ever name. An upload is moved into place before its transaction
 * commits; when the server dies in between (kill -9, power), the file stays and nobody can reach it. Only files older
 * than the cut-off are considered, so an upload whose transaction is still running is never touched, and only the
 * portal's own names (a storage key in its two-character folder, or a .part file in tmp/), never anything else a
 * person put there.
 */
final class OrphanSweep {
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern SHARD = Pattern.compile("[0-9a-f]{2}");
    private static final int QUERY_BATCH = 500;

    /**
     * A sweep removing more than this many files, and more than half the stored files it looked at, stops without
     * removing any: that is a portal pointed at the wrong or an emptied database, not a few crashed uploads.
     */
    static final int BRAKE = 20;

    /** What a sweep found and did. {@code braked}: orphans were found but none removed (see {@link #BRAKE}). */
    record Result(int stored, List<Path> orphans, List<Path> removed, boolean braked) {
    }

    private OrphanSweep() {
    }

    /**
     * @param dir        the upload folder
     * @param cutOff     files modified after this are left alone
     * @param knownKeys  of the storage keys given, those an attachment row names
     * @param remove     whether to delete the orphans found, or only report them
     */
    static Result sweep(Path dir, Instant cutOff, Function<Collection<String>, Set<String>> knownKeys, boolean remove)
            throws IOException {
        List<Path> candidates = new ArrayList<>();
        List<Path> orphans = new ArrayList<>();
        int stored = 0;
        if (!Files.isDirectory(dir)) {
            return new Result(0, List.of(), List.of(), false);
        }
        try (DirectoryStream<Path> shards = Files.newDirectoryStream(dir)) {
            for (Path shard : shards) {
                if (!Files.isDirectory(shard) || !SHARD.matcher(shard.getFileName().toString()).matches()) {
                    continue;
                }
                try (DirectoryStream<Path> files = Files.newDirectoryStream(shard)) {
                    for (Path f : files) {
                        String name = f.getFileName().toString();
                        if (Files.isRegularFile(f) && KEY.matcher(name).matches() && name.startsWith(shard.getFileName().toString())) {
                            stored++;
                            if (Files.getLastModifiedTime(f).toInstant().isBefore(cutOff)) {
                                candidates.add(f);
                            }
                        }
                    }
                }
            }
        }
        for (int i = 0; i < candidates.size(); i += QUERY_BATCH) {
            List<Path> batch = candidates.subList(i, Math.min(candidates.size(), i + QUERY_BATCH));
            Set<String> known = knownKeys.apply(batch.stream().map(p -> p.getFileName().toString()).toList());
            batch.stream().filter(p -> !known.contains(p.getFileName().toString())).forEach(orphans::add);
        }
        Path tmp = dir.resolve("tmp");
        if (Files.isDirectory(tmp)) {
            try (DirectoryStream<Path> parts = Files.newDirectoryStream(tmp, "upload*.part")) {
                for (Path p : parts) {
                    if (Files.isRegularFile(p) && Files.getLastModifiedTime(p).toInstant().isBefore(cutOff)) {
                        orphans.add(p);
                    }
                }
            }
        }
        long storedOrphans = orphans.stream().filter(p -> !p.getParent().equals(tmp)).count();
        if (storedOrphans > BRAKE && storedOrphans * 2 > stored) {
            return new Result(stored, List.copyOf(orphans), List.of(), true);
        }
        List<Path> removed = new ArrayList<>();
        if (remove) {
            for (Path p : orphans) {
                if (Files.deleteIfExists(p)) {
                    removed.add(p);
                }
            }
        }
        return new Result(stored, List.copyOf(orphans), removed, false);
    }
}
