package latentlab.nn;

import java.nio.FloatBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** {@code out = max(x, 0)}, {@code dx = dOut ⊙ [x > 0]}; x [N, D]. */
public final class ReLU extends Activation {

    @Override
    protected void forwardLoop(FloatBuffer x, FloatBuffer out, int n) {
        for (int i = 0; i < n; i++) {
            out.put(i, Math.max(x.get(i), 0f));
        }
    }

    @Override
    protected void backwardLoop(FloatBuffer dOut, FloatBuffer x, FloatBuffer out, FloatBuffer dx, int n) {
        for (int i = 0; i < n; i++) {
            dx.put(i, x.get(i) > 0f ? dOut.get(i) : 0f);
        }
    }

    @Override
    protected INDArray forwardOps(INDArray x) {
        return Transforms.relu(x, true);
    }

    @Override
    protected INDArray backwardOps(INDArray dOut, Cache cache) {
        return dOut.mul(cache.x().gt(0).castTo(dOut.dataType()));
    }
}
