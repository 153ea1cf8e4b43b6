package latentlab.exercises;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import latentlab.tensor.Comparison;
import latentlab.tensor.Failure;
import latentlab.tensor.Tolerance;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Checks for notebooks, printing short lines readable in a cell.
 *
 * <pre>{@code
 * Divergences kl = Check.exercise(Divergences.class);
 * //   passed               klGaussians
 * //   not yet implemented  klDiscrete
 * //   FAILED               logNormal (large magnitudes): ... max abs error 3.2 at [1, 0] (expected ..., got ...)
 * // Divergences: 6 of 8 methods pass; using the reference until yours passes.
 * Check.that("ELBO + KL(q ‖ posterior) = log p(x)", logPx, elbo + gap, Tolerance.CLOSE);
 * }</pre>
 *
 * Every method is called on {@link Cases} (seeded float64 inputs, including a batch of 1 and
 * large magnitudes) with copies of the inputs, and compared with the reference under
 * {@link Tolerance#CLOSE}. A method that modifies an argument fails.
 */
public final class Check {
    /** The seed of the generated cases, fixed so that a notebook's output is repeatable. */
    public static final long SEED = 20240607L;
    private static PrintStream out = System.out;

    private Check() {
    }

    /**
     * Compiles the student's implementation of {@code exercise} ({@link Exercises#student}), checks
     * every method against the reference and prints one line per method.
     *
     * @return the student's implementation if every method passes, else the reference
     */
    public static <T> T exercise(Class<T> exercise) {
        T reference = Exercises.reference(exercise);
        T student;
        out.println("Checking your " + exercise.getSimpleName() + "Impl against the reference:");
        try {
            student = Exercises.student(exercise);
        } catch (ExerciseLoadException e) {
            out.println(e.getMessage());
            out.println(exercise.getSimpleName() + ": using the reference until yours compiles.");
            return reference;
        }
        return against(exercise, reference, student) ? student : reference;
    }

    /**
     * Checks {@code student} against {@code reference}, one printed line per method and a summary.
     *
     * @return whether every method passed
     */
    public static <T> boolean against(Class<T> exercise, T reference, T student) {
        List<String> methods = Cases.METHODS.get(exercise);
        List<Cases.Case> cases = Cases.of(exercise, SEED);
        int passed = 0;
        for (String method : methods) {
            String verdict = verdict(exercise, method, cases, reference, student);
            passed += verdict.startsWith("passed") ? 1 : 0;
            out.println("  " + verdict);
        }
        boolean all = passed == methods.size();
        out.println(exercise.getSimpleName() + ": " + passed + " of " + methods.size() + " methods pass"
                + (all ? "; using yours." : "; using the reference until yours passes."));
        return all;
    }

    /**
     * Prints whether {@code got} is within {@code tolerance} of {@code expected}. Returns nothing,
     * so a notebook cell that ends with a check shows only the printed line.
     */
    public static void that(String description, double expected, double got, Tolerance tolerance) {
        that(description, Nd4j.scalar(expected), Nd4j.scalar(got), tolerance);
    }

    /** Prints whether every element of {@code got} is within {@code tolerance} of {@code expected}. */
    public static void that(String description, INDArray expected, INDArray got, Tolerance tolerance) {
        Comparison comparison = Comparison.of(expected, got, tolerance);
        if (comparison.passed()) {
            out.println("numeric check passed: " + description + " (" + comparison.describe() + ")");
        } else {
            out.println("numeric check FAILED: " + description + ": " + comparison.describe());
        }
    }

    /** Prints whether {@code condition} holds, e.g. {@code Check.that("KL ≥ 0", kl >= 0)}. */
    public static void that(String description, boolean condition) {
        out.println((condition ? "numeric check passed: " : "numeric check FAILED: ") + description);
    }

    /** Where the lines go (System.out by default); for tests. */
    static void printTo(PrintStream stream) {
        out = stream;
    }

    private static <T> String verdict(Class<T> exercise, String name, List<Cases.Case> cases, T reference, T student) {
        Method method = find(exercise, name);
        String operation = exercise.getSimpleName() + "." + name;
        int count = 0;
        for (Cases.Case c : cases) {
            if (!c.method().equals(name)) {
                continue;
            }
            count++;
            Object expected;
            try {
                expected = method.invoke(reference, copies(c.args()));
            } catch (ReflectiveOperationException e) {
                return String.format("%-21s%s: the reference failed: %s", "FAILED", name, cause(e));
            }
            Object[] args = copies(c.args());
            Object got;
            try {
                got = method.invoke(student, args);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof UnsupportedOperationException u && u.getMessage() != null
                        && u.getMessage().startsWith("TODO")) {
                    String todo = u.getMessage().equals("TODO: " + operation) ? "" : " (" + u.getMessage() + ")";
                    return String.format("%-21s%s%s", "not yet implemented", name, todo);
                }
                return String.format("%-21s%s (%s): threw %s", "FAILED", name, c.label(), cause(e));
            } catch (IllegalAccessException e) {
                return String.format("%-21s%s: %s", "FAILED", name, e);
            }
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof INDArray a && !a.equals(c.args()[i])) {
                    return String.format("%-21s%s (%s): argument %d was modified; work on new arrays "
                            + "(add, mul), not in place (addi, muli)", "FAILED", name, c.label(), i + 1);
                }
            }
            Optional<String> diff = Results.difference(expected, got, Tolerance.CLOSE);
            if (diff.isPresent()) {
                Failure failure = Failure.in(operation).expected("the reference's within " + Tolerance.CLOSE.name())
                        .got(diff.get());
                if (c.label().equals(Cases.LARGE)) {
                    failure = failure.hint("only large magnitudes fail: look for overflow, log 0 or cancellation");
                }
                return String.format("%-21s%s (%s): %s", "FAILED", name, c.label(), failure.message());
            }
        }
        return String.format("%-21s%s (%d cases)", "passed", name, count);
    }

    private static Method find(Class<?> exercise, String name) {
        for (Method m : exercise.getMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        throw new IllegalStateException("Check: " + exercise.getSimpleName() + " has no method " + name);
    }

    private static Object[] copies(Object[] args) {
        Object[] copy = args.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] instanceof INDArray a) {
                copy[i] = a.dup();
            }
        }
        return copy;
    }

    private static String cause(ReflectiveOperationException e) {
        Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
