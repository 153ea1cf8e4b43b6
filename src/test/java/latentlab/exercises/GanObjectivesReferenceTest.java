package latentlab.exercises;

import static latentlab.exercises.Arrays64.assertClose;
import static latentlab.exercises.Arrays64.assertGradient;
import static latentlab.exercises.Arrays64.m;
import static latentlab.exercises.Arrays64.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import latentlab.exercises.GanObjectives.DiscriminatorGrads;
import latentlab.tensor.GradientCheck;
import latentlab.tensor.Rng;
import latentlab.tensor.Tolerance;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class GanObjectivesReferenceTest {
    private static final double LN2 = Math.log(2);
    private final GanObjectives ref = Exercises.reference(GanObjectives.class);
    private final Rng rng = Rng.seeded(4);

    @Test
    void optimalDiscriminatorIsTheDensityRatioAndHalfWhereBothVanish() {
        INDArray d = ref.optimalDiscriminator(row(0.2, 0.5, 0, 0), row(0.2, 0.25, 0.3, 0));
        assertClose(row(0.5, 2.0 / 3, 0, 0.5), d, Tolerance.EXACT);
    }

    @Test
    void jensenShannonHandComputedAndBounds() {
        assertClose(0.0, ref.jensenShannon(row(0.3, 0.7), row(0.3, 0.7)), Tolerance.EXACT);
        assertClose(LN2, ref.jensenShannon(row(1, 0), row(0, 1)), Tolerance.EXACT);
        // m = (0.75, 0.25): ½[½ log(2/3) + ½ log 2] + ½ log(4/3)
        double expected = 0.5 * (0.5 * Math.log(2.0 / 3) + 0.5 * LN2) + 0.5 * Math.log(4.0 / 3);
        assertClose(expected, ref.jensenShannon(row(0.5, 0.5), row(1, 0)), Tolerance.EXACT);
        assertClose(expected, ref.jensenShannon(row(1, 0), row(0.5, 0.5)), Tolerance.EXACT);
    }

    @Test
    void valueAtOptimumIsMinusLog4PlusTwiceTheJsd() {
        for (int i = 0; i < 20; i++) {
            INDArray pData = distribution();
            INDArray pG = distribution();
            double value = ref.valueAtOptimum(pData, pG);
            assertClose(-Math.log(4) + 2 * ref.jensenShannon(pData, pG), value, Tolerance.EXACT);
            assertTrue(value >= -Math.log(4));
        }
        INDArray p = distribution();
        assertClose(-Math.log(4), ref.valueAtOptimum(p, p), Tolerance.EXACT);
        assertClose(0.0, ref.valueAtOptimum(row(1, 0), row(0, 1)), Tolerance.EXACT);
    }

    @Test
    void lossesHandComputedAtLogitZero() {
        assertClose(2 * LN2, ref.discriminatorLoss(m(new double[] {0}), m(new double[] {0})), Tolerance.EXACT);
        assertClose(-LN2, ref.generatorLossSaturating(m(new double[] {0})), Tolerance.EXACT);
        assertClose(LN2, ref.generatorLossNonSaturating(m(new double[] {0})), Tolerance.EXACT);
        assertClose(m(new double[] {-0.5}), ref.generatorLossSaturatingGradient(m(new double[] {0})), Tolerance.EXACT);
        assertClose(m(new double[] {-0.5}), ref.generatorLossNonSaturatingGradient(m(new double[] {0})), Tolerance.EXACT);
    }

    @Test
    void lossesAreFiniteAndExactAtPlusMinus1e4() {
        assertClose(0.0, ref.discriminatorLoss(m(new double[] {1e4}), m(new double[] {-1e4})), Tolerance.EXACT);
        assertClose(2e4, ref.discriminatorLoss(m(new double[] {-1e4}), m(new double[] {1e4})), Tolerance.EXACT);
        assertClose(-1e4, ref.generatorLossSaturating(m(new double[] {1e4})), Tolerance.EXACT);
        assertClose(1e4, ref.generatorLossNonSaturating(m(new double[] {-1e4})), Tolerance.EXACT);
        DiscriminatorGrads grads = ref.discriminatorLossGradient(m(new double[] {-1e4}), m(new double[] {1e4}));
        assertClose(m(new double[] {-1}), grads.dRealLogits(), Tolerance.EXACT);
        assertClose(m(new double[] {1}), grads.dFakeLogits(), Tolerance.EXACT);
    }

    @Test
    void saturatingGradientVanishesWhereNonSaturatingDoesNot() {
        INDArray rejected = m(new double[] {-10});
        double saturating = Math.abs(ref.generatorLossSaturatingGradient(rejected).getDouble(0, 0));
        double nonSaturating = Math.abs(ref.generatorLossNonSaturatingGradient(rejected).getDouble(0, 0));
        assertEquals(1 / (1 + Math.exp(10)), saturating, 1e-18);
        assertTrue(nonSaturating > 0.9999);
    }

    @Test
    void gradientsMatchNumericalGradients() {
        INDArray real = rng.normal(DataType.DOUBLE, 3, 1).mul(2);
        INDArray fake = rng.normal(DataType.DOUBLE, 4, 1).mul(2);
        DiscriminatorGrads grads = ref.discriminatorLossGradient(real, fake);
        assertGradient(GradientCheck.numerical(p -> ref.discriminatorLoss(p, fake), real), grads.dRealLogits());
        assertGradient(GradientCheck.numerical(p -> ref.discriminatorLoss(real, p), fake), grads.dFakeLogits());
        assertGradient(GradientCheck.numerical(ref::generatorLossSaturating, fake),
                ref.generatorLossSaturatingGradient(fake));
        assertGradient(GradientCheck.numerical(ref::generatorLossNonSaturating, fake),
                ref.generatorLossNonSaturatingGradient(fake));
    }

    private INDArray distribution() {
        INDArray w = rng.uniform(DataType.DOUBLE, 0.05, 1, 1, 6);
        return w.div(w.sumNumber().doubleValue());
    }
}
