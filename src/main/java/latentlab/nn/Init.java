package latentlab.nn;

import latentlab.tensor.Rng;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Weight initialisations that keep activations' variance roughly constant through layers:
 *
 * <pre>
 * XAVIER (Glorot, uniform):  w ~ U(-a, a),  a = sqrt(6 / (fanIn + fanOut))   for tanh, sigmoid
 * HE (Kaiming, normal):      w ~ N(0, 2 / fanIn)                             for ReLU
 * </pre>
 *
 * Weights are [fanIn, fanOut] ({@code out = x·w}), in 'f' order. All draws come from the
 * given {@link Rng}, so a seed fixes them.
 */
public enum Init {
    XAVIER {
        @Override
        public INDArray weights(Rng rng, long fanIn, long fanOut, DataType dtype) {
            double a = Math.sqrt(6.0 / (fanIn + fanOut));
            return rng.uniform(DataType.DOUBLE, -a, a, fanIn, fanOut).castTo(dtype).dup('f');
        }
    },
    HE {
        @Override
        public INDArray weights(Rng rng, long fanIn, long fanOut, DataType dtype) {
            double std = Math.sqrt(2.0 / fanIn);
            return rng.normal(DataType.DOUBLE, fanIn, fanOut).muli(std).castTo(dtype).dup('f');
        }
    };

    /** A new [fanIn, fanOut] weight matrix of {@code dtype}, 'f' order. */
    public abstract INDArray weights(Rng rng, long fanIn, long fanOut, DataType dtype);
}
