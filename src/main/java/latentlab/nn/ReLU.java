package latentlab.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** {@code out = max(x, 0)}, {@code dx = dOut ⊙ [x > 0]} (and x &gt; 0 exactly where out &gt; 0); x [N, D]. */
public final class ReLU extends Activation {

    @Override
    protected void forwardLoop(float[] x, float[] out, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = Math.max(x[i], 0f);
        }
    }

    @Override
    protected void backwardLoop(float[] dOut, float[] outThenDx, int n) {
        for (int i = 0; i < n; i++) {
            outThenDx[i] = select(positiveMask(outThenDx[i]), dOut[i], 0f);
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
