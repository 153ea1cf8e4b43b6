package latentlab.train;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One mini-batch handed to a training step. The arrays are buffers the fit loop reuses for
 * the next batch: read them during the step, {@code dup()} them to keep them.
 *
 * @param x      inputs [B, D] (B is the batch size; the last batch of an epoch may be smaller)
 * @param y      targets [B, K], or null when fitting without targets
 * @param epoch  0-based epoch
 * @param step   0-based step, counted over the whole run
 */
public record Batch(INDArray x, INDArray y, int epoch, long step) {

    public int size() {
        return (int) x.size(0);
    }
}
