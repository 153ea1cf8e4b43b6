package latentlab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import latentlab.tensor.GradientCheck;
import latentlab.tensor.Rng;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Test helpers: seeded float64 arrays and the gradient-check assertion. */
final class Arrays64 {
    /** Below this relative error a float64 gradient is right (CS231n's rule of thumb is 1e-7). */
    static final double GRADIENT_REL_ERROR = 1e-7;

    private Arrays64() {
    }

    static INDArray normal(long seed, long... shape) {
        return Rng.seeded(seed).normal(DataType.DOUBLE, shape);
    }

    static void assertGradient(INDArray expected, INDArray got, String what) {
        double error = GradientCheck.relError(expected, got);
        assertTrue(error < GRADIENT_REL_ERROR, what + ": relative error " + error);
    }

    static void assertUnchanged(INDArray before, INDArray after, String what) {
        assertEquals(before, after, what + " was modified");
    }
}
