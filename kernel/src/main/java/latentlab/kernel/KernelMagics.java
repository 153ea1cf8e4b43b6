package latentlab.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.spencerpark.jupyter.kernel.util.GlobFinder;

/**
 * The magics, with IJava's names and meaning: {@code %jars}, {@code %classpath}, {@code %load},
 * {@code %maven} (from the local Maven repository only), {@code %lsmagic}, and the cell magic
 * {@code %%time}. Paths are relative to the kernel's working directory, which Jupyter sets to
 * the notebook's folder.
 */
final class KernelMagics {
    static final String LINE_MAGICS = "%jars, %classpath, %load, %maven, %lsmagic";
    static final String CELL_MAGICS = "%%time";

    /** Runs a piece of code as a cell would (magics included). */
    interface CellRunner {
        Object run(String code, int cell) throws Exception;
    }

    private final Evaluator evaluator;
    private final CellRunner runner;
    private final Classpath classpath;

    KernelMagics(Evaluator evaluator, CellRunner runner) {
        this.evaluator = evaluator;
        this.runner = runner;
        this.classpath = new Classpath(evaluator);
    }

    /** Runs a line magic; its result is shown like an expression's value (null: nothing). */
    Object line(String name, List<String> args, int cell) throws Exception {
        return switch (name) {
            case "jars" -> classpath.addAll("%jars", args, true);
            case "classpath" -> classpath.addAll("%classpath", args, false);
            case "load" -> load(args, cell);
            case "maven" -> classpath.maven(args);
            case "lsmagic" -> "Line magics: " + LINE_MAGICS + "\nCell magics: " + CELL_MAGICS;
            default -> throw new MagicException("Unknown line magic %" + name
                    + ". Available: " + LINE_MAGICS + " (cell magics: " + CELL_MAGICS + ").");
        };
    }

    /** Runs a cell magic on {@code body}. */
    Object cell(CellParts.CellMagic magic, int cell) throws Exception {
        if (!magic.name().equals("time")) {
            throw new MagicException("Unknown cell magic %%" + magic.name()
                    + ". Available: " + CELL_MAGICS + " (line magics: " + LINE_MAGICS + ").");
        }
        long start = System.nanoTime();
        try {
            return runner.run(magic.body(), cell);
        } finally {
            double ms = (System.nanoTime() - start) / 1e6;
            System.out.println(String.format(Locale.ROOT, "Wall time: %.1f ms", ms));
        }
    }

    /** {@code %load file.java|file.jsh|notebook.ipynb}: runs the file's code (a notebook's code cells). */
    private Object load(List<String> args, int cell) throws Exception {
        if (args.size() != 1) {
            throw new MagicException("%load takes one file: %load path/to/File.java (or .jsh, or .ipynb)");
        }
        Path file = Path.of(args.get(0));
        if (!Files.isRegularFile(file)) {
            throw new MagicException("%load: no such file: " + file.toAbsolutePath());
        }
        List<String> sources = file.toString().endsWith(".ipynb")
                ? NotebookCells.code(file)
                : List.of(Files.readString(file));
        Object last = null;
        for (String source : sources) {
            last = runner.run(source, cell);
        }
        return last;
    }

    /** A magic used wrongly, or one that does not exist. */
    static final class MagicException extends Exception {
        MagicException(String message) {
            super(message, null, false, false);
        }
    }

    /** The class path side of the magics: globs, jars, folders, the local Maven repository. */
    static final class Classpath {
        private final Evaluator evaluator;
        private final List<Path> onKernelClasspath = new ArrayList<>();

        Classpath(Evaluator evaluator) {
            this.evaluator = evaluator;
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                if (!entry.isBlank()) {
                    onKernelClasspath.add(canonical(Path.of(entry)));
                }
            }
        }

        /** Adds every match of every glob; jars only if {@code jarsOnly}. A glob that matches nothing is an error. */
        Object addAll(String magic, List<String> globs, boolean jarsOnly) throws Exception {
            if (globs.isEmpty()) {
                throw new MagicException(magic + " needs at least one path or glob, e.g. " + magic
                        + " ../target/lib/*.jar");
            }
            for (String glob : globs) {
                List<Path> matches = matches(glob, jarsOnly);
                if (matches.isEmpty()) {
                    throw new MagicException(magic + ": nothing matches " + glob + " (from "
                            + Path.of("").toAbsolutePath() + ")");
                }
                matches.forEach(this::add);
            }
            return null;
        }

        private static List<Path> matches(String glob, boolean jarsOnly) {
            List<Path> found = new ArrayList<>();
            Iterable<Path> paths;
            try {
                paths = jarsOnly ? new GlobFinder(glob).computeMatchingFiles()
                        : new GlobFinder(glob).computeMatchingPaths();
            } catch (IOException e) {
                return found; // a folder in the glob does not exist: nothing matches
            }
            for (Path path : paths) {
                if (!jarsOnly || path.toString().endsWith(".jar")) {
                    found.add(path);
                }
            }
            return found;
        }

        private void add(Path path) {
            Path canonical = canonical(path);
            if (!onKernelClasspath.contains(canonical)) {
                onKernelClasspath.add(canonical);
                evaluator.addToClasspath(canonical.toString());
            }
        }

        /** {@code %maven group:artifact:version}: adds jars found in the local repository (~/.m2), without their dependencies. */
        Object maven(List<String> coordinates) throws Exception {
            if (coordinates.isEmpty()) {
                throw new MagicException("%maven needs coordinates: %maven group:artifact:version");
            }
            Path repository = Path.of(System.getProperty("user.home"), ".m2", "repository");
            for (String coordinate : coordinates) {
                String[] gav = coordinate.split(":");
                if (gav.length != 3) {
                    throw new MagicException("%maven: expected group:artifact:version but got " + coordinate);
                }
                Path jar = repository.resolve(gav[0].replace('.', '/')).resolve(gav[1]).resolve(gav[2])
                        .resolve(gav[1] + "-" + gav[2] + ".jar");
                if (!Files.isRegularFile(jar)) {
                    throw new MagicException("%maven: " + coordinate + " is not in the local Maven repository ("
                            + jar + "). This kernel does not download; fetch it with `mvn dependency:get "
                            + "-Dartifact=" + coordinate + "` or put the jar on the class path with %jars path/to/*.jar");
                }
                add(jar);
                System.out.println("Added " + jar + " (dependencies are not resolved: add them with %maven or %jars)");
            }
            return null;
        }

        private static Path canonical(Path path) {
            try {
                return path.toRealPath();
            } catch (IOException e) {
                return path.toAbsolutePath().normalize();
            }
        }
    }
}
