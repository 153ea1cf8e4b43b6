package latentlab.exercises;

import static latentlab.exercises.Arrays64.assertClose;
import static latentlab.exercises.Arrays64.assertGradient;
import static latentlab.exercises.Arrays64.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import latentlab.exercises.Reconstruction.LinearGrads;
import latentlab.tensor.GradientCheck;
import latentlab.tensor.Rng;
import latentlab.tensor.Tolerance;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class ReconstructionReferenceTest {
    private final Reconstruction ref = Exercises.reference(Reconstruction.class);
    private final Rng rng = Rng.seeded(1);

    @Test
    void mseSumsOverFeaturesAndAveragesOverTheBatch() {
        // squared differences 1, 0, 4, 9: sum 14 over N = 2 rows
        assertClose(7.0, ref.mse(m(new double[] {1, 2}, new double[] {3, 4}), m(new double[] {0, 2}, new double[] {1, 1})),
                Tolerance.EXACT);
        assertClose(0.0, ref.mse(m(new double[] {1, 2}), m(new double[] {1, 2})), Tolerance.EXACT);
    }

    @Test
    void mseGradientIsTwoOverNTimesTheDifference() {
        INDArray grad = ref.mseGradient(m(new double[] {1, 2}, new double[] {3, 4}), m(new double[] {0, 2}, new double[] {1, 1}));
        assertClose(m(new double[] {1, 0}, new double[] {2, 3}), grad, Tolerance.EXACT);
    }

    @Test
    void mseGradientMatchesNumericalGradient() {
        INDArray xHat = rng.normal(DataType.DOUBLE, 3, 4);
        INDArray x = rng.normal(DataType.DOUBLE, 3, 4);
        assertGradient(GradientCheck.numerical(p -> ref.mse(p, x), xHat), ref.mseGradient(xHat, x));
    }

    @Test
    void linearForwardIsXTimesWPlusB() {
        INDArray out = ref.linearForward(m(new double[] {1, 2}), m(new double[] {1, 0, 2}, new double[] {0, 1, 3}),
                m(new double[] {1, 1, 1}));
        assertClose(m(new double[] {2, 3, 9}), out, Tolerance.EXACT);
    }

    @Test
    void linearBackwardMatchesNumericalGradient() {
        INDArray x = rng.normal(DataType.DOUBLE, 3, 4);
        INDArray w = rng.normal(DataType.DOUBLE, 4, 2);
        INDArray b = rng.normal(DataType.DOUBLE, 1, 2);
        INDArray dOut = rng.normal(DataType.DOUBLE, 3, 2);
        LinearGrads grads = ref.linearBackward(dOut, x, w);
        assertGradient(GradientCheck.numerical(p -> ref.linearForward(p, w, b), x, dOut), grads.dx());
        assertGradient(GradientCheck.numerical(p -> ref.linearForward(x, p, b), w, dOut), grads.dW());
        assertGradient(GradientCheck.numerical(p -> ref.linearForward(x, w, p), b, dOut), grads.db());
    }

    @Test
    void corruptGaussianAddsScaledNoise() {
        INDArray x = m(new double[] {1, 2});
        assertClose(m(new double[] {1.5, 1.5}), ref.corruptGaussian(x, m(new double[] {1, -1}), 0.5), Tolerance.EXACT);
        INDArray copy = ref.corruptGaussian(x, m(new double[] {1, -1}), 0);
        assertClose(x, copy, Tolerance.EXACT);
        assertNotSame(x, copy);
    }

    @Test
    void corruptMaskingZeroesMaskedEntries() {
        assertClose(m(new double[] {1, 0, 3}), ref.corruptMasking(m(new double[] {1, 2, 3}), m(new double[] {1, 0, 1})),
                Tolerance.EXACT);
    }

    @Test
    void float32InputsGiveFloat32Outputs() {
        INDArray x = rng.normal(DataType.FLOAT, 2, 3);
        INDArray out = ref.linearForward(x, rng.normal(DataType.FLOAT, 3, 2), rng.normal(DataType.FLOAT, 1, 2));
        assertEquals(DataType.FLOAT, out.dataType());
        assertEquals(DataType.FLOAT, ref.mseGradient(x, x).dataType());
    }

    @Test
    void shapeMismatchNamesTheArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ref.linearForward(rng.normal(DataType.DOUBLE, 2, 3), rng.normal(DataType.DOUBLE, 4, 2),
                        rng.normal(DataType.DOUBLE, 1, 2)));
        assertEquals("Reconstruction.linearForward: w must be [D=3, H] but got [4, 2].", e.getMessage());
        assertTrue(e.getMessage().startsWith("Reconstruction.linearForward"));
    }
}
