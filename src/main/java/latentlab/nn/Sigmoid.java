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

    @Override
    protected void forwardLoop(float[] x, float[] out, int n) {
        for (int i = 0; i < n; i++) {
            float e = FastMath.exp(-Math.abs(x[i]));
            out[i] = x[i] >= 0f ? 1f / (1f + e) : e / (1f + e);
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
