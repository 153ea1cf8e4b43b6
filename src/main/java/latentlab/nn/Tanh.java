package latentlab.nn;

import java.nio.FloatBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** {@code out = tanh(x)}, {@code dx = dOut ⊙ (1 - out²)}; x [N, D]. */
public final class Tanh extends Activation {

    @Override
    protected void forwardLoop(FloatBuffer x, FloatBuffer out, int n) {
        for (int i = 0; i < n; i++) {
            out.put(i, (float) Math.tanh(x.get(i)));
        }
    }

    @Override
    protected void backwardLoop(FloatBuffer dOut, FloatBuffer x, FloatBuffer out, FloatBuffer dx, int n) {
        for (int i = 0; i < n; i++) {
            float t = out.get(i);
            dx.put(i, dOut.get(i) * (1f - t * t));
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
