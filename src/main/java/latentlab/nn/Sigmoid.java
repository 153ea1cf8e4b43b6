package latentlab.nn;

import latentlab.tensor.FastMath;
import latentlab.tensor.StableMath;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * {@code out = σ(x) = 1 / (1 + e^-x)}, {@code dx = dOut ⊙ out ⊙ (1 - out)}; x [N, D].
 * Computed in the stable form of {@link StableMath#sigmoid}, finite for any finite x.
 */
public final class Sigmoid extends Activation {
    private float[] scratch;

    /** σ(x) = 1/(1 + e) for x ≥ 0 and e/(1 + e) for x &lt; 0, e = e^-|x|, in loops without branches. */
    @Override
    protected void forwardLoop(float[] x, float[] out, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = -Math.abs(x[i]);
        }
        scratch = scratch != null && scratch.length >= n ? scratch : new float[n];
        FastMath.exp(out, out, scratch, n);
        for (int i = 0; i < n; i++) {
            // the numerator, 1 or e: max(e, 1) = 1 where x ≥ 2^-100, and e = 1 anyway for 0 ≤ x < 2^-100
            float positive = Math.min(1f, Math.max(0f, x[i] * 0x1p100f));
            out[i] = Math.max(out[i], positive) / (1f + out[i]);
        }
    }

    @Override
    protected void backwardLoop(float[] dOut, float[] outThenDx, int n) {
        for (int i = 0; i < n; i++) {
            float s = outThenDx[i];
            outThenDx[i] = dOut[i] * s * (1f - s);
        }
    }

    @Override
    protected INDArray forwardOps(INDArray x) {
        return Transforms.sigmoid(x, true);
    }

    @Override
    protected INDArray backwardOps(INDArray dOut, Cache cache) {
        INDArray s = cache.out();
        return dOut.mul(s).muli(s.rsub(1.0));
    }
}
