package latentlab.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A layer's forward result: its output and the cache its backward pass needs.
 *
 * @param out   the output, [N, out]
 * @param cache the layer's named cache record
 * @param <C>   the cache type
 */
public record Forward<C>(INDArray out, C cache) {
}
