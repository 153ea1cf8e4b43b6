package latentlab.nn;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One step of a network as a forward/backward pair, CS231n style: {@code forward} returns
 * the output and a named cache; {@code backward} takes the upstream gradient
 * {@code dOut = dL/dout} and that cache and returns {@code dx = dL/dx}.
 *
 * <p><b>Buffers.</b> To keep training allocation-free, a layer writes its output and its
 * {@code dx} into buffers it owns (one per batch size) and the cache refers to them and to
 * the input. They stay valid until the same layer's next {@code forward} (or
 * {@code backward}); {@code dup()} a result to keep it longer. So use one layer instance per
 * position in a network, and run a batch's backward before the next batch's forward (to
 * push two batches through one layer, concatenate them). Inputs are never modified.
 *
 * <p><b>Gradients.</b> {@code backward} overwrites the gradient of each of the layer's
 * {@link #parameters()}.
 *
 * @param <C> the layer's cache record
 */
public interface Layer<C> {

    /** The output for input {@code x} [N, in] and what backward needs. Does not modify {@code x}. */
    Forward<C> forward(INDArray x);

    /**
     * {@code dx} [N, in] from {@code dOut} [N, out]; also sets the parameters' gradients.
     * Does not modify {@code dOut} or the cache's arrays.
     */
    INDArray backward(INDArray dOut, C cache);

    /**
     * {@code dx} [N, in] only, leaving the parameters' gradients as they were: for passing a
     * gradient through a network whose parameters this step does not update (a GAN's
     * discriminator during the generator's step). Same dx as {@link #backward}.
     */
    default INDArray backwardInput(INDArray dOut, C cache) {
        return backward(dOut, cache);
    }

    /** Sets the parameters' gradients only; skips {@code dx} when no one needs it (a first layer). */
    default void backwardParameters(INDArray dOut, C cache) {
        backward(dOut, cache);
    }

    /** The trainable parameters, each a value and its gradient buffer; empty for activations. */
    default List<Parameter> parameters() {
        return List.of();
    }

    /** A short name for messages and summaries, e.g. {@code "Linear(784 -> 400)"}. */
    String describe();
}
