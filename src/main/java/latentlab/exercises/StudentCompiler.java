package latentlab.exercises;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Compiles one exercise source file with the JDK's compiler into a fresh temporary folder,
 * loads every class compiled there child-first and removes the folder, so that a reference class of the same name elsewhere on the classpath
 * (the solutions jar) never shadows the student's. Other {@code latentlab.course} classes the
 * file uses are compiled from the same exercises folder ({@code -sourcepath}).
 */
final class StudentCompiler {
    private static final String COURSE_PACKAGE = "latentlab.course.";

    private StudentCompiler() {
    }

    /**
     * Compiles {@code source} (under {@code root}) and loads {@code className} in a fresh loader
     * whose parent is {@code parent}; throws {@link ExerciseLoadException} with the compiler's text.
     */
    static Class<?> compileAndLoad(Path root, Path source, String className, ClassLoader parent) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new ExerciseLoadException("No Java compiler in this JVM (" + System.getProperty("java.home")
                    + "). Run the notebooks on a JDK 17+, not a JRE.");
        }
        Path out;
        try {
            out = Files.createTempDirectory("latentlab-exercise-");
        } catch (IOException e) {
            throw new ExerciseLoadException("Cannot create a temporary folder to compile into: " + e.getMessage());
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = List.of("-d", out.toString(), "-classpath", classpath(), "-sourcepath",
                root.toString(), "-Xprefer:source", "-implicit:class", "-proc:none", "-nowarn", "-encoding", "UTF-8");
        boolean ok;
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            ok = compiler.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjects(source.toFile())).call();
        } catch (IOException | RuntimeException e) {
            throw new ExerciseLoadException("Compiling " + source + " failed: " + e);
        }
        if (!ok) {
            throw new ExerciseLoadException(describeErrors(source, diagnostics.getDiagnostics()));
        }
        try {
            ClassLoader loader = new ChildFirstLoader(out.toUri().toURL(), parent);
            Class<?> loaded = Class.forName(className, true, loader);
            loadAll(out, loader);
            return loaded;
        } catch (IOException | ClassNotFoundException e) {
            throw new ExerciseLoadException(source + " compiled, but it does not define class " + className
                    + ". Keep the file's package and class name as generated.");
        } finally {
            delete(out);
        }
    }

    /** Defines every compiled class now (inner and helper classes too), so the folder can go. */
    private static void loadAll(Path out, ClassLoader loader) throws IOException, ClassNotFoundException {
        List<Path> classes;
        try (var walk = Files.walk(out)) {
            classes = walk.filter(p -> p.toString().endsWith(".class")).toList();
        }
        for (Path file : classes) {
            String relative = out.relativize(file).toString().replace(File.separatorChar, '.');
            Class.forName(relative.substring(0, relative.length() - ".class".length()), false, loader);
        }
    }

    /** Removes the compiled classes' folder (best effort: a file that cannot be deleted stays). */
    private static void delete(Path folder) {
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // leave it to the OS's temporary-file cleanup
        }
    }

    /** "Your file does not compile" with each error as {@code File.java:LINE: message} and the source line. */
    private static String describeErrors(Path source, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        StringBuilder text = new StringBuilder(source.getFileName() + " does not compile:");
        int errors = 0;
        for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            errors++;
            String file = d.getSource() == null ? source.toString() : Path.of(d.getSource().toUri()).toString();
            text.append("\n  ").append(file).append(':').append(d.getLineNumber()).append(": error: ")
                    .append(d.getMessage(Locale.ROOT));
            String line = sourceLine(d);
            if (line != null) {
                text.append("\n      ").append(line.strip());
            }
        }
        return text.append("\n").append(errors).append(errors == 1 ? " error" : " errors").toString();
    }

    private static String sourceLine(Diagnostic<? extends JavaFileObject> d) {
        try {
            if (d.getSource() == null || d.getLineNumber() < 1) {
                return null;
            }
            String[] lines = d.getSource().getCharContent(true).toString().split("\n", -1);
            return d.getLineNumber() <= lines.length ? lines[(int) d.getLineNumber() - 1] : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The compile classpath: this JVM's class path plus the jars the library and ND4J were loaded
     * from and those of their URL class loaders (a notebook kernel adds jars with %jars), minus
     * any reference solutions.
     */
    static String classpath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(entry);
            }
        }
        for (Class<?> anchor : new Class<?>[] {StudentCompiler.class, INDArray.class}) {
            String location = locationOf(anchor);
            if (location != null) {
                entries.add(location);
            }
            for (ClassLoader loader = anchor.getClassLoader(); loader != null; loader = loader.getParent()) {
                if (loader instanceof URLClassLoader urls) {
                    for (URL url : urls.getURLs()) {
                        addFile(entries, url);
                    }
                }
            }
        }
        List<String> kept = new ArrayList<>();
        for (String entry : entries) {
            if (!entry.contains("solutions")) {
                kept.add(entry);
            }
        }
        return String.join(File.pathSeparator, kept);
    }

    private static void addFile(Set<String> entries, URL url) {
        try {
            if ("file".equals(url.getProtocol())) {
                entries.add(Path.of(url.toURI()).toString());
            }
        } catch (URISyntaxException | RuntimeException e) {
            // not a local file: javac could not use it anyway
        }
    }

    private static String locationOf(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI()).toString();
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** Loads {@code latentlab.course.*} from its own folder first; everything else from the parent. */
    private static final class ChildFirstLoader extends URLClassLoader {
        ChildFirstLoader(URL folder, ClassLoader parent) {
            super(new URL[] {folder}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(COURSE_PACKAGE)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try {
                        loaded = findClass(name);
                    } catch (ClassNotFoundException e) {
                        loaded = super.loadClass(name, false);
                    }
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }
}
