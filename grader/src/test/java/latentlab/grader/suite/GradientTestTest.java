package latentlab.grader.suite;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import latentlab.tensor.Rng;
import org.junit.jupiter.api.Test;

/** The directional pre-check of {@link GradientTest}: what it lets through without checking every coordinate. */
class GradientTestTest {
    private static final double ABS = 1e-6;
    private static final double REL = 1e-4;

    private static double[] gaussian(Rng rng, int n, double scale) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = scale * rng.normal();
        }
        return v;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @Test
    void theRightGradientAgreesAlongEveryDirection() {
        Rng rng = Rng.seeded(1);
        double[] dMu = gaussian(rng, 6, 3);
        double[] dLogVar = gaussian(rng, 4, 0.5);
        for (int k = 0; k < 20; k++) {
            double[] v1 = gaussian(rng, 6, 1);
            double[] v2 = gaussian(rng, 4, 1);
            double numeric = dot(dMu, v1) + dot(dLogVar, v2);
            assertTrue(GradientTest.agreesAlong(numeric, List.of(dMu, dLogVar), List.of(v1, v2)));
        }
    }

    @Test
    void theNoiseOfRightFiniteDifferencesIsAllowed() {
        Rng rng = Rng.seeded(2);
        double[] truth = gaussian(rng, 64, 2);
        for (int k = 0; k < 20; k++) {
            double[] v = gaussian(rng, 64, 1);
            double numeric = dot(truth, v) * (1 + 1e-8) + 1e-9; // far more than float64 central differences are off by
            assertTrue(GradientTest.agreesAlong(numeric, List.of(truth), List.of(v)), "direction " + k);
        }
    }

    /**
     * One coordinate of 64 off by 10 times the coordinate check's tolerance (so the coordinate check
     * fails it): one of the 3 directions must disagree, so that the coordinate check runs, in nearly
     * every case. With the coordinate tolerance summed along v it would nearly always pass unseen.
     */
    @Test
    void oneCoordinateOffByTenTolerancesIsUsuallyCaughtByOneOfThreeDirections() {
        int caught = 0;
        int trials = 200;
        for (int t = 0; t < trials; t++) {
            Rng rng = Rng.seeded(100 + t);
            double[] truth = gaussian(rng, 64, 1);
            double[] got = truth.clone();
            got[17] += 10 * (ABS + REL * Math.abs(truth[17]));
            boolean seen = false;
            for (int k = 0; k < GradientTest.DIRECTIONS && !seen; k++) {
                double[] v = gaussian(rng, 64, 1);
                seen = !GradientTest.agreesAlong(dot(truth, v), List.of(got), List.of(v));
            }
            caught += seen ? 1 : 0;
        }
        assertTrue(caught >= 0.98 * trials, "caught " + caught + " of " + trials);
    }

    @Test
    void usualMistakesDisagreeAlongARandomDirection() {
        Rng rng = Rng.seeded(3);
        double[] truth = gaussian(rng, 6, 1);
        double[] v = gaussian(rng, 6, 1);
        double numeric = dot(truth, v);
        double[] twice = truth.clone();
        double[] negated = truth.clone();
        double[] oneWrong = truth.clone();
        for (int i = 0; i < 6; i++) {
            twice[i] *= 2;
            negated[i] = -negated[i];
        }
        oneWrong[4] += 0.01;
        assertFalse(GradientTest.agreesAlong(numeric, List.of(twice), List.of(v)), "a factor of 2");
        assertFalse(GradientTest.agreesAlong(numeric, List.of(negated), List.of(v)), "a sign error");
        assertFalse(GradientTest.agreesAlong(numeric, List.of(oneWrong), List.of(v)), "one coordinate off by 0.01");
        assertFalse(GradientTest.agreesAlong(Double.NaN, List.of(truth), List.of(v)), "a NaN loss");
    }
}
