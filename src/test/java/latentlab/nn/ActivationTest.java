package latentlab.nn;

import static latentlab.nn.Arrays64.assertGradient;
import static latentlab.nn.Arrays64.assertUnchanged;
import static latentlab.nn.Arrays64.normal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import java.util.stream.Stream;
import latentlab.tensor.Comparison;
import latentlab.tensor.GradientCheck;
import latentlab.tensor.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ActivationTest {

    static Stream<Supplier<Activation>> activations() {
        return Stream.of(ReLU::new, () -> new LeakyReLU(0.2), Sigmoid::new, Tanh::new);
    }

    @Test
    void branchFreeMasksPickTheSameFloatsAsComparisons() {
        float[] values = {0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, 1f, -1f, Float.MAX_VALUE,
                Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, Float.intBitsToFloat(0xFFC00000)};
        for (float v : values) {
            assertEquals(v > 0f ? -1 : 0, Activation.positiveMask(v), "mask of " + Float.floatToRawIntBits(v));
            assertEquals(Float.floatToRawIntBits(v > 0f ? 2.5f : -0f),
                    Float.floatToRawIntBits(Activation.select(Activation.positiveMask(v), 2.5f, -0f)), "select at " + v);
        }
    }

    @Test
    void leakyReluAndReluKeepSignsOfZeroAndInfinities() {
        INDArray x = Nd4j.create(new float[] {-0f, 0f, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, -2f, 3f},
                new long[] {1, 6});
        assertEquals("[-0.0, 0.0, -Infinity, Infinity, -0.4, 3.0]",
                java.util.Arrays.toString(new LeakyReLU(0.2).forward(x).out().data().asFloat()));
        ReLU relu = new ReLU();
        INDArray dOut = Nd4j.create(new float[] {-1f, -1f, Float.POSITIVE_INFINITY, 5f, -7f, -8f}, new long[] {1, 6});
        assertEquals("[0.0, 0.0, 0.0, 5.0, 0.0, -8.0]",
                java.util.Arrays.toString(relu.backward(dOut, relu.forward(x).cache()).data().asFloat()));
    }

    @ParameterizedTest
    @MethodSource("activations")
    void backwardMatchesNumericalGradient(Supplier<Activation> make) {
        // Shifted away from 0, where ReLU's kink would spoil central differences.
        INDArray x = normal(11, 5, 4);
        x.addi(org.nd4j.linalg.ops.transforms.Transforms.sign(x, true).muli(0.1));
        INDArray dOut = normal(12, 5, 4);
        Activation f = make.get();
        INDArray dx = f.backward(dOut, f.forward(x).cache()).dup();
        INDArray numerical = GradientCheck.numerical(p -> make.get().forward(p).out().dup(), x, dOut);
        assertGradient(numerical, dx, f.describe() + " dx");
    }

    @ParameterizedTest
    @MethodSource("activations")
    void float32LoopMatchesFloat64Ops(Supplier<Activation> make) {
        INDArray x = normal(13, 6, 7).muli(3);
        INDArray dOut = normal(14, 6, 7);
        Activation exact = make.get();
        Forward<Activation.Cache> reference = exact.forward(x);
        INDArray referenceDx = exact.backward(dOut, reference.cache());
        for (char order : new char[] {'c', 'f'}) {
            Activation fast = make.get();
            Forward<Activation.Cache> forward = fast.forward(x.castTo(DataType.FLOAT).dup(order));
            assertClose(reference.out(), forward.out(), fast.describe() + " out");
            INDArray dx = fast.backward(dOut.castTo(DataType.FLOAT).dup(order), forward.cache());
            assertClose(referenceDx, dx, fast.describe() + " dx");
        }
    }

    @ParameterizedTest
    @MethodSource("activations")
    void forwardAndBackwardDoNotModifyInputs(Supplier<Activation> make) {
        for (DataType dtype : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            INDArray x = normal(15, 3, 4).castTo(dtype);
            INDArray dOut = normal(16, 3, 4).castTo(dtype);
            INDArray xBefore = x.dup();
            INDArray dOutBefore = dOut.dup();
            Activation f = make.get();
            f.backward(dOut, f.forward(x).cache());
            assertUnchanged(xBefore, x, "x");
            assertUnchanged(dOutBefore, dOut, "dOut");
        }
    }

    @Test
    void handComputedValues() {
        INDArray x = Nd4j.create(new float[] {-2, 0, 3}, new long[] {1, 3});
        assertEquals(Nd4j.create(new float[] {0, 0, 3}, new long[] {1, 3}), new ReLU().forward(x).out());
        assertEquals(Nd4j.create(new float[] {-0.4f, 0, 3}, new long[] {1, 3}), new LeakyReLU(0.2).forward(x).out());
        INDArray s = new Sigmoid().forward(Nd4j.create(new float[] {0}, new long[] {1, 1})).out();
        assertEquals(0.5, s.getDouble(0), 0);
    }

    @Test
    void sigmoidIsFiniteAtExtremeInputs() {
        INDArray x = Nd4j.create(new float[] {-1e4f, -100, 100, 1e4f}, new long[] {1, 4});
        INDArray out = new Sigmoid().forward(x).out();
        assertEquals(Nd4j.create(new float[] {0, 0, 1, 1}, new long[] {1, 4}), out);
    }

    @Test
    void columnBlockViewsUseTheirOwnElements() {
        INDArray whole = normal(17, 4, 6).castTo(DataType.FLOAT).dup('f');
        INDArray right = whole.get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                org.nd4j.linalg.indexing.NDArrayIndex.interval(3, 6));
        INDArray out = new Tanh().forward(right).out();
        assertClose(org.nd4j.linalg.ops.transforms.Transforms.tanh(right.dup(), false), out, "tanh of a view");
    }

    private static void assertClose(INDArray expected, INDArray got, String what) {
        Comparison c = Comparison.of(expected.castTo(DataType.DOUBLE), got.castTo(DataType.DOUBLE), Tolerance.FLOAT32);
        assertTrue(c.passed(), what + ": " + c.describe());
    }
}
