package latentlab.grader;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

/**
 * Where things are: the library class path the child JVM and the compiler get (the
 * grader's own class path without any entry holding {@code latentlab/course}, that is
 * without the reference solutions, and without test classes), and the java executable.
 */
public final class Layout {
    private static final String SOLUTIONS_PACKAGE = "latentlab/course/";
    private static volatile List<Path> libraryClasspath;

    private Layout() {
    }

    /** The library class path for student code: never the solutions. Computed once (it opens every jar). */
    public static List<Path> libraryClasspath() {
        List<Path> known = libraryClasspath;
        if (known == null) {
            known = List.copyOf(findLibraryClasspath());
            libraryClasspath = known;
        }
        return known;
    }

    private static List<Path> findLibraryClasspath() {
        String explicit = System.getProperty("latentlab.grader.libraryClasspath");
        String source = explicit != null ? explicit : System.getProperty("java.class.path");
        List<Path> entries = new ArrayList<>();
        for (String entry : source.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                addExpanded(Path.of(entry).toAbsolutePath().normalize(), entries);
            }
        }
        return entries;
    }

    /**
     * Adds {@code path} and the entries of its manifest Class-Path (Maven's test runners use a
     * manifest-only jar). A jar whose manifest points at an excluded entry is itself left out,
     * since the JVM would follow that manifest: a solutions folder cannot hide behind one.
     */
    private static void addExpanded(Path path, List<Path> entries) {
        if (!Files.exists(path) || entries.contains(path)) {
            return;
        }
        if (excluded(path)) {
            return;
        }
        List<Path> manifestEntries = manifestClassPath(path);
        if (manifestEntries.stream().noneMatch(e -> Files.exists(e) && excluded(e))) {
            entries.add(path);
        }
        manifestEntries.forEach(e -> addExpanded(e, entries));
    }

    private static boolean excluded(Path path) {
        return holdsSolutions(path) || path.toString().contains("test-classes");
    }

    private static List<Path> manifestClassPath(Path jar) {
        if (Files.isDirectory(jar)) {
            return List.of();
        }
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            java.util.jar.Manifest manifest = file.getManifest();
            String classPath = manifest == null ? null
                    : manifest.getMainAttributes().getValue(java.util.jar.Attributes.Name.CLASS_PATH);
            if (classPath == null || classPath.isBlank()) {
                return List.of();
            }
            List<Path> paths = new ArrayList<>();
            for (String url : classPath.trim().split("\\s+")) {
                try {
                    paths.add(Path.of(jar.toUri().resolve(url)).toAbsolutePath().normalize());
                } catch (RuntimeException ignored) {
                    // not a file URL: nothing the child could use
                }
            }
            return paths;
        } catch (IOException notAJar) {
            return List.of();
        }
    }

    public static String join(List<Path> paths) {
        return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
    }

    public static Path javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** The folder javacpp extracted ND4J's natives to, shared with the child so it need not extract them again. */
    public static Path javacppCache() {
        String configured = System.getProperty("org.bytedeco.javacpp.cachedir");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".javacpp", "cache");
    }

    static boolean holdsSolutions(Path entry) {
        if (Files.isDirectory(entry)) {
            return Files.isDirectory(entry.resolve(SOLUTIONS_PACKAGE));
        }
        try (ZipFile jar = new ZipFile(entry.toFile())) {
            return jar.stream().anyMatch(e -> e.getName().startsWith(SOLUTIONS_PACKAGE));
        } catch (IOException notAJar) {
            return false;
        }
    }
}
