package latentlab.grader.suite;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import latentlab.tensor.Tolerance;

/**
 * How to test one exercise method: how to make its arguments from a {@link Case}, the
 * tolerance, the argument names for feedback, which edge cases apply, and its known
 * mistakes. {@link Suite} turns a spec into the standard tests.
 */
public final class MethodSpec {
    /** Makes the arguments of a case. */
    @FunctionalInterface
    public interface Inputs {
        Object[] make(Case c);
    }

    final Class<?> exercise;
    final Method method;
    final Inputs inputs;
    final List<String> names;
    Tolerance tolerance = Tolerance.CLOSE;
    boolean zeros = true;
    boolean batchOfOne = true;
    String extremes;
    String overflowHint;
    int n = 6;
    int d = 4;
    final List<Mistake> mistakes = new ArrayList<>();

    private MethodSpec(Class<?> exercise, String method, List<String> names, Inputs inputs) {
        this.exercise = exercise;
        this.method = Arrays.stream(exercise.getMethods()).filter(m -> m.getName().equals(method)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(exercise.getSimpleName() + " has no method " + method));
        if (this.method.getParameterCount() != names.size()) {
            throw new IllegalArgumentException(method + " takes " + this.method.getParameterCount()
                    + " arguments, not " + names);
        }
        this.names = names;
        this.inputs = inputs;
    }

    /** A spec for {@code exercise.method}, whose arguments are called {@code names}. */
    public static MethodSpec of(Class<?> exercise, String method, List<String> names, Inputs inputs) {
        return new MethodSpec(exercise, method, names, inputs);
    }

    public MethodSpec tolerance(Tolerance tolerance) {
        this.tolerance = tolerance;
        return this;
    }

    /** The default batch size and dimension of ordinary cases. */
    public MethodSpec size(int n, int d) {
        this.n = n;
        this.d = d;
        return this;
    }

    /** No zeros test (when all-zero inputs are outside the method's domain). */
    public MethodSpec noZeros() {
        this.zeros = false;
        return this;
    }

    /** No batch-of-one test (for methods on scalars or single distributions). */
    public MethodSpec noBatch() {
        this.batchOfOne = false;
        return this;
    }

    /** Adds an extreme-values test, described to the student as {@code what}, e.g. "|logVar| up to 1e4". */
    public MethodSpec extremes(String what, String overflowHint) {
        this.extremes = what;
        this.overflowHint = overflowHint;
        return this;
    }

    public MethodSpec mistake(String hint, Function<Object[], Object> variant) {
        mistakes.add(new Mistake(hint, variant));
        return this;
    }

    public Method method() {
        return method;
    }

    public String exerciseName() {
        return exercise.getSimpleName();
    }

    public String name() {
        return method.getName();
    }

    public Tolerance tolerance() {
        return tolerance;
    }

    public Object[] make(Case c) {
        return inputs.make(c);
    }

    /** The case of the given style at this spec's default size. */
    public Case ordinary(long seed) {
        return new Case(seed, n, d, Case.Style.ORDINARY);
    }

    public String callText(Object[] args) {
        return name() + "(" + Render.arguments(names, Arrays.asList(args)) + ")";
    }
}
