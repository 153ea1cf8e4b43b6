package latentlab.exercises;

import static latentlab.exercises.Arrays64.assertClose;
import static latentlab.exercises.Arrays64.assertFinite;
import static latentlab.exercises.Arrays64.assertGradient;
import static latentlab.exercises.Arrays64.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import latentlab.exercises.Reparameterization.ReparameterizeGrads;
import latentlab.exercises.Reparameterization.VaeLossResult;
import latentlab.tensor.GradientCheck;
import latentlab.tensor.Rng;
import latentlab.tensor.Tolerance;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ReparameterizationReferenceTest {
    private static final double LN2 = Math.log(2);
    private final Reparameterization ref = Exercises.reference(Reparameterization.class);
    private final Divergences divergences = Exercises.reference(Divergences.class);
    private final Rng rng = Rng.seeded(3);

    @Test
    void reparameterizeHandComputed() {
        // σ = exp(½ log 4) = 2: z = 2 + 2·(−1) = 0
        INDArray z = ref.reparameterize(m(new double[] {1, 2}), m(new double[] {0, Math.log(4)}), m(new double[] {0.5, -1}));
        assertClose(m(new double[] {1.5, 0}), z, Tolerance.EXACT);
    }

    @Test
    void reparameterizedSamplesHaveMeanMuAndVarianceSigmaSquared() {
        int n = 20000;
        INDArray mu = Nd4j.valueArrayOf(new long[] {n, 1}, 1.5, DataType.DOUBLE);
        INDArray logVar = Nd4j.valueArrayOf(new long[] {n, 1}, Math.log(0.25), DataType.DOUBLE);
        INDArray z = ref.reparameterize(mu, logVar, rng.normal(DataType.DOUBLE, n, 1));
        double mean = z.meanNumber().doubleValue();
        double variance = z.var(false).getDouble(0);
        assertEquals(1.5, mean, 5 * 0.5 / Math.sqrt(n));               // 5 standard errors
        assertEquals(0.25, variance, 5 * 0.25 * Math.sqrt(2.0 / n));
    }

    @Test
    void reparameterizeKeepsMuWhereEpsIsZeroEvenWhenSigmaOverflows() {
        INDArray z = ref.reparameterize(m(new double[] {3, 3}), m(new double[] {1e4, -1e4}), m(new double[] {0, 1}));
        assertClose(m(new double[] {3, 3}), z, Tolerance.EXACT);
    }

    @Test
    void reparameterizeBackwardMatchesNumericalGradient() {
        INDArray mu = rng.normal(DataType.DOUBLE, 3, 2);
        INDArray logVar = rng.normal(DataType.DOUBLE, 3, 2);
        INDArray eps = rng.normal(DataType.DOUBLE, 3, 2);
        INDArray dZ = rng.normal(DataType.DOUBLE, 3, 2);
        ReparameterizeGrads grads = ref.reparameterizeBackward(dZ, logVar, eps);
        assertGradient(GradientCheck.numerical(p -> ref.reparameterize(p, logVar, eps), mu, dZ), grads.dMu());
        assertGradient(GradientCheck.numerical(p -> ref.reparameterize(mu, p, eps), logVar, dZ), grads.dLogVar());
    }

    @Test
    void bceWithLogitsHandComputed() {
        assertClose(LN2, ref.bceWithLogits(m(new double[] {0}), m(new double[] {1})).getDouble(0, 0), Tolerance.EXACT);
        double expected = Math.log1p(Math.exp(-2)) + Math.log1p(Math.exp(-1));
        assertClose(expected, ref.bceWithLogits(m(new double[] {2, -1}), m(new double[] {1, 0})).getDouble(0, 0),
                Tolerance.EXACT);
    }

    @Test
    void bceWithLogitsMatchesTheProbabilityFormOnModerateLogits() {
        INDArray logits = rng.normal(DataType.DOUBLE, 3, 4).mul(3);
        INDArray x = rng.uniform(DataType.DOUBLE, 0, 1, 3, 4);
        INDArray bce = ref.bceWithLogits(logits, x);
        for (int n = 0; n < 3; n++) {
            double sum = 0;
            for (int j = 0; j < 4; j++) {
                double p = 1 / (1 + Math.exp(-logits.getDouble(n, j)));
                double t = x.getDouble(n, j);
                sum -= t * Math.log(p) + (1 - t) * Math.log(1 - p);
            }
            assertClose(sum, bce.getDouble(n, 0), new Tolerance("probability form", 1e-13, 1e-12));
        }
    }

    @Test
    void bceWithLogitsIsFiniteAtPlusMinus1e4() {
        INDArray wrong = ref.bceWithLogits(m(new double[] {1e4, -1e4}), m(new double[] {0, 1}));
        assertClose(2e4, wrong.getDouble(0, 0), Tolerance.EXACT);
        assertClose(0.0, ref.bceWithLogits(m(new double[] {1e4, -1e4}), m(new double[] {1, 0})).getDouble(0, 0),
                Tolerance.EXACT);
        INDArray grad = ref.bceWithLogitsGradient(m(new double[] {1e4, -1e4}), m(new double[] {0, 1}));
        assertClose(m(new double[] {1, -1}), grad, Tolerance.EXACT);
    }

    @Test
    void bceWithLogitsGradientMatchesNumericalGradient() {
        INDArray logits = rng.normal(DataType.DOUBLE, 3, 4).mul(2);
        INDArray x = rng.uniform(DataType.DOUBLE, 0, 1, 3, 4);
        assertGradient(GradientCheck.numerical(p -> ref.bceWithLogits(p, x).sumNumber().doubleValue(), logits),
                ref.bceWithLogitsGradient(logits, x));
    }

    @Test
    void estimatorsHandComputed() {
        assertClose(2.0, ref.pathwiseGradient(m(new double[] {1, 2, 3})).getDouble(0, 0), Tolerance.EXACT);
        // mean(1·1, 2·(−1)) / 2 = −0.25
        assertClose(-0.25, ref.scoreFunctionGradient(m(new double[] {1, 2}), m(new double[] {1, -1}), m(new double[] {2}))
                .getDouble(0, 0), Tolerance.EXACT);
    }

    @Test
    void bothEstimatorsAreUnbiasedAndPathwiseHasTheSmallerVariance() {
        // f(z) = z², d/dμ E[z²] = 2μ; μ = 1, σ = 0.5
        int k = 50000;
        double mu = 1;
        double sigma = 0.5;
        INDArray eps = rng.normal(DataType.DOUBLE, 1, k);
        INDArray z = eps.mul(sigma).add(mu);
        double pathwise = ref.pathwiseGradient(z.mul(2)).getDouble(0, 0);
        double score = ref.scoreFunctionGradient(z.mul(z), eps, m(new double[] {sigma})).getDouble(0, 0);
        double pathwiseSe = z.mul(2).std(true).getDouble(0) / Math.sqrt(k);
        double scoreSe = z.mul(z).mul(eps).div(sigma).std(true).getDouble(0) / Math.sqrt(k);
        assertEquals(2 * mu, pathwise, 5 * pathwiseSe);
        assertEquals(2 * mu, score, 5 * scoreSe);
        assertTrue(pathwiseSe < scoreSe, "pathwise SE " + pathwiseSe + " vs score SE " + scoreSe);
    }

    @Test
    void vaeLossIsTheWeightedSumOfItsPieces() {
        INDArray logits = rng.normal(DataType.DOUBLE, 3, 5);
        INDArray x = rng.uniform(DataType.DOUBLE, 0, 1, 3, 5);
        INDArray mu = rng.normal(DataType.DOUBLE, 3, 2);
        INDArray logVar = rng.normal(DataType.DOUBLE, 3, 2);
        VaeLossResult result = ref.vaeLoss(logits, x, mu, logVar, 0.7);
        double bce = ref.bceWithLogits(logits, x).meanNumber().doubleValue();
        double kl = divergences.klToStandardNormal(mu, logVar).meanNumber().doubleValue();
        assertClose(bce, result.reconstruction(), Tolerance.EXACT);
        assertClose(kl, result.kl(), Tolerance.EXACT);
        assertClose(0.7 * bce + kl, result.loss(), Tolerance.EXACT);
    }

    @Test
    void vaeLossGradientsMatchNumericalGradients() {
        INDArray logits = rng.normal(DataType.DOUBLE, 3, 5);
        INDArray x = rng.uniform(DataType.DOUBLE, 0, 1, 3, 5);
        INDArray mu = rng.normal(DataType.DOUBLE, 3, 2);
        INDArray logVar = rng.normal(DataType.DOUBLE, 3, 2);
        double alpha = 1.3;
        VaeLossResult result = ref.vaeLoss(logits, x, mu, logVar, alpha);
        assertGradient(GradientCheck.numerical(p -> ref.vaeLoss(p, x, mu, logVar, alpha).loss(), logits), result.dLogits());
        assertGradient(GradientCheck.numerical(p -> ref.vaeLoss(logits, x, p, logVar, alpha).loss(), mu), result.dMu());
        assertGradient(GradientCheck.numerical(p -> ref.vaeLoss(logits, x, mu, p, alpha).loss(), logVar),
                result.dLogVar());
    }

    @Test
    void vaeLossIsFiniteForExtremeLogitsAndNegativeLogVarAndWorksOnFloat32() {
        VaeLossResult result = ref.vaeLoss(m(new double[] {1e4, -1e4}), m(new double[] {0, 1}), m(new double[] {0}),
                m(new double[] {-1e4}), 1);
        assertTrue(Double.isFinite(result.loss()));
        assertFinite(result.dLogVar());
        VaeLossResult f32 = ref.vaeLoss(rng.normal(DataType.FLOAT, 2, 3), rng.uniform(DataType.FLOAT, 0, 1, 2, 3),
                rng.normal(DataType.FLOAT, 2, 2), rng.normal(DataType.FLOAT, 2, 2), 1);
        assertEquals(DataType.FLOAT, f32.dLogits().dataType());
        assertEquals(DataType.FLOAT, f32.dMu().dataType());
    }
}
