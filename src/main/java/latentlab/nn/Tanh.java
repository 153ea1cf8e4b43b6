package latentlab.nn;

import latentlab.tensor.FastMath;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** {@code out = tanh(x)}, {@code dx = dOut ⊙ (1 - out²)}; x [N, D]. */
public final class Tanh extends Activation {
    private float[] scratch;

    @Override
    protected void forwardLoop(float[] x, float[] out, int n) {
        // tanh(x) = sign(x) (1 - e^-2|x|) / (1 + e^-2|x|), with e^-2|x| in (0, 1]
        for (int i = 0; i < n; i++) {
            out[i] = -2f * Math.abs(x[i]);
        }
        scratch = scratch != null && scratch.length >= n ? scratch : new float[n];
        FastMath.exp(out, out, scratch, n);
        for (int i = 0; i < n; i++) {
            out[i] = Math.copySign((1f - out[i]) / (1f + out[i]), x[i]);
        }
    }

    @Override
    protected void backwardLoop(float[] dOut, float[] outThenDx, int n) {
        for (int i = 0; i < n; i++) {
            float t = outThenDx[i];
            outThenDx[i] = dOut[i] * (1f - t * t);
        }
    }

    @Override
    protected INDArray forwardOps(INDArray x) {
        return Transforms.tanh(x, true);
    }

    @Override
    protected INDArray backwardOps(INDArray dOut, Cache cache) {
        INDArray t = cache.out();
        return dOut.mul(t.mul(t).rsubi(1.0));
    }
}
