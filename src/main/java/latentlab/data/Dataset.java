package latentlab.data;

import java.nio.FloatBuffer;
import java.util.Arrays;
import latentlab.tensor.Backend;
import latentlab.tensor.Dense;
import latentlab.tensor.Failure;
import latentlab.tensor.Rng;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A labelled data set: {@code x} is [N, D] float32 (images flattened row-major, D = 784 for
 * 28×28 digits; or points, D = 2) and {@code labels} is [N] int32.
 *
 * <p>The record holds its arrays without copying them: treat them as read-only. Every method
 * here returns new arrays and leaves this data set unchanged.
 */
public record Dataset(INDArray x, INDArray labels) {

    public Dataset {
        Backend.configure();
        if (x == null || x.rank() != 2) {
            throw Failure.in("Dataset").argument("x").expected("[N, D]")
                    .got(x == null ? "null" : Arrays.toString(x.shape())).exception();
        }
        if (labels == null || labels.rank() != 1 || labels.length() != x.rows()) {
            throw Failure.in("Dataset").argument("labels").expected("[N=" + x.rows() + "]")
                    .got(labels == null ? "null" : Arrays.toString(labels.shape()))
                    .hint("one integer label per row of x").exception();
        }
    }

    /** Wraps a row-major float buffer {@code values} of [n, d] and {@code labels} of [n]. */
    public static Dataset of(float[] values, int n, int d, int[] labels) {
        INDArray x = Nd4j.create(values, new long[] {n, d}, 'c');
        return new Dataset(x, Nd4j.createFromArray(labels));
    }

    /** N, the number of examples. */
    public int size() {
        return (int) x.rows();
    }

    /** D, the number of features per example. */
    public int dim() {
        return (int) x.columns();
    }

    /** A copy of the labels as a Java array. */
    public int[] labelArray() {
        return labels.toIntVector();
    }

    /** Examples {@code from} (inclusive) to {@code to} (exclusive), copied. */
    public Dataset slice(int from, int to) {
        if (from < 0 || to > size() || from > to) {
            throw Failure.in("Dataset.slice").argument("range").expected("0 <= from <= to <= N=" + size())
                    .got("[" + from + ", " + to + ")").exception();
        }
        int[] rows = new int[to - from];
        Arrays.setAll(rows, i -> from + i);
        return rows(rows);
    }

    /** The first {@code n} examples, copied (all of them if there are fewer). */
    public Dataset head(int n) {
        return slice(0, Math.min(n, size()));
    }

    /** The examples at {@code rows}, in that order, copied. */
    public Dataset rows(int... rows) {
        return rows(rows, labelArray());
    }

    /** {@link #rows(int...)} with the labels already unpacked (batching calls this many times). */
    Dataset rows(int[] rows, int[] allLabels) {
        for (int r : rows) {
            if (r < 0 || r >= size()) {
                throw Failure.in("Dataset.rows").argument("rows").expected("indices in [0, " + size() + ")")
                        .got(String.valueOf(r)).exception();
            }
        }
        int[] pickedLabels = new int[rows.length];
        Arrays.setAll(pickedLabels, i -> allLabels[rows[i]]);
        return new Dataset(gather(rows), Nd4j.createFromArray(pickedLabels));
    }

    /** Copies rows by bulk float copies when x is a dense row-major float32 matrix (ND4J's getRows is slow). */
    private INDArray gather(int[] rows) {
        if (rows.length == 0) {
            return Nd4j.create(x.dataType(), 0, dim());
        }
        if (x.dataType() != DataType.FLOAT || x.ordering() != 'c' || !Dense.contiguous(x)) {
            return x.getRows(rows);
        }
        FloatBuffer source = Dense.floats(x);
        int d = dim();
        float[] out = new float[rows.length * d];
        for (int i = 0; i < rows.length; i++) {
            source.get(rows[i] * d, out, i * d, d);
        }
        return Nd4j.create(out, new long[] {rows.length, d}, 'c');
    }

    /** The examples whose label is {@code label}, copied, in their original order. */
    public Dataset withLabel(int label) {
        int[] all = labelArray();
        return rows(java.util.stream.IntStream.range(0, all.length).filter(i -> all[i] == label).toArray());
    }

    /** The first {@code trainSize} examples as train, the rest as test (both copied). */
    public Split split(int trainSize) {
        if (trainSize < 0 || trainSize > size()) {
            throw Failure.in("Dataset.split").argument("trainSize").expected("in [0, N=" + size() + "]")
                    .got(String.valueOf(trainSize)).exception();
        }
        return new Split(slice(0, trainSize), slice(trainSize, size()));
    }

    /** A shuffled copy; the order is a permutation drawn from {@code rng}. */
    public Dataset shuffled(Rng rng) {
        return rows(rng.permutation(size()));
    }

    /**
     * Mini-batches of {@code batchSize} in an order shuffled by {@code rng} (drawn once, when
     * this is called). The last batch is smaller when N is not a multiple of the batch size.
     */
    public Batches batches(int batchSize, Rng rng) {
        return new Batches(this, batchSize, rng.permutation(size()), false);
    }

    /** Mini-batches in the stored order, without shuffling (for evaluation). */
    public Batches batchesInOrder(int batchSize) {
        int[] order = new int[size()];
        Arrays.setAll(order, i -> i);
        return new Batches(this, batchSize, order, false);
    }

    /** The same data as float32 (a no-op when it already is). */
    public Dataset asFloat() {
        return x.dataType() == DataType.FLOAT ? this : new Dataset(x.castTo(DataType.FLOAT), labels);
    }

    @Override
    public String toString() {
        return "Dataset[N=" + size() + ", D=" + dim() + ", " + x.dataType() + "]";
    }
}
