package latentlab.kernel;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The code every kernel session starts with: the imports IJava gives, the display API, ND4J's
 * entry points and every package of the LatentLab library that exists in this build (found
 * in the library's jar or classes folder, so packages added later are imported too).
 */
final class Startup {
    /** A library class that always exists; its code source is where the packages are listed. */
    private static final String LIBRARY_ANCHOR = "latentlab.tensor.Failure";
    /**
     * Packages in the jar that a notebook must not see by default, with their subpackages: the
     * kernel, the grader and the applications (bench, demo). Each import is one more snippet to
     * compile at every kernel start.
     */
    private static final Set<String> NOT_IMPORTED = Set.of("latentlab.kernel", "latentlab.grader",
            "latentlab.course", "latentlab.bench", "latentlab.demo");

    private static final String BASE_IMPORTS = """
            import java.util.*;
            import java.io.*;
            import java.math.*;
            import java.net.*;
            import java.util.concurrent.*;
            import java.util.function.*;
            import java.util.regex.*;
            import java.util.stream.*;
            import static latentlab.kernel.Display.*;
            import org.nd4j.linalg.factory.Nd4j;
            import org.nd4j.linalg.api.ndarray.INDArray;
            import org.nd4j.linalg.api.buffer.DataType;
            """;

    private Startup() {
    }

    static String script() {
        StringBuilder script = new StringBuilder(BASE_IMPORTS);
        for (String pkg : libraryPackages()) {
            script.append("import ").append(pkg).append(".*;\n");
        }
        return script.toString();
    }

    /** The {@code latentlab.*} packages of the library on the kernel's class path. */
    static Set<String> libraryPackages() {
        Set<String> packages = new TreeSet<>();
        try {
            Path location = Path.of(Class.forName(LIBRARY_ANCHOR).getProtectionDomain()
                    .getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location.resolve("latentlab"))) {
                    files.filter(p -> p.toString().endsWith(".class"))
                            .forEach(p -> addPackage(packages, location.relativize(p).toString()));
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        addPackage(packages, e.nextElement().getName());
                    }
                }
            }
        } catch (ClassNotFoundException | URISyntaxException | IOException | RuntimeException e) {
            System.err.println("LatentLab kernel: the library is not on the class path (" + e + ");"
                    + " its packages are not imported.");
        }
        packages.removeIf(Startup::isNotImported);
        return packages;
    }

    /**
     * Loads ND4J's native backend and applies the library's thread settings
     * ({@code latentlab.tensor.Backend.configure()}) on a background thread, so that the
     * first array a notebook creates does not wait seconds for it. Set
     * {@code LATENTLAB_KERNEL_PRELOAD=false} to skip.
     */
    static void preloadNd4jInBackground() {
        if ("false".equalsIgnoreCase(System.getenv("LATENTLAB_KERNEL_PRELOAD"))) {
            return;
        }
        Thread preload = new Thread(() -> {
            try {
                Class.forName("latentlab.tensor.Backend").getMethod("configure").invoke(null);
                Trace.mark("nd4j preloaded");
            } catch (ReflectiveOperationException | LinkageError e) {
                try {
                    Class.forName("org.nd4j.linalg.factory.Nd4j").getMethod("create", int.class).invoke(null, 1);
                } catch (ReflectiveOperationException | LinkageError ignored) {
                    // ND4J is not on the class path: a cell that uses it will say so.
                }
            }
        }, "latentlab-nd4j-preload");
        preload.setDaemon(true);
        preload.setPriority(Thread.MIN_PRIORITY);
        preload.start();
    }

    static boolean isNotImported(String pkg) {
        return NOT_IMPORTED.stream().anyMatch(excluded -> pkg.equals(excluded) || pkg.startsWith(excluded + "."));
    }

    private static void addPackage(Set<String> packages, String classFile) {
        String path = classFile.replace('\\', '/');
        if (!path.startsWith("latentlab/") || !path.endsWith(".class") || path.endsWith("package-info.class")) {
            return;
        }
        int slash = path.lastIndexOf('/');
        packages.add(path.substring(0, slash).replace('/', '.'));
    }
}
