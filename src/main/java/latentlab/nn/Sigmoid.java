package latentlab.nn;

import java.nio.FloatBuffer;
import latentlab.tensor.StableMath;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * {@code out = σ(x) = 1 / (1 + e^-x)}, {@code dx = dOut ⊙ out ⊙ (1 - out)}; x [N, D].
 * Computed in the stable form of {@link StableMath#sigmoid}, finite for any finite x.
 */
public final class Sigmoid extends Activation {

    @Override
    protected void forwardLoop(FloatBuffer x, FloatBuffer out, int n) {
        for (int i = 0; i < n; i++) {
            out.put(i, (float) StableMath.sigmoid(x.get(i)));
        }
    }

    @Override
    protected void backwardLoop(FloatBuffer dOut, FloatBuffer x, FloatBuffer out, FloatBuffer dx, int n) {
        for (int i = 0; i < n; i++) {
            float s = out.get(i);
            dx.put(i, dOut.get(i) * s * (1f - s));
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
