package latentlab.grader.suite;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import latentlab.grader.Outcome;
import latentlab.grader.Verdict;
import latentlab.tensor.Failure;
import latentlab.tensor.Rng;
import latentlab.tensor.Tolerance;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Checks a student's backward pass against central differences of the student's own forward
 * pass: d/dx_i Σ(w ⊙ f(x)) ≈ (Σ w ⊙ f(x + h·e_i) − Σ w ⊙ f(x − h·e_i)) / 2h. So a gradient is
 * judged consistent with the forward the student wrote, and a wrong forward does not hide a right
 * backward.
 *
 * <p>It first checks {@value #DIRECTIONS} seeded random directions v over all the arguments at
 * once: (L(x + h·v) − L(x − h·v)) / 2h against ⟨∇L, v⟩, 2 forward calls per direction instead of
 * 2 per coordinate. This pre-check can only pass a test; when a direction disagrees (or the
 * gradient is not a finite array of the right size) the check coordinate by coordinate runs, and
 * it decides the verdict and gives the feedback: where, expected and got. So the pre-check's
 * tolerance can be, and is, tight: {@link #ALONG} (100 times tighter than the coordinate check's)
 * per coordinate, combined along v as the root of a sum of squares, √Σ (v_i·(abs + rel·|∇L_i|))²,
 * not as a worst-case sum. A right gradient agrees far within it (float64 central differences are
 * off by about 1e-9 relative), while a gradient off in one coordinate by a few times the
 * coordinate tolerance disagrees along a direction nearly always. With the coordinate tolerance
 * summed along v, one coordinate could be off by up to the number of coordinates times its
 * tolerance and pass unseen.
 *
 * @param backward    the backward method's spec (its cases are the test's inputs)
 * @param forward     the forward method's spec
 * @param forwardArgs the forward's arguments made from the backward's
 * @param objective   the scalar whose gradient the backward returns, from the backward's arguments and a
 *                    forward result, e.g. {@link #sum()} or {@link #weightedBy(int)}
 * @param wrt         which forward argument each gradient is with respect to
 */
public record GradientTest(MethodSpec backward, MethodSpec forward, Function<Object[], Object[]> forwardArgs,
                           Objective objective, List<Wrt> wrt) {
    private static final double STEP = 1e-5;
    private static final Tolerance TOLERANCE = new Tolerance("finite differences", 1e-6, 1e-4);
    /**
     * The directional pre-check's, per coordinate before they are combined along v: 100 times
     * tighter than {@link #TOLERANCE}, and still far above the float64 rounding of central
     * differences of a right forward. Too tight costs only a coordinate check, never a verdict.
     */
    private static final Tolerance ALONG = new Tolerance("finite differences along a direction", 1e-8, 1e-6);
    /** Random directions checked before falling back to every coordinate. */
    static final int DIRECTIONS = 3;

    /**
     * @param forwardArg the index of the forward argument
     * @param component  the record component of the backward result holding its gradient, or "result"
     */
    public record Wrt(int forwardArg, String component) {
    }

    /** The scalar L(forward result) a backward pass differentiates. */
    @FunctionalInterface
    public interface Objective {
        double of(Object[] backwardArgs, Object forwardValue);
    }

    /** L = Σ f(x): for losses (a double) and for per-sample results summed over the batch. */
    public static Objective sum() {
        return (args, value) -> weighted(value, null);
    }

    /** L = Σ dOut ⊙ f(x), with dOut the backward's argument number {@code upstreamArg}. */
    public static Objective weightedBy(int upstreamArg) {
        return (args, value) -> weighted(value, (INDArray) args[upstreamArg]);
    }

    /** Σ w ⊙ value (w null: all ones); NaN when the value is not a number or an array. */
    public static double weighted(Object value, INDArray w) {
        INDArray y = Compare.asArray(value);
        if (y == null) {
            return Double.NaN;
        }
        y = y.castTo(DataType.DOUBLE);
        return (w == null ? y.sumNumber() : y.mul(w.castTo(DataType.DOUBLE).reshape(y.shape())).sumNumber())
                .doubleValue();
    }

    public Judgement run(Context context, Case c) {
        Object[] backwardArgs = backward.make(c);
        Outcome analytic = context.student(backward.method(), backwardArgs);
        if (!analytic.returned()) {
            return Judgement.from(analytic, backward.callText(backwardArgs));
        }
        Object[] base = forwardArgs.apply(backwardArgs);
        Judgement quick = alongDirections(context, c, backwardArgs, base, analytic);
        return quick != null ? quick : coordinateByCoordinate(context, backwardArgs, base, analytic);
    }

    /**
     * The check along random directions: PASSED, the failure of a forward call, or null when a
     * direction disagrees (or the gradient cannot be used as is) and every coordinate must be checked.
     */
    private Judgement alongDirections(Context context, Case c, Object[] backwardArgs, Object[] base, Outcome analytic) {
        List<double[]> gradients = new ArrayList<>();
        for (Wrt g : wrt) {
            INDArray got = Compare.asArray(component(analytic.value(), g.component()));
            INDArray x = (INDArray) base[g.forwardArg()];
            if (got == null || got.length() != x.length()) {
                return null;
            }
            double[] values = got.castTo(DataType.DOUBLE).dup('c').reshape(got.length()).toDoubleVector();
            for (double value : values) {
                if (!Double.isFinite(value)) {
                    return null;
                }
            }
            gradients.add(values);
        }
        Rng rng = Rng.seeded(c.seed() * 1_000_003L + 104_729L);
        List<List<double[]>> directions = new ArrayList<>();
        List<Object[]> perturbed = new ArrayList<>();
        for (int k = 0; k < DIRECTIONS; k++) {
            List<double[]> v = new ArrayList<>();
            for (double[] gradient : gradients) {
                double[] vg = new double[gradient.length];
                for (int i = 0; i < vg.length; i++) {
                    vg[i] = rng.normal();
                }
                v.add(vg);
            }
            directions.add(v);
            perturbed.add(along(base, v, +STEP));
            perturbed.add(along(base, v, -STEP));
        }
        List<Outcome> values = context.students(forward.method(), perturbed);
        Judgement failed = forwardFailure(values, base);
        if (failed != null) {
            return failed;
        }
        for (int k = 0; k < DIRECTIONS; k++) {
            double plus = objective.of(backwardArgs, values.get(2 * k).value());
            double minus = objective.of(backwardArgs, values.get(2 * k + 1).value());
            double numeric = (plus - minus) / (2 * STEP);
            if (!agreesAlong(numeric, gradients, directions.get(k))) {
                return null;
            }
        }
        return new Judgement(Verdict.PASSED, "", analytic.output());
    }

    /**
     * Whether the directional derivative {@code numeric} (from finite differences along v) agrees with
     * ⟨gradient, v⟩ within √Σ (v_i·(abs + rel·|gradient_i|))² with {@link #ALONG}'s abs and rel (see
     * the class comment for why so tight).
     */
    static boolean agreesAlong(double numeric, List<double[]> gradients, List<double[]> v) {
        double predicted = 0;
        double squares = 0;
        for (int g = 0; g < gradients.size(); g++) {
            double[] gradient = gradients.get(g);
            double[] vg = v.get(g);
            for (int i = 0; i < vg.length; i++) {
                predicted += gradient[i] * vg[i];
                double allowed = vg[i] * (ALONG.abs() + ALONG.rel() * Math.abs(gradient[i]));
                squares += allowed * allowed;
            }
        }
        return Math.abs(numeric - predicted) <= Math.sqrt(squares);
    }

    /** The check of every coordinate: its verdict is the test's, its feedback says where and by how much. */
    private Judgement coordinateByCoordinate(Context context, Object[] backwardArgs, Object[] base, Outcome analytic) {
        List<Object[]> perturbed = new ArrayList<>();
        for (Wrt g : wrt) {
            INDArray x = (INDArray) base[g.forwardArg()];
            for (long i = 0; i < x.length(); i++) {
                perturbed.add(withElement(base, g.forwardArg(), i, +STEP));
                perturbed.add(withElement(base, g.forwardArg(), i, -STEP));
            }
        }
        List<Outcome> values = context.students(forward.method(), perturbed);
        Judgement failed = forwardFailure(values, base);
        if (failed != null) {
            return failed;
        }
        int next = 0;
        for (Wrt g : wrt) {
            INDArray x = (INDArray) base[g.forwardArg()];
            double[] numeric = new double[(int) x.length()];
            for (int i = 0; i < numeric.length; i++) {
                double plus = objective.of(backwardArgs, values.get(next++).value());
                double minus = objective.of(backwardArgs, values.get(next++).value());
                numeric[i] = (plus - minus) / (2 * STEP);
            }
            INDArray expected = org.nd4j.linalg.factory.Nd4j.create(numeric, x.shape(), DataType.DOUBLE);
            Object got = component(analytic.value(), g.component());
            List<Compare.Part> failures = Compare.failures(expected, got, TOLERANCE);
            if (!failures.isEmpty()) {
                return new Judgement(Verdict.WRONG_ANSWER, feedback(backwardArgs, g, expected, got, failures.get(0)),
                        analytic.output());
            }
        }
        return new Judgement(Verdict.PASSED, "", analytic.output());
    }

    /** The verdict of the first forward call that did not return, or null when all returned. */
    private Judgement forwardFailure(List<Outcome> values, Object[] base) {
        for (Outcome value : values) {
            if (!value.returned()) {
                Judgement j = Judgement.from(value, forward.callText(base));
                return new Judgement(j.verdict(), "the gradient check needs your " + forward.name() + ": "
                        + j.feedback(), j.output());
            }
        }
        return null;
    }

    private String feedback(Object[] args, Wrt g, INDArray expected, Object got, Compare.Part failure) {
        String argument = forward.names.get(g.forwardArg());
        return "Call: " + backward.callText(args) + "\n"
                + "Finite differences of your " + forward.name() + " w.r.t. " + argument + ": " + Render.value(expected)
                + "\nYour " + backward.name() + "." + g.component() + ": " + Render.value(got) + "\n"
                + Failure.in(backward.exerciseName() + "." + backward.name()).argument(g.component())
                .expected("the gradient of your " + forward.name() + " (" + TOLERANCE + ")").got(failure.describe())
                .hint("check the chain rule term by term; a factor of 2, ½, 1/N or a sign is the usual culprit") + "\n";
    }

    /** The forward's arguments moved by {@code step}·v along every argument the gradients are taken with respect to. */
    private Object[] along(Object[] base, List<double[]> v, double step) {
        Object[] copy = Context.copies(base);
        for (int g = 0; g < wrt.size(); g++) {
            int arg = wrt.get(g).forwardArg();
            INDArray x = ((INDArray) copy[arg]).castTo(DataType.DOUBLE).dup('c');
            INDArray flat = x.reshape(x.length());
            double[] vg = v.get(g);
            for (int i = 0; i < vg.length; i++) {
                flat.putScalar(i, flat.getDouble(i) + step * vg[i]);
            }
            copy[arg] = x;
        }
        return copy;
    }

    private static Object[] withElement(Object[] base, int arg, long index, double delta) {
        Object[] copy = Context.copies(base);
        INDArray x = ((INDArray) copy[arg]).castTo(DataType.DOUBLE).dup('c');
        INDArray flat = x.reshape(x.length());
        flat.putScalar(index, flat.getDouble(index) + delta);
        copy[arg] = x;
        return copy;
    }

    private static Object component(Object result, String name) {
        if (!(result instanceof Record r) || "result".equals(name)) {
            return result;
        }
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                try {
                    return c.getAccessor().invoke(r);
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
