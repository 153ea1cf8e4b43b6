package latentlab.exercises;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads exercise implementations: the student's, compiled at run time from {@code exercises/},
 * and the reference, from the classpath.
 *
 * <pre>{@code
 * Divergences mine = Exercises.student(Divergences.class);   // compiles exercises/.../DivergencesImpl.java
 * Divergences ref  = Exercises.reference(Divergences.class); // needs target/latentlab-solutions.jar
 * }</pre>
 *
 * The implementation of interface {@code X} is the class {@code latentlab.course.XImpl} with a
 * public no-arg constructor. {@link #student} recompiles whenever the file's text changed, into
 * a fresh class loader, so a student edits the file and re-runs the cell without restarting
 * the kernel. Failures throw {@link ExerciseLoadException}, whose message names the file, the
 * line and the compiler's text.
 */
public final class Exercises {
    /** System property naming the exercises folder (the one holding {@code latentlab/course}). */
    public static final String DIRECTORY_PROPERTY = "latentlab.exercises";
    /** Environment variable naming the exercises folder, used when the property is not set. */
    public static final String DIRECTORY_VARIABLE = "LATENTLAB_EXERCISES";
    private static final String PACKAGE = "latentlab.course";
    private static final Map<String, Class<?>> COMPILED = new ConcurrentHashMap<>();

    private Exercises() {
    }

    /** The student's implementation of {@code exercise}, compiled from {@link #directory()}. */
    public static <T> T student(Class<T> exercise) {
        return student(exercise, directory());
    }

    /**
     * The student's implementation of {@code exercise}, compiled from
     * {@code exercisesDir/latentlab/course/<Interface>Impl.java}.
     *
     * @throws ExerciseLoadException if the file is missing, does not compile, or does not implement the interface
     */
    public static <T> T student(Class<T> exercise, Path exercisesDir) {
        Path root = exercisesDir.toAbsolutePath().normalize();
        Path source = root.resolve(PACKAGE.replace('.', '/')).resolve(implName(exercise) + ".java");
        String text;
        try {
            text = Files.readString(source);
        } catch (IOException e) {
            throw new ExerciseLoadException("Cannot read " + source + " (" + e.getMessage() + "). Set -D"
                    + DIRECTORY_PROPERTY + "=<folder> or " + DIRECTORY_VARIABLE + " to your exercises folder.");
        }
        String key = exercise.getName() + "|" + source + "|" + text.hashCode() + "|" + text.length();
        Class<?> type = COMPILED.computeIfAbsent(key, k -> StudentCompiler.compileAndLoad(root, source,
                PACKAGE + "." + implName(exercise), exercise.getClassLoader()));
        return instantiate(exercise, type, source.toString());
    }

    /**
     * The reference implementation of {@code exercise} from the classpath.
     *
     * @throws ExerciseLoadException if the solutions are not on the classpath, saying which jar to add
     */
    public static <T> T reference(Class<T> exercise) {
        String name = PACKAGE + "." + implName(exercise);
        Class<?> type = null;
        for (ClassLoader loader : new ClassLoader[] {Thread.currentThread().getContextClassLoader(),
                exercise.getClassLoader(), Exercises.class.getClassLoader()}) {
            if (type == null && loader != null) {
                try {
                    type = Class.forName(name, true, loader);
                } catch (ClassNotFoundException e) {
                    // try the next loader
                }
            }
        }
        if (type == null) {
            throw new ExerciseLoadException("The reference solutions are not on the classpath (" + name
                    + " not found). Add target/latentlab-solutions.jar (built by `mvn -DskipTests package`), "
                    + "e.g. %jars target/latentlab-solutions.jar in a notebook, or target/solutions-classes.");
        }
        return instantiate(exercise, type, name);
    }

    /**
     * The exercises folder: the system property {@value #DIRECTORY_PROPERTY}, else the environment
     * variable {@value #DIRECTORY_VARIABLE}, else the first {@code exercises/} holding
     * {@code latentlab/course} found in the working directory or one of its parents.
     *
     * @throws ExerciseLoadException if none is found
     */
    public static Path directory() {
        String configured = System.getProperty(DIRECTORY_PROPERTY, System.getenv(DIRECTORY_VARIABLE));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("exercises");
            if (Files.isDirectory(candidate.resolve(PACKAGE.replace('.', '/')))) {
                return candidate;
            }
        }
        throw new ExerciseLoadException("No exercises/latentlab/course folder found in " + start
                + " or its parents. Set -D" + DIRECTORY_PROPERTY + "=<folder> or " + DIRECTORY_VARIABLE + ".");
    }

    private static String implName(Class<?> exercise) {
        if (!exercise.isInterface()) {
            throw new IllegalArgumentException("Exercises: expected an exercise interface such as Divergences.class"
                    + " but got class " + exercise.getName());
        }
        return exercise.getSimpleName() + "Impl";
    }

    private static <T> T instantiate(Class<T> exercise, Class<?> type, String where) {
        if (!exercise.isAssignableFrom(type)) {
            throw new ExerciseLoadException(where + ": class " + type.getName() + " must implement "
                    + exercise.getName() + ". Keep the generated 'implements' clause.");
        }
        try {
            return exercise.cast(type.getDeclaredConstructor().newInstance());
        } catch (InvocationTargetException e) {
            throw new ExerciseLoadException(where + ": the constructor of " + type.getSimpleName() + " threw "
                    + e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new ExerciseLoadException(where + ": " + type.getSimpleName()
                    + " needs a public no-argument constructor (" + e + ")");
        }
    }
}
