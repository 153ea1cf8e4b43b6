package latentlab.nn;

import latentlab.tensor.Failure;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * {@code out = x} where x &gt; 0, else {@code slope·x}; {@code dx = dOut ⊙ (x > 0 ? 1 : slope)};
 * x [N, D]. The usual slope for GAN discriminators is 0.2.
 */
public final class LeakyReLU extends Activation {
    private final float slope;

    public LeakyReLU(double slope) {
        if (!(slope >= 0 && slope < 1)) {
            throw Failure.in("LeakyReLU").argument("slope").expected("in [0, 1)").got(String.valueOf(slope))
                    .exception();
        }
        this.slope = (float) slope;
    }

    /** Slope 0.01. */
    public LeakyReLU() {
        this(0.01);
    }

    public double slope() {
        return slope;
    }

    @Override
    protected void forwardLoop(float[] x, float[] out, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = select(positiveMask(x[i]), x[i], slope * x[i]);
        }
    }

    @Override
    protected void backwardLoop(float[] dOut, float[] outThenDx, int n) {
        // out > 0 exactly where x > 0, since slope >= 0
        for (int i = 0; i < n; i++) {
            outThenDx[i] = select(positiveMask(outThenDx[i]), dOut[i], slope * dOut[i]);
        }
    }

    @Override
    protected INDArray forwardOps(INDArray x) {
        INDArray positive = x.gt(0).castTo(x.dataType());
        // x where positive, slope·x elsewhere: x·(slope + (1 - slope)·[x > 0])
        return x.mul(positive.mul(1 - (double) slope).addi((double) slope));
    }

    @Override
    protected INDArray backwardOps(INDArray dOut, Cache cache) {
        INDArray positive = cache.x().gt(0).castTo(dOut.dataType());
        return dOut.mul(positive.mul(1 - (double) slope).addi((double) slope));
    }

    @Override
    public String describe() {
        return "LeakyReLU(" + slope + ")";
    }
}
