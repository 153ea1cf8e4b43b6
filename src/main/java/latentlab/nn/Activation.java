package latentlab.nn;

import latentlab.tensor.Backend;
import latentlab.tensor.Dense;
import latentlab.tensor.Failure;
import latentlab.tensor.Shapes;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An element-wise activation {@code out = f(x)} with {@code dx = dOut ⊙ f'(x)}; x, out, dOut
 * and dx all have the same shape [N, D]. Subclasses give f and f' twice: as a plain Java
 * loop over float32 values (the training path; f' in terms of out, so backward reads only
 * dOut and out) and with ND4J ops for any other dtype (float64 gradient checks). See {@link Layer} for the buffer and mutation contract.
 */
public abstract class Activation implements Layer<Activation.Cache> {

    /** What backward needs: the input x and the output out, both [N, D]. */
    public record Cache(INDArray x, INDArray out) {
    }

    private final Workspace buffers = new Workspace();
    private float[] in;
    private float[] result;

    protected Activation() {
        Backend.configure();
    }

    @Override
    public final Forward<Cache> forward(INDArray x) {
        Shapes.in(describe() + ".forward").checkFloating("x", x);
        INDArray out = buffers.like("out", x);
        if (Dense.sameLayout(x, out)) {
            in = Dense.read(x, in);
            result = scratchFor(out);
            forwardLoop(in, result, (int) x.length());
            Dense.write(result, out);
        } else {
            out.assign(forwardOps(x));
        }
        return new Forward<>(out, new Cache(x, out));
    }

    @Override
    public final INDArray backward(INDArray dOut, Cache cache) {
        if (!java.util.Arrays.equals(dOut.shape(), cache.out().shape())) {
            throw Failure.in(describe() + ".backward").argument("dOut")
                    .expected(java.util.Arrays.toString(cache.out().shape()) + ", the shape of out")
                    .got(dOut.shape()).exception();
        }
        INDArray dx = buffers.like("dx", cache.x());
        if (Dense.sameLayout(dOut, cache.out(), dx)) {
            in = Dense.read(dOut, in);
            result = Dense.read(cache.out(), result);
            backwardLoop(in, result, (int) dx.length());
            Dense.write(result, dx);
        } else {
            dx.assign(backwardOps(dOut, cache));
        }
        return dx;
    }

    @Override
    public String describe() {
        return getClass().getSimpleName();
    }

    /** out[i] = f(x[i]) for i in [0, n). */
    protected abstract void forwardLoop(float[] x, float[] out, int n);

    /**
     * outThenDx[i] = dOut[i]·f'(x[i]) for i in [0, n), where f' is written in terms of
     * out = f(x), which arrives in {@code outThenDx} and is replaced by dx.
     */
    protected abstract void backwardLoop(float[] dOut, float[] outThenDx, int n);

    /**
     * -1 (all bits set) where {@code v > 0}, including +∞, and 0 where v is zero, negative or NaN,
     * from v's bits and without a branch: {@code v > 0 ? a : b} on random signs costs a mispredicted
     * branch per element, and {@code (a & mask) | (b & ~mask)} on the bits gives the same floats.
     */
    protected static int positiveMask(float v) {
        int bits = Float.floatToRawIntBits(v);
        int atLeastOne = ~((bits - 1) >> 31); // bits ≥ 1 (or -0f, whose bits - 1 wraps)
        int atMostInfinity = (bits - 0x7F800001) >> 31; // bits ≤ +∞'s (false for -0f, whose difference wraps)
        return atLeastOne & atMostInfinity;
    }

    /** {@code mask == -1 ? a : b} for a mask from {@link #positiveMask}. */
    protected static float select(int mask, float a, float b) {
        return Float.intBitsToFloat((Float.floatToRawIntBits(a) & mask) | (Float.floatToRawIntBits(b) & ~mask));
    }

    private float[] scratchFor(INDArray out) {
        return result != null && result.length >= out.length() ? result : new float[(int) out.length()];
    }

    /** f(x) as a new array, with ND4J ops; must not modify x. */
    protected abstract INDArray forwardOps(INDArray x);

    /** dOut ⊙ f'(x) as a new array, with ND4J ops; must not modify its arguments. */
    protected abstract INDArray backwardOps(INDArray dOut, Cache cache);
}
