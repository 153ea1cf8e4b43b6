package latentlab.grader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A student's submission: a folder or a zip holding their {@code <Exercise>Impl.java} files,
 * anywhere inside (typically {@code exercises/latentlab/course/}). Zips are extracted with
 * limits on size and entry count, and entries escaping the target folder are refused.
 *
 * @param id   the student's id: the folder or zip name without extension
 * @param root the folder holding the files (extracted when the submission is a zip)
 */
public record Submission(String id, Path root) {
    private static final long MAX_UNZIPPED = 50L << 20;
    private static final int MAX_ENTRIES = 5000;

    /** Opens a folder as is, or extracts a zip into {@code work}. */
    public static Submission open(Path path, Path work) throws IOException {
        String name = path.getFileName().toString();
        if (Files.isDirectory(path)) {
            return new Submission(name, path);
        }
        if (!name.toLowerCase().endsWith(".zip")) {
            throw new IOException(path + " is neither a folder nor a .zip");
        }
        Path target = work.resolve("unzipped");
        unzip(path, target);
        return new Submission(name.substring(0, name.length() - 4), target);
    }

    /** For each exercise, its source file; an exercise whose file is missing is absent from the map. */
    public Map<String, Path> sources(List<String> exercises) throws IOException {
        Map<String, Path> found = new LinkedHashMap<>();
        for (String exercise : exercises) {
            String file = exercise + "Impl.java";
            try (Stream<Path> files = Files.walk(root.toRealPath(), 12)) {
                Optional<Path> best = files.filter(f -> f.getFileName().toString().equals(file) && Files.isRegularFile(f))
                        .filter(f -> !f.toString().contains("__MACOSX"))
                        .min(Comparator.comparing((Path f) -> !f.toString().replace('\\', '/')
                                .contains("latentlab/course/")).thenComparing(Path::getNameCount));
                best.ifPresent(f -> found.put(exercise, f));
            }
        }
        return found;
    }

    static void unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        long total = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new IOException(zip + " has more than " + MAX_ENTRIES + " entries");
                }
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException(zip + " has an entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                total += Files.copy(limited(in, MAX_UNZIPPED - total), out, StandardCopyOption.REPLACE_EXISTING);
                if (total >= MAX_UNZIPPED) {
                    throw new IOException(zip + " unzips to more than " + (MAX_UNZIPPED >> 20) + " MB");
                }
            }
        }
    }

    private static InputStream limited(InputStream in, long limit) {
        return new InputStream() {
            private long left = limit;

            @Override
            public int read() throws IOException {
                return left-- <= 0 ? -1 : in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = in.read(b, off, (int) Math.min(len, left));
                left -= Math.max(n, 0);
                return n;
            }
        };
    }
}
