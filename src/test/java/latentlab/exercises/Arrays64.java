package latentlab.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import latentlab.tensor.Comparison;
import latentlab.tensor.GradientCheck;
import latentlab.tensor.Tolerance;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Small helpers for the exercise tests: float64 matrices and assertions with readable messages. */
final class Arrays64 {
    /** Below this CS231n-style relative error a float64 analytic gradient is right. */
    static final double GRADIENT_REL_ERROR = 1e-7;

    private Arrays64() {
    }

    /** A float64 matrix from its rows. */
    static INDArray m(double[]... rows) {
        return Nd4j.createFromArray(rows);
    }

    /** A float64 [1, K] row. */
    static INDArray row(double... values) {
        return Nd4j.createFromArray(new double[][] {values});
    }

    static void assertClose(INDArray expected, INDArray got, Tolerance tolerance) {
        Comparison comparison = Comparison.of(expected, got, tolerance);
        assertTrue(comparison.passed(), comparison.describe());
    }

    static void assertClose(double expected, double got, Tolerance tolerance) {
        assertTrue(tolerance.accepts(expected, got), "expected " + expected + " but got " + got + " under " + tolerance);
    }

    /** Analytic and numerical gradients agree (relative error below {@link #GRADIENT_REL_ERROR}). */
    static void assertGradient(INDArray numerical, INDArray analytic) {
        assertEquals(DataType.DOUBLE, numerical.dataType());
        double error = GradientCheck.relError(numerical, analytic.castTo(DataType.DOUBLE));
        assertTrue(error < GRADIENT_REL_ERROR, "gradient relative error " + error + "\nnumerical " + numerical
                + "\nanalytic " + analytic);
    }

    /** Every element finite. */
    static void assertFinite(INDArray a) {
        for (double v : a.castTo(DataType.DOUBLE).dup('c').data().asDouble()) {
            assertTrue(Double.isFinite(v), "non-finite value in " + a);
        }
    }
}
