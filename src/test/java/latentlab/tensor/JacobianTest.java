package latentlab.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

class JacobianTest {
    private static final double NUMERICAL = 1e-8;
    private static final double EXACT = 1e-12;

    @Test
    void jacobianOfALinearMapIsTheTransposedWeight() {
        INDArray w = Rng.seeded(1).normal(DataType.DOUBLE, 3, 2);   // f(x) = x·W, [1, 3] → [1, 2]
        INDArray x = Rng.seeded(2).normal(DataType.DOUBLE, 1, 3);
        INDArray j = Jacobian.numerical(p -> p.mmul(w), x);
        assertEquals(2, j.rows());
        assertEquals(3, j.columns());
        assertTrue(GradientCheck.relError(w.transpose(), j) < NUMERICAL, j.toString());
    }

    @Test
    void jacobianOfAnElementwiseMapIsDiagonal() {
        INDArray x = Nd4j.createFromArray(new double[][] {{0.3, -1.2, 2.0}});
        INDArray j = Jacobian.numerical(p -> Transforms.exp(p, true), x);
        assertTrue(GradientCheck.relError(Nd4j.diag(Transforms.exp(x, true).reshape(3)), j) < NUMERICAL, j.toString());
    }

    @Test
    void pointIsLeftUnchanged() {
        INDArray x = Nd4j.createFromArray(new float[][] {{0.5f, -1.5f}});
        INDArray before = x.dup();
        Jacobian.numerical(p -> p.mul(p), x);
        assertEquals(before, x);
    }

    @Test
    void logAbsDetOfHandComputedMatrices() {
        // det [[2, 1], [4, 3]] = 2; a row swap changes the sign, not |det|.
        assertEquals(Math.log(2), Jacobian.logAbsDet(Nd4j.createFromArray(new double[][] {{2, 1}, {4, 3}})), EXACT);
        assertEquals(Math.log(2), Jacobian.logAbsDet(Nd4j.createFromArray(new double[][] {{4, 3}, {2, 1}})), EXACT);
        // Needs a pivot (the leading entry is 0): det = 0·9 − 1·(8 − 12) + 2·(−3) = −2.
        INDArray a = Nd4j.createFromArray(new double[][] {{0, 1, 2}, {1, 0, 3}, {4, -3, 8}});
        assertEquals(Math.log(2), Jacobian.logAbsDet(a), EXACT);
        INDArray singular = Nd4j.createFromArray(new double[][] {{1, 2}, {2, 4}});
        assertEquals(Double.NEGATIVE_INFINITY, Jacobian.logAbsDet(singular));
    }

    @Test
    void logAbsDetLeavesTheMatrixUnchanged() {
        INDArray a = Nd4j.createFromArray(new double[][] {{0, 1}, {3, 5}});
        INDArray before = a.dup();
        assertEquals(Math.log(3), Jacobian.logAbsDet(a), EXACT);
        assertEquals(before, a);
    }

    @Test
    void badShapesAreNamed() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Jacobian.logAbsDet(Nd4j.zeros(DataType.DOUBLE, 2, 3)));
        assertEquals("Jacobian.logAbsDet: a must be [D, D] but got [2, 3]. "
                + "Hint: a determinant needs a square matrix.", e.getMessage());
        var row = assertThrows(IllegalArgumentException.class,
                () -> Jacobian.numerical(p -> p, Nd4j.zeros(DataType.DOUBLE, 2, 3)));
        assertEquals("Jacobian.numerical: x must be [1, D] but got [2, 3].", row.getMessage());
        var out = assertThrows(IllegalArgumentException.class,
                () -> Jacobian.numerical(p -> p.transpose(), Nd4j.zeros(DataType.DOUBLE, 1, 3)));
        assertEquals("Jacobian.numerical: f(x) must be a row [1, E] but got [3, 1].", out.getMessage());
    }
}
