package latentlab.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import latentlab.tensor.Comparison;
import latentlab.tensor.GradientCheck;
import latentlab.tensor.Rng;
import latentlab.tensor.Tolerance;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class LossTest {
    private final INDArray pred = Rng.seeded(1).normal(DataType.DOUBLE, 4, 3);
    private final INDArray target = Rng.seeded(2).uniform(DataType.DOUBLE, 0, 1, 4, 3);

    @Test
    void mseGradientMatchesNumericalGradientForEveryReduction() {
        for (Reduction r : Reduction.values()) {
            Mse mse = new Mse(r);
            INDArray numerical = GradientCheck.numerical(p -> mse.compute(p, target).value(), pred);
            assertGradient(numerical, mse.compute(pred, target).gradient(), "Mse " + r);
        }
    }

    @Test
    void mseOfHandComputedCase() {
        INDArray p = Nd4j.create(new double[][] {{1, 2}, {3, 4}});
        INDArray t = Nd4j.create(new double[][] {{1, 0}, {0, 4}});
        assertEquals((4 + 9) / 4.0, new Mse().compute(p, t).value(), 1e-12);
        assertEquals((4 + 9) / 2.0, new Mse(Reduction.SUM_OVER_FEATURES).compute(p, t).value(), 1e-12);
    }

    @Test
    void bceGradientMatchesNumericalGradientInFloat64() {
        BceWithLogits bce = new BceWithLogits();
        INDArray numerical = GradientCheck.numerical(p -> bce.compute(p, target).value(), pred);
        assertGradient(numerical, bce.compute(pred, target).gradient(), "BCE");
    }

    @Test
    void bceEqualsTheProbabilityFormAtModerateLogits() {
        double s = 0.7;
        double y = 0.3;
        double p = 1 / (1 + Math.exp(-s));
        double expected = -y * Math.log(p) - (1 - y) * Math.log(1 - p);
        INDArray logits = Nd4j.create(new double[][] {{s}});
        assertEquals(expected, new BceWithLogits().compute(logits, Nd4j.create(new double[][] {{y}})).value(), 1e-12);
    }

    @Test
    void bceIsFiniteAndCorrectAtExtremeLogitsInBothPaths() {
        double[] logits = {1e4, 1e4, -1e4, -1e4, 50, -50};
        double[] targets = {1, 0, 0, 1, 0.5, 0.5};
        // softplus(s) - y·s: exact values, since log1p(e^-|s|) underflows to below 1e-21 here.
        double[] expected = {0, 1e4, 0, 1e4, 25, 25};
        double[] expectedGradient = {0, 1, 0, -1, 0.5, -0.5};
        for (DataType dtype : new DataType[] {DataType.DOUBLE, DataType.FLOAT}) {
            for (int i = 0; i < logits.length; i++) {
                INDArray s = Nd4j.create(new double[][] {{logits[i]}}).castTo(dtype);
                INDArray y = Nd4j.create(new double[][] {{targets[i]}}).castTo(dtype);
                Loss loss = new BceWithLogits().compute(s, y);
                assertEquals(expected[i], loss.value(), 1e-9 * Math.max(1, expected[i]), dtype + " value at " + logits[i]);
                assertEquals(expectedGradient[i], loss.gradient().getDouble(0), 1e-7, dtype + " gradient at " + logits[i]);
            }
        }
    }

    @Test
    void bceFloat32PathMatchesFloat64Path() {
        INDArray logits = Rng.seeded(3).normal(DataType.DOUBLE, 16, 10).muli(6);
        INDArray y = Rng.seeded(4).bernoulli(DataType.DOUBLE, 0.4, 16, 10);
        Loss exact = new BceWithLogits().compute(logits, y);
        for (char order : new char[] {'c', 'f'}) {
            Loss fast = new BceWithLogits().compute(logits.castTo(DataType.FLOAT).dup(order),
                    y.castTo(DataType.FLOAT).dup(order));
            assertEquals(exact.value(), fast.value(), 1e-5 * exact.value());
            Comparison c = Comparison.of(exact.gradient(), fast.gradient().castTo(DataType.DOUBLE), Tolerance.FLOAT32);
            assertTrue(c.passed(), c.describe());
        }
    }

    @Test
    void bceRejectsMismatchedTargetsWithTheirShape() {
        INDArray logits = Nd4j.zeros(DataType.FLOAT, 8, 784);
        INDArray targets = Nd4j.zeros(DataType.FLOAT, 8, 28, 28);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BceWithLogits().compute(logits, targets));
        assertEquals("BceWithLogits.compute: targets must be [N=8, D=784] but got [8, 28, 28].", e.getMessage());
    }

    @Test
    void gaussianNllGradientsMatchNumericalGradients() {
        INDArray logVar = Rng.seeded(5).normal(DataType.DOUBLE, 4, 3);
        GaussianNll nll = new GaussianNll();
        GaussianNll.Result result = nll.compute(target, pred, logVar);
        assertGradient(GradientCheck.numerical(m -> nll.compute(target, m, logVar).value(), pred), result.dMu(), "dMu");
        assertGradient(GradientCheck.numerical(v -> nll.compute(target, pred, v).value(), logVar), result.dLogVar(),
                "dLogVar");
    }

    @Test
    void gaussianNllOfStandardNormalAtZero() {
        INDArray zero = Nd4j.zeros(DataType.DOUBLE, 1, 1);
        double expected = 0.5 * Math.log(2 * Math.PI);
        assertEquals(expected, new GaussianNll().compute(zero, zero, zero).value(), 1e-12);
    }

    @Test
    void lossesDoNotModifyInputs() {
        INDArray logVar = Rng.seeded(6).normal(DataType.DOUBLE, 4, 3);
        INDArray[] inputs = {pred, target, logVar, pred.castTo(DataType.FLOAT), target.castTo(DataType.FLOAT)};
        INDArray[] before = new INDArray[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            before[i] = inputs[i].dup();
        }
        new Mse().compute(pred, target);
        new BceWithLogits().compute(pred, target);
        new BceWithLogits().compute(inputs[3], inputs[4]);
        new GaussianNll().compute(target, pred, logVar);
        for (int i = 0; i < inputs.length; i++) {
            assertEquals(before[i], inputs[i], "input " + i + " was modified");
        }
    }

    private static void assertGradient(INDArray expected, INDArray got, String what) {
        double error = GradientCheck.relError(expected, got);
        assertTrue(error < 1e-7, what + ": relative error " + error);
    }
}
