package latentlab.data;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import latentlab.tensor.Failure;

/**
 * One epoch of mini-batches over a {@link Dataset}, in an order fixed when it was made
 * (see {@link Dataset#batches(int, latentlab.tensor.Rng)}). Iterable any number of times,
 * always in the same order. Each {@link LabelledBatch} is a fresh copy of its rows.
 *
 * <pre>{@code
 * for (LabelledBatch b : train.batches(128, rng)) { ... b.x() ... }   // x: [B, D], labels: [B]
 * }</pre>
 */
public final class Batches implements Iterable<LabelledBatch> {
    private final Dataset data;
    private final int batchSize;
    private final int[] order;
    private final boolean dropLast;
    private final int[] labels;

    Batches(Dataset data, int batchSize, int[] order, boolean dropLast) {
        if (batchSize <= 0) {
            throw Failure.in("Dataset.batches").argument("batchSize").expected("a positive integer")
                    .got(String.valueOf(batchSize)).exception();
        }
        this.data = data;
        this.batchSize = batchSize;
        this.order = order;
        this.dropLast = dropLast;
        this.labels = data.labelArray();
    }

    /** The same batches without the last one when it is smaller than the batch size. */
    public Batches dropLast() {
        return new Batches(data, batchSize, order, true);
    }

    /** The number of batches in one pass. */
    public int count() {
        return dropLast ? order.length / batchSize : (order.length + batchSize - 1) / batchSize;
    }

    public int batchSize() {
        return batchSize;
    }

    @Override
    public Iterator<LabelledBatch> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count();
            }

            @Override
            public LabelledBatch next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("all " + count() + " batches were taken");
                }
                int from = next * batchSize;
                int to = Math.min(order.length, from + batchSize);
                Dataset rows = data.rows(Arrays.copyOfRange(order, from, to), labels);
                return new LabelledBatch(rows.x(), rows.labels(), next++);
            }
        };
    }
}
