package latentlab.nn;

import static latentlab.nn.Arrays64.assertGradient;
import static latentlab.nn.Arrays64.assertUnchanged;
import static latentlab.nn.Arrays64.normal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import latentlab.tensor.Comparison;
import latentlab.tensor.GradientCheck;
import latentlab.tensor.Rng;
import latentlab.tensor.Tolerance;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class LinearTest {
    private final INDArray x = normal(1, 4, 3);
    private final INDArray w = normal(2, 3, 5);
    private final INDArray b = normal(3, 1, 5);
    private final INDArray dOut = normal(4, 4, 5);

    @Test
    void affineForwardComputesXwPlusB() {
        INDArray x1 = Nd4j.create(new double[][] {{1, 2}});
        INDArray w1 = Nd4j.create(new double[][] {{1, 0, -1}, {2, 1, 0}});
        INDArray b1 = Nd4j.create(new double[][] {{0.5, 0, 1}});
        INDArray out = Linear.affineForward(x1, w1, b1).out();
        assertEquals(Nd4j.create(new double[][] {{5.5, 2, 0}}), out);
    }

    @Test
    void affineBackwardMatchesNumericalGradient() {
        Linear.Gradients g = Linear.affineBackward(dOut, Linear.affineForward(x, w, b).cache());
        assertGradient(GradientCheck.numerical(p -> Linear.affineForward(p, w, b).out(), x, dOut), g.dx(), "dx");
        assertGradient(GradientCheck.numerical(p -> Linear.affineForward(x, p, b).out(), w, dOut), g.dw(), "dw");
        assertGradient(GradientCheck.numerical(p -> Linear.affineForward(x, w, p).out(), b, dOut), g.db(), "db");
    }

    @Test
    void layerMatchesTextbookPairInFloat64() {
        Linear layer = Linear.of(w, b);
        Forward<Linear.Cache> forward = layer.forward(x);
        assertPasses(Linear.affineForward(x, w, b).out(), forward.out(), Tolerance.CLOSE);
        Linear.Gradients expected = Linear.affineBackward(dOut, Linear.affineForward(x, w, b).cache());
        assertPasses(expected.dx(), layer.backward(dOut, forward.cache()), Tolerance.CLOSE);
        assertPasses(expected.dw(), layer.parameters().get(0).grad(), Tolerance.CLOSE);
        assertPasses(expected.db(), layer.parameters().get(1).grad(), Tolerance.CLOSE);
    }

    @Test
    void float32LayerMatchesFloat64ForBothInputOrders() {
        Linear layer = Linear.of(w.castTo(DataType.FLOAT), b.castTo(DataType.FLOAT));
        for (char order : new char[] {'c', 'f'}) {
            INDArray x32 = x.castTo(DataType.FLOAT).dup(order);
            Forward<Linear.Cache> forward = layer.forward(x32);
            assertPasses(Linear.affineForward(x, w, b).out(), forward.out(), Tolerance.FLOAT32);
            INDArray dx = layer.backward(dOut.castTo(DataType.FLOAT).dup(order), forward.cache());
            Linear.Gradients expected = Linear.affineBackward(dOut, Linear.affineForward(x, w, b).cache());
            assertPasses(expected.dx(), dx, Tolerance.FLOAT32);
            assertPasses(expected.dw(), layer.parameters().get(0).grad(), Tolerance.FLOAT32);
            assertPasses(expected.db(), layer.parameters().get(1).grad(), Tolerance.FLOAT32);
        }
    }

    @Test
    void backwardParametersGivesTheSameGradientsAsBackward() {
        Linear layer = Linear.of(w, b);
        Forward<Linear.Cache> forward = layer.forward(x);
        layer.backward(dOut, forward.cache());
        INDArray dw = layer.parameters().get(0).grad().dup();
        layer.parameters().get(0).grad().assign(0);
        layer.backwardParameters(dOut, forward.cache());
        assertEquals(dw, layer.parameters().get(0).grad());
    }

    @Test
    void forwardAndBackwardDoNotModifyInputs() {
        INDArray xBefore = x.dup();
        INDArray wBefore = w.dup();
        INDArray bBefore = b.dup();
        INDArray dOutBefore = dOut.dup();
        Linear.affineBackward(dOut, Linear.affineForward(x, w, b).cache());
        Linear layer = Linear.of(w, b);
        layer.backward(dOut, layer.forward(x).cache());
        assertUnchanged(xBefore, x, "x");
        assertUnchanged(wBefore, w, "w");
        assertUnchanged(bBefore, b, "b");
        assertUnchanged(dOutBefore, dOut, "dOut");
    }

    @Test
    void wrongInputShapeIsReportedWithSymbolsAndHint() {
        Linear layer = Linear.create(784, 10, Init.HE, Rng.seeded(0));
        INDArray images = Nd4j.zeros(DataType.FLOAT, 64, 28, 28);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> layer.forward(images));
        assertEquals("Linear.forward: x must be [N, D] but got [64, 28, 28]. "
                + "Hint: flatten images to rows first, one sample per row.", e.getMessage());
        INDArray rows = Nd4j.zeros(DataType.FLOAT, 64, 100);
        e = assertThrows(IllegalArgumentException.class, () -> layer.forward(rows));
        assertEquals("Linear.forward: w must be [D=100, H] but got [784, 10]. "
                + "Hint: flatten images to rows first, one sample per row.", e.getMessage());
    }

    @Test
    void sameSeedGivesSameWeights() {
        INDArray first = Linear.create(6, 4, Init.XAVIER, Rng.seeded(7)).weight();
        INDArray second = Linear.create(6, 4, Init.XAVIER, Rng.seeded(7)).weight();
        assertEquals(first, second);
    }

    private static void assertPasses(INDArray expected, INDArray got, Tolerance tolerance) {
        Comparison c = Comparison.of(expected.castTo(DataType.DOUBLE), got.castTo(DataType.DOUBLE), tolerance);
        org.junit.jupiter.api.Assertions.assertTrue(c.passed(), c.describe());
    }
}
