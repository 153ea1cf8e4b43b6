package latentlab.models;

import java.nio.FloatBuffer;
import latentlab.tensor.Dense;
import latentlab.tensor.Rng;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Shuffled mini-batches of the rows of x [N, D], gathered into one reused float32 'f'
 * buffer per batch size (the layout the layers' GEMMs want), with no per-batch
 * allocation. Each batch is valid until the next one is taken; x is never modified.
 */
final class RowBatches {
    private final float[] source;
    private final int rows;
    private final int cols;
    private final int batchSize;
    private INDArray full;
    private INDArray last;

    RowBatches(INDArray x, int batchSize) {
        INDArray c = x.castTo(DataType.FLOAT).dup('c');
        this.source = c.data().asFloat();
        this.rows = (int) x.rows();
        this.cols = (int) x.columns();
        this.batchSize = batchSize;
    }

    int size() {
        return rows;
    }

    /** The batches of one epoch, in an order drawn from rng. */
    int[] order(Rng rng) {
        return rng.permutation(rows);
    }

    int count() {
        return (rows + batchSize - 1) / batchSize;
    }

    /** Batch b of the epoch with the given order: rows order[b·B .. min(N, (b+1)·B)), as [B', D]. */
    INDArray batch(int[] order, int b) {
        int from = b * batchSize;
        int n = Math.min(rows, from + batchSize) - from;
        INDArray out = buffer(n);
        FloatBuffer o = Dense.floats(out);
        for (int i = 0; i < n; i++) {
            int base = order[from + i] * cols;
            for (int j = 0; j < cols; j++) {
                o.put(j * n + i, source[base + j]);
            }
        }
        return out;
    }

    private INDArray buffer(int n) {
        if (n == batchSize) {
            if (full == null) {
                full = Nd4j.createUninitialized(DataType.FLOAT, new long[] {n, cols}, 'f');
            }
            return full;
        }
        if (last == null || last.rows() != n) {
            last = Nd4j.createUninitialized(DataType.FLOAT, new long[] {n, cols}, 'f');
        }
        return last;
    }
}
