package latentlab.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import latentlab.nn.Parameter;
import latentlab.tensor.Comparison;
import latentlab.tensor.Rng;
import latentlab.tensor.Tolerance;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class OptimizerTest {

    private static Parameter parameter(DataType dtype, double[] value, double[] grad) {
        INDArray v = Nd4j.create(value, new long[] {1, value.length}, 'f').castTo(dtype);
        INDArray g = Nd4j.create(grad, new long[] {1, grad.length}, 'f').castTo(dtype);
        return new Parameter("p", v, g);
    }

    @Test
    void sgdWithMomentumTakesHandComputedSteps() {
        for (DataType dtype : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            Parameter p = parameter(dtype, new double[] {1, -2}, new double[] {0.5, 1});
            Sgd sgd = Sgd.of(0.1, 0.9);
            sgd.updateInPlace(List.of(p)); // v = g = (0.5, 1);  θ = (0.95, -2.1)
            sgd.updateInPlace(List.of(p)); // v = 0.9 v + g = (0.95, 1.9);  θ = (0.855, -2.29)
            assertEquals(0.855, p.value().getDouble(0), 1e-6, dtype.toString());
            assertEquals(-2.29, p.value().getDouble(1), 1e-6, dtype.toString());
            assertEquals(2, sgd.steps());
        }
    }

    @Test
    void adamFirstStepMovesEachParameterByTheLearningRate() {
        // At t = 1, m̂ = g and v̂ = g², so the step is lr·g/(|g| + ε) ≈ lr·sign(g).
        for (DataType dtype : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            Parameter p = parameter(dtype, new double[] {1, 1, 1}, new double[] {3, -0.01, 1e-3});
            Adam.withLearningRate(0.1).updateInPlace(List.of(p));
            assertEquals(0.9, p.value().getDouble(0), 1e-6, dtype.toString());
            assertEquals(1.1, p.value().getDouble(1), 1e-6, dtype.toString());
            assertEquals(1 - 0.1 * 1e-3 / (1e-3 + 1e-8), p.value().getDouble(2), 1e-6, dtype.toString());
        }
    }

    @Test
    void adamFloat32LoopMatchesFloat64Ops() {
        INDArray start = Rng.seeded(1).normal(DataType.DOUBLE, 3, 4).dup('f');
        Parameter p64 = new Parameter("p", start.dup('f'), start.ulike());
        Parameter p32 = new Parameter("p", start.castTo(DataType.FLOAT).dup('f'),
                start.castTo(DataType.FLOAT).ulike().dup('f'));
        Adam a64 = Adam.withLearningRate(0.01);
        Adam a32 = Adam.withLearningRate(0.01);
        Rng rng = Rng.seeded(2);
        for (int step = 0; step < 20; step++) {
            INDArray g = rng.normal(DataType.DOUBLE, 3, 4);
            p64.grad().assign(g);
            p32.grad().assign(g.castTo(DataType.FLOAT));
            a64.updateInPlace(List.of(p64));
            a32.updateInPlace(List.of(p32));
        }
        Comparison c = Comparison.of(p64.value(), p32.value().castTo(DataType.DOUBLE), Tolerance.FLOAT32);
        assertTrue(c.passed(), c.describe());
    }

    @Test
    void adamMinimisesAQuadratic() {
        Parameter p = parameter(DataType.FLOAT, new double[] {3, -4}, new double[] {0, 0});
        Adam adam = Adam.withLearningRate(0.05);
        for (int step = 0; step < 500; step++) {
            p.grad().assign(p.value().mul(2)); // d/dθ of |θ|²
            adam.updateInPlace(List.of(p));
        }
        assertTrue(p.value().norm2Number().doubleValue() < 0.05, "θ = " + p.value());
    }

    @Test
    void adamStateRestoredIntoAFreshOptimizerContinuesIdentically() {
        for (DataType dtype : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            Parameter p = parameter(dtype, new double[] {1, 2, 3}, new double[] {0.5, -1, 2});
            Adam first = Adam.withLearningRate(0.1);
            first.updateInPlace(List.of(p));
            first.updateInPlace(List.of(p));
            Adam.State saved = first.state(List.of(p));
            Parameter copy = new Parameter("p", p.value().dup('f'), p.grad().dup('f'));
            Adam second = Adam.withLearningRate(0.1);
            second.restoreInPlace(List.of(copy), saved);
            first.updateInPlace(List.of(p));
            second.updateInPlace(List.of(copy));
            assertEquals(p.value(), copy.value(), dtype.toString());
            assertEquals(3, second.steps());
        }
    }

    @Test
    void optimizersDoNotModifyGradients() {
        Parameter p = parameter(DataType.FLOAT, new double[] {1, 2}, new double[] {0.3, -0.7});
        INDArray before = p.grad().dup();
        Adam.withLearningRate(0.1).updateInPlace(List.of(p));
        Sgd.of(0.1, 0.5).updateInPlace(List.of(p));
        assertEquals(before, p.grad());
    }

    @Test
    void invalidHyperparametersAreReportedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sgd.of(0.1, 1.0));
        assertEquals("Sgd.Config: momentum must be in [0, 1) but got 1.0.", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Adam.withLearningRate(-1));
        assertEquals("Adam.Config: learningRate must be > 0 but got -1.0.", e.getMessage());
    }
}
