package latentlab.grader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Builds the Gradescope autograder zip: {@code setup.sh} and {@code run_autograder} at its root,
 * plus {@code latentlab.jar}, {@code latentlab-solutions.jar} and {@code lib/}. Gradescope unpacks
 * it into {@code /autograder/source}; {@code run_autograder} grades {@code /autograder/submission}
 * and writes {@code /autograder/results/results.json}. The scripts are stored with mode 755
 * (commons-compress, since java.util.zip cannot record Unix permissions).
 */
public final class GradescopeBundle {
    static final String SETUP = """
            #!/usr/bin/env bash
            # Gradescope image setup: a headless JDK 17 (the grader compiles submissions with javac).
            set -euo pipefail
            apt-get update
            DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends openjdk-17-jdk-headless
            java -version
            """;
    static final String RUN = """
            #!/usr/bin/env bash
            # Grades /autograder/submission into /autograder/results/results.json.
            set -uo pipefail
            cd /autograder/source
            mkdir -p /autograder/results
            # C1 only and the serial GC: the grader process is short-lived, so C2 compiling costs more than it saves.
            java -Xmx2g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "latentlab.jar:latentlab-solutions.jar:lib/*" \\
                latentlab.grader.Main gradescope \\
                --submission /autograder/submission --results /autograder/results/results.json
            """;

    private GradescopeBundle() {
    }

    /** Writes the zip from the packaged jars in {@code target} (latentlab.jar, latentlab-solutions.jar, lib/). */
    public static void build(Path target, Path zip) throws IOException {
        Path library = target.resolve("latentlab.jar");
        Path solutions = target.resolve("latentlab-solutions.jar");
        Path lib = target.resolve("lib");
        for (Path needed : List.of(library, solutions, lib)) {
            if (!Files.exists(needed)) {
                throw new IOException("missing " + needed + ": run `mvn -o -DskipTests package` first");
            }
        }
        Path parent = zip.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".autograder", ".zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(Files.newOutputStream(temp))) {
            text(out, "setup.sh", SETUP);
            text(out, "run_autograder", RUN);
            file(out, "latentlab.jar", library);
            file(out, "latentlab-solutions.jar", solutions);
            try (Stream<Path> jars = Files.list(lib)) {
                for (Path jar : jars.filter(j -> j.toString().endsWith(".jar")).sorted().toList()) {
                    file(out, "lib/" + jar.getFileName(), jar);
                }
            }
        }
        Files.move(temp, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void text(ZipArchiveOutputStream out, String name, String content) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setUnixMode(0100755);
        out.putArchiveEntry(entry);
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeArchiveEntry();
    }

    private static void file(ZipArchiveOutputStream out, String name, Path source) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setUnixMode(0100644);
        out.putArchiveEntry(entry);
        Files.copy(source, out);
        out.closeArchiveEntry();
    }
}
