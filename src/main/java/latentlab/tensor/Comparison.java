package latentlab.tensor;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * How far an array {@code got} is from {@code expected}: the largest absolute and
 * relative errors and where they occur, and how many NaN or infinite values {@code got}
 * has that {@code expected} lacks. Used by tests, notebook checks and the grader, so all
 * three describe a mismatch the same way.
 *
 * @param maxAbsError largest {@code |got - expected|}
 * @param maxRelError largest {@code |got - expected| / max(|expected|, 1e-300)}
 * @param worstIndex  the index (row-major) of the worst element under the tolerance
 * @param badCount    elements outside the tolerance
 * @param nonFinite   NaN or infinite values in {@code got} where {@code expected} is finite
 * @param shapeMatch  whether the shapes agree; if not, no element is compared
 */
public record Comparison(long[] expectedShape, long[] gotShape, boolean shapeMatch, double maxAbsError,
                         double maxRelError, long[] worstIndex, double worstExpected, double worstGot,
                         long badCount, long nonFinite, Tolerance tolerance) {

    public static Comparison of(INDArray expected, INDArray got, Tolerance tolerance) {
        long[] expectedShape = expected.shape();
        long[] gotShape = got == null ? null : got.shape();
        if (got == null || !Arrays.equals(expectedShape, gotShape)) {
            return new Comparison(expectedShape, gotShape, false, Double.NaN, Double.NaN, null,
                    Double.NaN, Double.NaN, expected.length(), 0, tolerance);
        }
        double[] e = expected.castTo(DataType.DOUBLE).dup('c').data().asDouble();
        double[] g = got.castTo(DataType.DOUBLE).dup('c').data().asDouble();
        double maxAbs = 0;
        double maxRel = 0;
        int worstBad = -1;
        double worstBadError = -1;
        int worstAny = -1;
        double worstAnyError = -1;
        long bad = 0;
        long nonFinite = 0;
        for (int i = 0; i < e.length; i++) {
            boolean ok = tolerance.accepts(e[i], g[i]);
            if (!ok) {
                bad++;
            }
            if (Double.isFinite(e[i]) && !Double.isFinite(g[i])) {
                nonFinite++;
            }
            double abs = errorBetween(e[i], g[i]);
            double rel = abs == 0 ? 0 : abs / Math.max(Math.abs(e[i]), 1e-300);
            maxAbs = Math.max(maxAbs, abs);
            maxRel = Math.max(maxRel, rel);
            // The worst element is the failing one with the largest error (NaN counts as worst),
            // or, when all pass, the one with the largest error.
            if (!ok && (worstBad < 0 || abs > worstBadError)) {
                worstBad = i;
                worstBadError = abs;
            }
            if (worstAny < 0 || abs > worstAnyError) {
                worstAny = i;
                worstAnyError = abs;
            }
        }
        int worst = worstBad >= 0 ? worstBad : worstAny;
        long[] index = e.length == 0 ? new long[0] : unravel(worst, expectedShape);
        return new Comparison(expectedShape, gotShape, true, maxAbs, maxRel, index,
                e.length == 0 ? Double.NaN : e[worst], e.length == 0 ? Double.NaN : g[worst], bad, nonFinite,
                tolerance);
    }

    public boolean passed() {
        return shapeMatch && badCount == 0;
    }

    /**
     * One line for a report, e.g. {@code max abs error 0.5 at [2, 0] (expected 1.0, got 1.5),
     * max rel error 0.5; 3 of 8 elements outside float32 (abs 1e-5, rel 1e-4)}.
     */
    public String describe() {
        if (!shapeMatch) {
            return "shape " + (gotShape == null ? "null" : Arrays.toString(gotShape)) + " but expected "
                    + Arrays.toString(expectedShape);
        }
        StringBuilder text = new StringBuilder();
        text.append("max abs error ").append(format(maxAbsError));
        if (worstIndex != null && worstIndex.length > 0 && maxAbsError != 0) {
            text.append(" at ").append(Arrays.toString(worstIndex)).append(" (expected ")
                    .append(format(worstExpected)).append(", got ").append(format(worstGot)).append(')');
        }
        text.append(", max rel error ").append(format(maxRelError));
        if (badCount > 0) {
            text.append("; ").append(badCount).append(" element").append(badCount == 1 ? "" : "s")
                    .append(" outside ").append(tolerance);
        }
        if (nonFinite > 0) {
            text.append("; ").append(nonFinite).append(" NaN/Inf where a finite value was expected");
        }
        return text.toString();
    }

    /** The mismatch as a {@link Failure} of {@code operation}'s {@code argument}. */
    public Failure toFailure(String operation, String argument) {
        return Failure.in(operation).argument(argument).expected("within " + tolerance + " of the reference")
                .got(describe());
    }

    /** |g - e|, with equal values (also equal infinities, or both NaN) at 0 and a lone NaN at +inf. */
    private static double errorBetween(double e, double g) {
        if (e == g || Double.isNaN(e) && Double.isNaN(g)) {
            return 0;
        }
        double abs = Math.abs(g - e);
        return Double.isNaN(abs) ? Double.POSITIVE_INFINITY : abs;
    }

    static String format(double value) {
        if (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        double magnitude = Math.abs(value);
        return magnitude >= 1e-3 && magnitude < 1e6 ? String.format("%.6g", value) : String.format("%.4e", value);
    }

    private static long[] unravel(long flat, long[] shape) {
        long[] index = new long[shape.length];
        for (int d = shape.length - 1; d >= 0; d--) {
            index[d] = shape[d] == 0 ? 0 : flat % shape[d];
            flat = shape[d] == 0 ? flat : flat / shape[d];
        }
        return index;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Comparison c && Arrays.equals(expectedShape, c.expectedShape)
                && Arrays.equals(gotShape, c.gotShape) && Double.compare(maxAbsError, c.maxAbsError) == 0
                && Double.compare(maxRelError, c.maxRelError) == 0 && badCount == c.badCount;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(expectedShape) * 31 + Long.hashCode(badCount);
    }

    @Override
    public String toString() {
        return describe();
    }
}
