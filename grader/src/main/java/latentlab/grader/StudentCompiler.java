package latentlab.grader;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles a submission's exercise files with the JDK's compiler, against the library only
 * (never the solutions), with annotation processing off so compiling runs none of the
 * student's code. A compile error is a verdict for its own file: the other files are
 * compiled again without it. The compiler's file managers (the library's jars, opened and
 * indexed) are reused from one compilation to the next; sources and output are each compilation's own.
 */
public final class StudentCompiler {
    private static final int MAX_MESSAGE = 4000;
    /** At most this many idle file managers are kept (one per concurrent compilation is enough). */
    private static final int MAX_IDLE = 4;
    private static final Deque<StandardJavaFileManager> IDLE = new ArrayDeque<>();
    private static List<Path> idleClasspath = List.of();

    private StudentCompiler() {
    }

    /** For each source file, null if it compiled, or the compiler's errors (file, line, text). */
    public static Map<Path, String> compile(List<Path> sources, Path classes, List<Path> classpath) throws IOException {
        Files.createDirectories(classes);
        Map<Path, String> errors = new LinkedHashMap<>();
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            sources.forEach(s -> errors.put(s, "no Java compiler: the grader needs a JDK, not a JRE"));
            return errors;
        }
        List<Path> remaining = new ArrayList<>(sources);
        while (!remaining.isEmpty()) {
            Map<Path, String> failed = compileOnce(compiler, remaining, classes, classpath);
            if (failed.isEmpty()) {
                break;
            }
            errors.putAll(failed);
            remaining.removeAll(failed.keySet());
        }
        for (Path source : sources) {
            errors.putIfAbsent(source, null);
        }
        return errors;
    }

    private static Map<Path, String> compileOnce(JavaCompiler compiler, List<Path> sources, Path classes,
                                                 List<Path> classpath) throws IOException {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<Path, String> failed = new LinkedHashMap<>();
        StandardJavaFileManager files = take(compiler, classpath);
        boolean reusable = false;
        try {
            List<String> options = List.of("-proc:none", "-implicit:none", "-encoding", "UTF-8", "-nowarn",
                    "-g", "-d", classes.toString());
            StringWriter log = new StringWriter();
            boolean ok;
            try {
                ok = compiler.getTask(log, files, diagnostics, options, null,
                        files.getJavaFileObjectsFromPaths(sources)).call();
            } catch (RuntimeException | StackOverflowError e) {
                sources.forEach(s -> failed.put(s, "the compiler failed on this file: " + e));
                return failed;
            }
            reusable = true;
            if (ok) {
                return failed;
            }
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() != Diagnostic.Kind.ERROR) {
                    continue;
                }
                Path file = d.getSource() == null ? null : Path.of(d.getSource().toUri()).toAbsolutePath().normalize();
                Path key = sources.stream().filter(s -> s.toAbsolutePath().normalize().equals(file)).findFirst()
                        .orElse(null);
                String line = (key == null ? "?" : key.getFileName()) + ":" + d.getLineNumber() + ": "
                        + d.getMessage(Locale.ROOT);
                if (key == null) {
                    sources.forEach(s -> failed.merge(s, line, StudentCompiler::append));
                } else {
                    failed.merge(key, line, StudentCompiler::append);
                }
            }
            if (failed.isEmpty()) {
                sources.forEach(s -> failed.put(s, "compilation failed: " + log));
            }
        } finally {
            giveBack(files, classpath, reusable);
        }
        return failed;
    }

    /**
     * An idle file manager for this class path, or a new one. Reusing one keeps the library's
     * jars open and indexed between compilations (a batch compiles every student against the same
     * class path); the output folder and sources are per compilation, so nothing carries over.
     */
    private static StandardJavaFileManager take(JavaCompiler compiler, List<Path> classpath) throws IOException {
        synchronized (IDLE) {
            if (classpath.equals(idleClasspath) && !IDLE.isEmpty()) {
                return IDLE.pop();
            }
        }
        StandardJavaFileManager files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
        files.setLocationFromPaths(StandardLocation.CLASS_PATH, classpath);
        return files;
    }

    /** Keeps a file manager for the next compilation, unless it failed or the class path changed (then closes it). */
    private static void giveBack(StandardJavaFileManager files, List<Path> classpath, boolean reusable)
            throws IOException {
        synchronized (IDLE) {
            if (reusable && !classpath.equals(idleClasspath)) {
                closeAll();
                idleClasspath = List.copyOf(classpath);
            }
            if (reusable && IDLE.size() < MAX_IDLE) {
                IDLE.push(files);
                return;
            }
        }
        files.close();
    }

    private static void closeAll() throws IOException {
        while (!IDLE.isEmpty()) {
            IDLE.pop().close();
        }
    }

    private static String append(String a, String b) {
        return a.length() > MAX_MESSAGE ? a : a + "\n" + b;
    }
}
