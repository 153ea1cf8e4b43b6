package latentlab.data;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One mini-batch: {@code x} [B, D] and {@code labels} [B], copies owned by the caller (free
 * to modify). {@code index} counts batches from 0 within the epoch.
 */
public record LabelledBatch(INDArray x, INDArray labels, int index) {
    /** B, the number of rows in this batch. */
    public int size() {
        return (int) x.rows();
    }
}
