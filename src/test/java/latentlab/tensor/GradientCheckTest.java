package latentlab.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

class GradientCheckTest {

    @Test
    void gradientOfSumOfSquaresIsTwoX() {
        INDArray x = Nd4j.create(new double[][] {{1, -2}, {0.5, 3}});
        INDArray numerical = GradientCheck.numerical(p -> p.mul(p).sumNumber().doubleValue(), x);
        assertTrue(GradientCheck.relError(x.mul(2), numerical) < 1e-9);
    }

    @Test
    void gradientOfSumOfExpIsExp() {
        INDArray x = Rng.seeded(1).normal(DataType.DOUBLE, 3, 3);
        INDArray numerical = GradientCheck.numerical(p -> Transforms.exp(p, true).sumNumber().doubleValue(), x);
        assertTrue(GradientCheck.relError(Transforms.exp(x, true), numerical) < 1e-9);
    }

    @Test
    void arrayFunctionIsWeightedByUpstream() {
        // d/dx Σ u ⊙ sin(x) = u ⊙ cos(x)
        INDArray x = Rng.seeded(2).normal(DataType.DOUBLE, 2, 4);
        INDArray u = Rng.seeded(3).normal(DataType.DOUBLE, 2, 4);
        INDArray numerical = GradientCheck.numerical(p -> Transforms.sin(p, true), x, u);
        assertTrue(GradientCheck.relError(Transforms.cos(x, true).mul(u), numerical) < 1e-9);
    }

    @Test
    void float32InputIsCheckedOnAFloat64CopyAndLeftUnchanged() {
        INDArray x = Nd4j.create(new float[] {0.5f, -1.5f});
        INDArray before = x.dup();
        INDArray numerical = GradientCheck.numerical(p -> {
            assertEquals(DataType.DOUBLE, p.dataType());
            return p.mul(p).mul(p).sumNumber().doubleValue();
        }, x);
        assertEquals(before, x);
        assertEquals(3 * 0.25, numerical.getDouble(0), 1e-8);
        assertEquals(3 * 2.25, numerical.getDouble(1), 1e-8);
    }

    @Test
    void relErrorIsMaxDifferenceOverScale() {
        INDArray a = Nd4j.create(new double[] {1, 2});
        INDArray b = Nd4j.create(new double[] {1, 2.5});
        assertEquals(0.5 / (2 + 2.5), GradientCheck.relError(a, b), 1e-15);
        assertEquals(0, GradientCheck.relError(Nd4j.zeros(2), Nd4j.zeros(2)), 0);
    }
}
