package latentlab.exercises;

import static latentlab.exercises.Arrays64.assertClose;
import static latentlab.exercises.Arrays64.assertGradient;
import static latentlab.exercises.Arrays64.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import latentlab.exercises.Flows.CouplingGrads;
import latentlab.exercises.Flows.CouplingResult;
import latentlab.tensor.GradientCheck;
import latentlab.tensor.Rng;
import latentlab.tensor.Tolerance;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

class FlowsReferenceTest {
    private static final INDArray MASK = m(new double[] {1, 0, 1, 0, 0});
    private final Flows ref = Exercises.reference(Flows.class);
    private final Rng rng = Rng.seeded(6);

    @Test
    void forwardHandComputedIgnoringSAndTOnPassThroughFeatures() {
        // feature 0 passes through; feature 1: 2·exp(ln 2) + 1 = 5; logDet = ln 2
        CouplingResult result = ref.affineCouplingForward(m(new double[] {1, 2}), m(new double[] {1, 0}),
                m(new double[] {9, Math.log(2)}), m(new double[] {9, 1}));
        assertClose(m(new double[] {1, 5}), result.output(), Tolerance.EXACT);
        assertClose(m(new double[] {Math.log(2)}), result.logDet(), Tolerance.EXACT);
    }

    @Test
    void inverseOfForwardIsTheIdentityAndLogDetsCancel() {
        INDArray x = rng.normal(DataType.DOUBLE, 4, 5);
        INDArray s = rng.normal(DataType.DOUBLE, 4, 5);
        INDArray t = rng.normal(DataType.DOUBLE, 4, 5);
        CouplingResult forward = ref.affineCouplingForward(x, MASK, s, t);
        CouplingResult inverse = ref.affineCouplingInverse(forward.output(), MASK, s, t);
        assertClose(x, inverse.output(), new Tolerance("round trip", 1e-12, 1e-12));
        assertClose(forward.logDet().neg(), inverse.logDet(), Tolerance.EXACT);
    }

    @Test
    void logDetIsTheLogOfTheJacobiansDiagonalProduct() {
        // With s and t given, ∂y/∂x is diagonal, so d(Σ y)/dx is its diagonal.
        INDArray x = rng.normal(DataType.DOUBLE, 3, 5);
        INDArray s = rng.normal(DataType.DOUBLE, 3, 5);
        INDArray t = rng.normal(DataType.DOUBLE, 3, 5);
        INDArray diagonal = GradientCheck.numerical(p -> ref.affineCouplingForward(p, MASK, s, t).output()
                .sumNumber().doubleValue(), x);
        INDArray logDet = Transforms.log(diagonal).sum(true, 1);
        assertClose(logDet, ref.affineCouplingForward(x, MASK, s, t).logDet(), new Tolerance("finite differences", 1e-8, 1e-8));
    }

    @Test
    void backwardMatchesNumericalGradients() {
        INDArray x = rng.normal(DataType.DOUBLE, 3, 5);
        INDArray s = rng.normal(DataType.DOUBLE, 3, 5);
        INDArray t = rng.normal(DataType.DOUBLE, 3, 5);
        INDArray dY = rng.normal(DataType.DOUBLE, 3, 5);
        INDArray dLogDet = rng.normal(DataType.DOUBLE, 3, 1);
        CouplingGrads grads = ref.affineCouplingBackward(dY, dLogDet, x, MASK, s);
        assertGradient(GradientCheck.numerical(p -> loss(p, s, t, dY, dLogDet), x), grads.dx());
        assertGradient(GradientCheck.numerical(p -> loss(x, p, t, dY, dLogDet), s), grads.dS());
        assertGradient(GradientCheck.numerical(p -> loss(x, s, p, dY, dLogDet), t), grads.dT());
    }

    private double loss(INDArray x, INDArray s, INDArray t, INDArray dY, INDArray dLogDet) {
        CouplingResult r = ref.affineCouplingForward(x, MASK, s, t);
        return r.output().mul(dY).sumNumber().doubleValue() + r.logDet().mul(dLogDet).sumNumber().doubleValue();
    }

    @Test
    void uniformDequantizeMapsEachLevelIntoItsInterval() {
        INDArray y = ref.uniformDequantize(m(new double[] {0, 255, 7}), m(new double[] {0.5, 0.999, 0}), 256);
        assertClose(m(new double[] {0.5 / 256, 255.999 / 256, 7.0 / 256}), y, Tolerance.EXACT);
        INDArray x = m(new double[] {3, 0, 255}, new double[] {128, 1, 254});
        INDArray back = Transforms.floor(ref.uniformDequantize(x, rng.uniform(DataType.DOUBLE, 0, 1, 2, 3), 256).mul(256));
        assertEquals(x, back);
    }

    @Test
    void uniformDequantizeRejectsLevelsBelowOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ref.uniformDequantize(m(new double[] {0}), m(new double[] {0.5}), 0));
        assertEquals("Flows.uniformDequantize: levels must be K >= 1 but got 0.", e.getMessage());
    }

    @Test
    void float32InputsGiveFloat32Outputs() {
        INDArray x = rng.normal(DataType.FLOAT, 2, 5);
        CouplingResult r = ref.affineCouplingForward(x, MASK.castTo(DataType.FLOAT), rng.normal(DataType.FLOAT, 2, 5),
                rng.normal(DataType.FLOAT, 2, 5));
        assertEquals(DataType.FLOAT, r.output().dataType());
        assertTrue(r.logDet().dataType() == DataType.FLOAT);
    }
}
