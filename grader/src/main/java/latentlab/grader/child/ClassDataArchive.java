package latentlab.grader.child;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import latentlab.grader.Layout;

/**
 * A class-data sharing archive (AppCDS) of the child JVM's classes (ND4J, the library, the
 * child harness), made once per class path in the system temp folder, so each child starts
 * faster. Only for a class path of jars (the packaged grader); if it cannot be made or no longer
 * matches, children simply start without it.
 */
final class ClassDataArchive {
    private static Path archive;
    private static boolean tried;
    private static boolean made;

    private ClassDataArchive() {
    }

    /** The JVM options that use the archive, or none. */
    static synchronized List<String> options(ChildJvm.Settings settings, List<String> baseOptions) {
        if (!tried) {
            tried = true;
            archive = findOrMake(settings, baseOptions);
        }
        return archive == null ? List.of() : List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off");
    }

    /** Finds or makes the archive now; true when this call made it. */
    static synchronized boolean prepare(ChildJvm.Settings settings, List<String> baseOptions) {
        if (tried) {
            return false;
        }
        made = false;
        options(settings, baseOptions);
        return made;
    }

    private static Path findOrMake(ChildJvm.Settings settings, List<String> baseOptions) {
        if (settings.classpath().stream().anyMatch(Files::isDirectory)) {
            return null; // CDS archives only jars: with target/classes (tests, development) children start without one
        }
        try {
            String classpath = Layout.join(settings.classpath());
            long stamp = 0;
            for (Path entry : settings.classpath()) {
                stamp = stamp * 31 + Files.getLastModifiedTime(entry).toMillis();
            }
            String key = Integer.toHexString((System.getProperty("java.home") + classpath).hashCode())
                    + Long.toHexString(stamp);
            Path folder = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "latentlab-grader-cds"));
            Path target = folder.resolve("child-" + key + ".jsa");
            if (Files.isRegularFile(target)) {
                return target;
            }
            Path temp = folder.resolve("child-" + key + "-" + ProcessHandle.current().pid() + ".tmp.jsa");
            Path empty = Files.createTempDirectory("latentlab-cds-");
            List<String> command = new java.util.ArrayList<>(List.of(Layout.javaExecutable().toString()));
            command.addAll(baseOptions);
            command.addAll(List.of("-XX:ArchiveClassesAtExit=" + temp, "-cp", classpath, ChildMain.class.getName(),
                    empty.toString(), empty.toString()));
            Process dump = new ProcessBuilder(command).directory(empty.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            dump.getOutputStream().close();
            if (!dump.waitFor(2, TimeUnit.MINUTES)) {
                dump.destroyForcibly();
                return null;
            }
            Files.deleteIfExists(empty);
            if (!Files.isRegularFile(temp)) {
                return null;
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            made = true;
            return target;
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
