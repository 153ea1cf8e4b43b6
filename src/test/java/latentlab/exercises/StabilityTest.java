package latentlab.exercises;

import static latentlab.exercises.Arrays64.assertFinite;
import static org.junit.jupiter.api.Assertions.assertTrue;

import latentlab.exercises.GanObjectives.DiscriminatorGrads;
import latentlab.exercises.Reparameterization.VaeLossResult;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The stability bar: reference results stay finite wherever the true value is a finite double,
 * for logits in [−1e4, 1e4] and logVar in [−1e4, 700] (beyond ≈709, e^logVar itself exceeds the
 * largest double, so KL-type terms are +∞ by the spec).
 */
class StabilityTest {
    private static final double[] LOGITS = {-1e4, -1e3, -40, -1, 0, 1, 40, 1e3, 1e4};
    private static final double[] LOG_VARS = {-1e4, -1e3, -40, -1, 0, 1e-12, 1, 40, 700};
    private final Reparameterization reparam = Exercises.reference(Reparameterization.class);
    private final GanObjectives gan = Exercises.reference(GanObjectives.class);
    private final Divergences divergences = Exercises.reference(Divergences.class);

    private static INDArray column(double... values) {
        double[][] rows = new double[values.length][1];
        for (int i = 0; i < values.length; i++) {
            rows[i][0] = values[i];
        }
        return Nd4j.createFromArray(rows);
    }

    private static INDArray filled(int rows, double value) {
        return Nd4j.valueArrayOf(new long[] {rows, 1}, value, DataType.DOUBLE);
    }

    @Test
    void logitFunctionsAreFiniteOverTheWholeRange() {
        INDArray logits = column(LOGITS);
        int n = LOGITS.length;
        for (double target : new double[] {0, 0.3, 1}) {
            assertFinite(reparam.bceWithLogits(logits, filled(n, target)));
            assertFinite(reparam.bceWithLogitsGradient(logits, filled(n, target)));
        }
        assertTrue(Double.isFinite(gan.discriminatorLoss(logits, logits)));
        DiscriminatorGrads grads = gan.discriminatorLossGradient(logits, logits);
        assertFinite(grads.dRealLogits());
        assertFinite(grads.dFakeLogits());
        assertTrue(Double.isFinite(gan.generatorLossSaturating(logits)));
        assertTrue(Double.isFinite(gan.generatorLossNonSaturating(logits)));
        assertFinite(gan.generatorLossSaturatingGradient(logits));
        assertFinite(gan.generatorLossNonSaturatingGradient(logits));
    }

    @Test
    void logVarFunctionsAreFiniteOverTheRangeWhereTheMathIs() {
        INDArray logVar = column(LOG_VARS);
        int n = LOG_VARS.length;
        INDArray mu = filled(n, 0.5);
        INDArray eps = filled(n, -0.7);
        assertFinite(divergences.klToStandardNormal(mu, logVar));
        assertFinite(divergences.klToStandardNormalGradient(mu, logVar).dLogVar());
        assertFinite(divergences.logNormal(mu, mu, logVar));
        assertFinite(reparam.reparameterize(mu, logVar, eps));
        assertFinite(reparam.reparameterizeBackward(filled(n, 1), logVar, eps).dLogVar());
        VaeLossResult result = reparam.vaeLoss(column(LOGITS), filled(n, 1), mu, logVar, 1);
        assertTrue(Double.isFinite(result.loss()));
        assertFinite(result.dLogits());
        assertFinite(result.dLogVar());
    }

    @Test
    void logMeanExpIsFiniteForLogWeightsOfPlusMinus1e4() {
        INDArray logWeights = Nd4j.createFromArray(new double[][] {{-1e4, -1e4 + 1, -1e4 - 50}, {1e4, 1e4 - 3, -1e4}});
        assertFinite(divergences.logMeanExp(logWeights));
        assertFinite(divergences.importanceSampledLogLikelihood(logWeights, logWeights.neg(), logWeights));
    }
}
