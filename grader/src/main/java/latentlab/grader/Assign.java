package latentlab.grader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code assign} command: generates the student stubs in {@code exercises/} from the
 * reference implementations in {@code solutions/}.
 *
 * <p>In each {@code .java} file, every region between a line {@code // BEGIN SOLUTION} and a
 * line {@code // END SOLUTION} is replaced by its {@code // HINT:} comment lines and
 * <pre>  throw new UnsupportedOperationException("TODO: Interface.method");</pre>
 * where Interface is the class name without its {@code Impl} suffix and method the method the
 * region sits in. Everything else (Javadoc, signatures, argument checks) is kept. A region must
 * end its method body, so that nothing after the throw is unreachable.
 *
 * <pre>
 * java -cp target/classes latentlab.grader.Assign            solutions/ → exercises/
 * java -cp target/classes latentlab.grader.Assign --check    exit 1 if exercises/ is out of date
 * java -cp target/classes latentlab.grader.Assign [--check] SOLUTIONS EXERCISES
 * </pre>
 */
public final class Assign {
    /** The command that regenerates exercises/, quoted in every drift message. */
    public static final String REGENERATE = "mvn -q -o compile && java -cp target/classes latentlab.grader.Assign";
    static final String BEGIN = "// BEGIN SOLUTION";
    static final String END = "// END SOLUTION";
    static final String HINT = "// HINT:";
    static final String HEADER = "// Generated from the reference by latentlab.grader.Assign. Replace each TODO throw "
            + "with your code;\n// the spec of every method is in the interface's Javadoc.\n";
    private static final Pattern METHOD = Pattern.compile(
            "^\\s*(?:@\\w+\\s+)*(?:(?:public|protected|private|static|final|synchronized|default)\\s+)*"
                    + "(?:<[^>]+>\\s+)?(\\w[\\w.<>\\[\\], ?]*)\\s+(\\w+)\\s*\\(");

    private Assign() {
    }

    public static void main(String[] args) {
        boolean check = args.length > 0 && args[0].equals("--check");
        int first = check ? 1 : 0;
        Path solutions = Path.of(args.length > first ? args[first] : "solutions");
        Path exercises = Path.of(args.length > first + 1 ? args[first + 1] : "exercises");
        try {
            if (check) {
                List<String> stale = drift(solutions, exercises);
                if (!stale.isEmpty()) {
                    System.err.println(driftMessage(stale));
                    System.exit(1);
                }
                System.out.println("exercises/ is up to date with solutions/");
            } else {
                Map<Path, String> written = write(solutions, exercises);
                System.out.println("assign: wrote " + written.size() + " files to " + exercises);
            }
        } catch (AssignException e) {
            System.err.println("assign: " + e.getMessage());
            System.exit(2);
        }
    }

    /**
     * The stub text of one solution file.
     *
     * @param source the file's text
     * @param file   its name or path, for error messages and the TODO's interface name
     * @throws AssignException for a BEGIN inside a region, an END outside one, a region left open,
     *                         or a region outside any method, naming the file and line
     */
    public static String stub(String source, String file) {
        String iface = interfaceName(file);
        String[] lines = source.split("\n", -1);
        StringBuilder out = new StringBuilder(HEADER);
        String method = null;
        int openedAt = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (trimmed.equals(BEGIN)) {
                if (openedAt >= 0) {
                    throw new AssignException(file + ":" + (i + 1) + ": nested " + BEGIN + " (the region opened at line "
                            + openedAt + " is not closed)");
                }
                method = enclosingMethod(lines, i, file);
                openedAt = i + 1;
                continue;
            }
            if (trimmed.equals(END)) {
                if (openedAt < 0) {
                    throw new AssignException(file + ":" + (i + 1) + ": " + END + " without a " + BEGIN);
                }
                String indent = line.substring(0, line.indexOf(END));
                out.append(indent).append("throw new UnsupportedOperationException(\"TODO: ").append(iface).append('.')
                        .append(method).append("\");\n");
                openedAt = -1;
                continue;
            }
            if (openedAt < 0 || trimmed.startsWith(HINT)) {
                out.append(line);
                if (i < lines.length - 1) {
                    out.append('\n');
                }
            }
        }
        if (openedAt >= 0) {
            throw new AssignException(file + ":" + openedAt + ": " + BEGIN + " has no matching " + END);
        }
        return out.toString();
    }

    /** The stubs for every {@code .java} file under {@code solutions}, keyed by path relative to it. */
    public static Map<Path, String> generate(Path solutions) {
        Map<Path, String> stubs = new TreeMap<>();
        for (Path file : javaFiles(solutions)) {
            Path relative = solutions.relativize(file);
            stubs.put(relative, stub(read(file), solutions.getFileName() + "/" + toSlashes(relative)));
        }
        if (stubs.isEmpty()) {
            throw new AssignException("no .java files under " + solutions.toAbsolutePath());
        }
        return stubs;
    }

    /** Writes the stubs into {@code exercises} (replacing files of the same name); returns them. */
    public static Map<Path, String> write(Path solutions, Path exercises) {
        Map<Path, String> stubs = generate(solutions);
        try {
            for (Map.Entry<Path, String> stub : stubs.entrySet()) {
                Path target = exercises.resolve(stub.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, stub.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stubs;
    }

    /**
     * The relative paths where {@code exercises} differs from what {@link #generate} produces now:
     * missing, changed, or {@code .java} files with no solution. Empty when up to date.
     */
    public static List<String> drift(Path solutions, Path exercises) {
        Map<Path, String> stubs = generate(solutions);
        List<String> stale = new ArrayList<>();
        for (Map.Entry<Path, String> stub : stubs.entrySet()) {
            Path target = exercises.resolve(stub.getKey());
            if (!Files.exists(target)) {
                stale.add(toSlashes(stub.getKey()) + " (missing)");
            } else if (!read(target).equals(stub.getValue())) {
                stale.add(toSlashes(stub.getKey()) + " (differs)");
            }
        }
        if (Files.isDirectory(exercises)) {
            for (Path file : javaFiles(exercises)) {
                if (!stubs.containsKey(exercises.relativize(file))) {
                    stale.add(toSlashes(exercises.relativize(file)) + " (no solution for it)");
                }
            }
        }
        return stale;
    }

    /** The message for a non-empty {@link #drift} result, with the command to regenerate. */
    public static String driftMessage(List<String> stale) {
        return "exercises/ is out of date with solutions/: " + String.join(", ", stale)
                + ". Regenerate it with: " + REGENERATE;
    }

    /** The name of the method whose body contains line {@code index}: the nearest declaration above it. */
    private static String enclosingMethod(String[] lines, int index, String file) {
        for (int i = index - 1; i >= 0; i--) {
            Matcher m = METHOD.matcher(lines[i]);
            String line = lines[i].strip();
            if (m.find() && !line.startsWith("//") && !line.startsWith("*") && !line.endsWith(";")
                    && !isKeyword(m.group(1).split("[\\s<]")[0]) && !isKeyword(m.group(2))) {
                return m.group(2);
            }
        }
        throw new AssignException(file + ":" + (index + 1) + ": " + BEGIN + " is not inside a method");
    }

    private static boolean isKeyword(String name) {
        return List.of("if", "for", "while", "switch", "catch", "return", "new", "throw", "else", "synchronized")
                .contains(name);
    }

    private static String interfaceName(String file) {
        String name = file.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceFirst("\\.java$", "");
        return name.endsWith("Impl") ? name.substring(0, name.length() - "Impl".length()) : name;
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new AssignException("cannot list " + root.toAbsolutePath() + ": " + e.getMessage());
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String toSlashes(Path path) {
        return path.toString().replace('\\', '/');
    }

    /** A problem in the solution files, with the file and line. */
    public static final class AssignException extends RuntimeException {
        public AssignException(String message) {
            super(message);
        }
    }
}
