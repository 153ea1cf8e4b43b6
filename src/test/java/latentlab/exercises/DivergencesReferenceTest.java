package latentlab.exercises;

import static latentlab.exercises.Arrays64.assertClose;
import static latentlab.exercises.Arrays64.assertGradient;
import static latentlab.exercises.Arrays64.m;
import static latentlab.exercises.Arrays64.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import latentlab.exercises.Divergences.KlGrads;
import latentlab.tensor.GradientCheck;
import latentlab.tensor.Rng;
import latentlab.tensor.Tolerance;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class DivergencesReferenceTest {
    private static final double LN2 = Math.log(2);
    private static final double LOG_2PI = Math.log(2 * Math.PI);
    private final Divergences ref = Exercises.reference(Divergences.class);
    private final Rng rng = Rng.seeded(2);

    @Test
    void klGaussiansHandComputed() {
        assertEquals(0.0, ref.klGaussians(0.3, 1.7, 0.3, 1.7));
        assertClose(0.5, ref.klGaussians(1, 1, 0, 1), Tolerance.EXACT);
        assertClose(1.5 - LN2, ref.klGaussians(0, 2, 0, 1), Tolerance.EXACT);   // log ½ + 4/2 − ½
        assertClose(LN2 - 0.375, ref.klGaussians(0, 1, 0, 2), Tolerance.EXACT); // log 2 + 1/8 − ½
    }

    @Test
    void klGaussiansMatchesTheTextbookFormulaAndIsNonNegative() {
        for (int i = 0; i < 50; i++) {
            double mu1 = rng.normal();
            double s1 = Math.exp(rng.normal());
            double mu2 = rng.normal();
            double s2 = Math.exp(rng.normal());
            double textbook = Math.log(s2 / s1) + (s1 * s1 + (mu1 - mu2) * (mu1 - mu2)) / (2 * s2 * s2) - 0.5;
            double kl = ref.klGaussians(mu1, s1, mu2, s2);
            assertClose(textbook, kl, new Tolerance("textbook", 1e-13, 1e-12));
            assertTrue(kl >= 0);
        }
    }

    @Test
    void klGaussiansStaysExactForNearlyEqualSigmas() {
        // ½(r² − 1 − log r²) with r = 1 + 1e-6: series ½(2δ² − 2δ³ + ...) ≈ δ², δ = log r
        double r = 1 + 1e-6;
        double delta = Math.log(r);
        double expected = delta * delta + 2.0 / 3 * delta * delta * delta + delta * delta * delta * delta / 3;
        assertClose(expected, ref.klGaussians(0, r, 0, 1), new Tolerance("series", 0, 1e-9));
    }

    @Test
    void klGaussiansRejectsNonPositiveSigma() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ref.klGaussians(0, -1, 0, 1));
        assertTrue(e.getMessage().startsWith("Divergences.klGaussians: sigma1, sigma2 must be > 0 but got -1.0, 1.0."),
                e.getMessage());
    }

    @Test
    void klToStandardNormalHandComputedPerSample() {
        // ½[(1 + 1 − 1 − 0) + (2 + 0 − 1 − ln 2)] = 1 − ln2/2 ; second row is N(0, I) itself
        INDArray kl = ref.klToStandardNormal(m(new double[] {1, 0}, new double[] {0, 0}),
                m(new double[] {0, LN2}, new double[] {0, 0}));
        assertClose(m(new double[] {1 - LN2 / 2}, new double[] {0}), kl, Tolerance.EXACT);
    }

    @Test
    void klToStandardNormalIsExactForTinyLogVar() {
        double lv = 1e-8; // exp(lv) − 1 − lv = lv²/2 + lv³/6, which the naive formula loses entirely
        INDArray kl = ref.klToStandardNormal(m(new double[] {0}), m(new double[] {lv}));
        assertClose(0.5 * (lv * lv / 2 + lv * lv * lv / 6), kl.getDouble(0, 0), new Tolerance("series", 0, 1e-12));
    }

    @Test
    void klToStandardNormalIsFiniteForLogVarDownToMinus1e4AndInfiniteWhenItOverflows() {
        INDArray kl = ref.klToStandardNormal(m(new double[] {2, 0}), m(new double[] {-1e4, 1e4}));
        assertEquals(Double.POSITIVE_INFINITY, kl.getDouble(0, 0));
        INDArray small = ref.klToStandardNormal(m(new double[] {2}), m(new double[] {-1e4}));
        assertClose(0.5 * (0 + 4 - 1 + 1e4), small.getDouble(0, 0), Tolerance.EXACT);
    }

    @Test
    void klToStandardNormalGradientMatchesNumericalGradient() {
        INDArray mu = rng.normal(DataType.DOUBLE, 3, 2);
        INDArray logVar = rng.normal(DataType.DOUBLE, 3, 2);
        KlGrads grads = ref.klToStandardNormalGradient(mu, logVar);
        assertGradient(GradientCheck.numerical(p -> ref.klToStandardNormal(p, logVar).sumNumber().doubleValue(), mu),
                grads.dMu());
        assertGradient(GradientCheck.numerical(p -> ref.klToStandardNormal(mu, p).sumNumber().doubleValue(), logVar),
                grads.dLogVar());
    }

    @Test
    void klToStandardNormalAgreesWithTheUnivariateClosedForm() {
        INDArray mu = rng.normal(DataType.DOUBLE, 1, 3);
        INDArray logVar = rng.normal(DataType.DOUBLE, 1, 3);
        double sum = 0;
        for (int j = 0; j < 3; j++) {
            sum += ref.klGaussians(mu.getDouble(0, j), Math.exp(0.5 * logVar.getDouble(0, j)), 0, 1);
        }
        assertClose(sum, ref.klToStandardNormal(mu, logVar).getDouble(0, 0), Tolerance.EXACT);
    }

    @Test
    void klDiscreteHandComputedAndEdgeCases() {
        assertClose(0.5 * LN2 + 0.5 * Math.log(2.0 / 3), ref.klDiscrete(row(0.5, 0.5), row(0.25, 0.75)), Tolerance.EXACT);
        assertClose(LN2, ref.klDiscrete(row(0, 1), row(0.5, 0.5)), Tolerance.EXACT);  // 0·log 0 = 0
        assertEquals(0.0, ref.klDiscrete(row(0, 1), row(0, 1)));
        assertEquals(Double.POSITIVE_INFINITY, ref.klDiscrete(row(0.5, 0.5), row(1, 0))); // q_i = 0 < p_i
    }

    @Test
    void klDiscreteIsNonNegativeAndZeroOnlyForEqualDistributions() {
        for (int i = 0; i < 20; i++) {
            INDArray p = distribution();
            INDArray q = distribution();
            assertTrue(ref.klDiscrete(p, q) > 0);
            assertClose(0.0, ref.klDiscrete(p, p), Tolerance.EXACT);
        }
    }

    @Test
    void logNormalHandComputed() {
        assertClose(-0.5 * LOG_2PI, ref.logNormal(m(new double[] {3}), m(new double[] {3}), m(new double[] {0})).getDouble(0),
                Tolerance.EXACT);
        // −½[(log 2π + 0 + 1) + (log 2π + log 4 + 4/4)]
        INDArray logp = ref.logNormal(m(new double[] {1, 2}), m(new double[] {0, 0}), m(new double[] {0, Math.log(4)}));
        assertClose(-LOG_2PI - LN2 - 1, logp.getDouble(0, 0), Tolerance.EXACT);
    }

    @Test
    void logNormalAtExtremeLogVar() {
        INDArray logp = ref.logNormal(m(new double[] {1}, new double[] {1}, new double[] {1}),
                m(new double[] {1}, new double[] {0}, new double[] {0}), m(new double[] {-1e4}, new double[] {-1e4},
                        new double[] {1e4}));
        assertClose(-0.5 * (LOG_2PI - 1e4), logp.getDouble(0, 0), Tolerance.EXACT); // x = μ: no 0·∞
        assertEquals(Double.NEGATIVE_INFINITY, logp.getDouble(1, 0));
        assertClose(-0.5 * (LOG_2PI + 1e4), logp.getDouble(2, 0), Tolerance.EXACT);
    }

    @Test
    void logMeanExpIsStable() {
        assertClose(m(new double[] {LN2}, new double[] {1000}, new double[] {-1e4 + LN2}, new double[] {7}),
                ref.logMeanExp(m(new double[] {0, Math.log(3)}, new double[] {1000, 1000},
                        new double[] {-1e4, -1e4 + Math.log(3)}, new double[] {7, 7})), Tolerance.EXACT);
        INDArray infinite = ref.logMeanExp(m(new double[] {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY},
                new double[] {0, Double.POSITIVE_INFINITY}));
        assertEquals(Double.NEGATIVE_INFINITY, infinite.getDouble(0, 0));
        assertEquals(Double.POSITIVE_INFINITY, infinite.getDouble(1, 0));
    }

    @Test
    void elboAndImportanceSampledEstimatesHandComputed() {
        INDArray logPxGivenZ = m(new double[] {1, 2});
        INDArray logPz = m(new double[] {0, 0});
        INDArray logQz = m(new double[] {1, 1});
        assertClose(0.5, ref.elboEstimate(logPxGivenZ, logPz, logQz).getDouble(0, 0), Tolerance.EXACT);
        assertClose(Math.log((1 + Math.E) / 2), ref.importanceSampledLogLikelihood(logPxGivenZ, logPz, logQz).getDouble(0, 0),
                Tolerance.EXACT);
    }

    @Test
    void importanceSampledEstimateIsAtLeastTheElboAndStableAtMinus1e4() {
        INDArray a = rng.normal(DataType.DOUBLE, 4, 16).mul(3).sub(1e4);
        INDArray b = rng.normal(DataType.DOUBLE, 4, 16);
        INDArray c = rng.normal(DataType.DOUBLE, 4, 16);
        INDArray is = ref.importanceSampledLogLikelihood(a, b, c);
        INDArray elbo = ref.elboEstimate(a, b, c);
        Arrays64.assertFinite(is);
        for (int n = 0; n < 4; n++) {
            assertTrue(is.getDouble(n, 0) >= elbo.getDouble(n, 0), "Jensen: log E[w] ≥ E[log w]");
        }
    }

    @Test
    void elboPlusKlToThePosteriorEqualsLogEvidenceOnALinearGaussianModel() {
        // z ~ N(0, 1), x | z ~ N(z, 1): p(x) = N(0, 2), p(z | x) = N(x/2, 1/2). q = N(m, s²).
        double x = 0.7;
        double m = 0.1;
        double s = 0.9;
        int k = 4000;
        INDArray eps = rng.normal(DataType.DOUBLE, 1, k);
        INDArray z = eps.mul(s).add(m);
        INDArray logPxGivenZ = ref.logNormal(z.transpose(), Nd4j.valueArrayOf(new long[] {k, 1}, x, DataType.DOUBLE),
                Nd4j.zeros(DataType.DOUBLE, k, 1)).transpose();
        INDArray logPz = ref.logNormal(z.transpose(), Nd4j.zeros(DataType.DOUBLE, k, 1), Nd4j.zeros(DataType.DOUBLE, k, 1)).transpose();
        INDArray logQz = ref.logNormal(z.transpose(), Nd4j.valueArrayOf(new long[] {k, 1}, m, DataType.DOUBLE),
                Nd4j.valueArrayOf(new long[] {k, 1}, 2 * Math.log(s), DataType.DOUBLE)).transpose();
        double elbo = ref.elboEstimate(logPxGivenZ, logPz, logQz).getDouble(0, 0);
        double logPx = -0.5 * (LOG_2PI + Math.log(2) + x * x / 2);
        double gap = ref.klGaussians(m, s, x / 2, Math.sqrt(0.5));
        assertClose(logPx, elbo + gap, new Tolerance("Monte Carlo, 4000 samples", 0.02, 0));
        assertClose(logPx, ref.importanceSampledLogLikelihood(logPxGivenZ, logPz, logQz).getDouble(0, 0),
                new Tolerance("Monte Carlo, 4000 samples", 0.01, 0));
    }

    private INDArray distribution() {
        INDArray w = rng.uniform(DataType.DOUBLE, 0.05, 1, 1, 5);
        return w.div(w.sumNumber().doubleValue());
    }
}
