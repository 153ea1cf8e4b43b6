package latentlab.kernel;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The class-data archive that kernel/install.sh records ({@code target/kernel-cds.jsa}), which
 * the kernelspec names in {@code -Dlatentlab.kernel.cds=...}. The JVM checks it against the jars
 * it was recorded with and, if any has been rebuilt since, ignores it without a word (the
 * kernelspec turns the CDS log off so that Jupyter shows no warning); the kernel then starts
 * about a second slower. This class says so, and how to refresh the archive.
 */
final class ClassDataArchive {
    static final String PROPERTY = "latentlab.kernel.cds";

    private ClassDataArchive() {
    }

    /** Prints to stderr (the Jupyter server's log) why the archive is not used, if it is not. */
    static void warnIfStale() {
        String archive = System.getProperty(PROPERTY);
        if (archive == null || archive.isBlank()) {
            return;
        }
        List<Path> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(Path.of(entry));
        }
        staleness(Path.of(archive), classPath).ifPresent(reason -> System.err.println(
                "LatentLab kernel: the class-data archive is not used, so start-up is slower: " + reason
                        + ". Run kernel/install.sh (or bin/latentlab kernel install) again to record it afresh."));
    }

    /**
     * Why {@code archive} cannot serve this class path: it is missing, or a class-path file is newer
     * than it. Empty if it is usable as far as file times tell.
     */
    static Optional<String> staleness(Path archive, List<Path> classPath) {
        if (!Files.isRegularFile(archive)) {
            return Optional.of(archive + " does not exist");
        }
        try {
            FileTime recorded = Files.getLastModifiedTime(archive);
            for (Path entry : classPath) {
                if (Files.isRegularFile(entry) && Files.getLastModifiedTime(entry).compareTo(recorded) > 0) {
                    return Optional.of(entry + " was rebuilt after " + archive + " was recorded");
                }
            }
        } catch (IOException e) {
            return Optional.of("cannot read the time of " + archive + " (" + e.getMessage() + ")");
        }
        return Optional.empty();
    }
}
