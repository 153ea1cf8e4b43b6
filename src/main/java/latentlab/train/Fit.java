package latentlab.train;

import java.nio.FloatBuffer;
import latentlab.tensor.Dense;
import latentlab.tensor.Failure;
import latentlab.tensor.Rng;
import latentlab.tensor.Shapes;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The minimal training loop: for each epoch, shuffle the rows with a permutation drawn
 * from the seed, cut them into mini-batches, and run the training step on each.
 *
 * <pre>{@code
 * History h = Fit.with(new Fit.Config(10, 128, 42))
 *                .progress(Progress.printing(System.out))
 *                .run(x, batch -> model.trainStep(batch.x()));
 * }</pre>
 *
 * Rows of {@code x} (and {@code y}) are gathered into column-major batch buffers that
 * are reused from step to step; {@code x} and {@code y} are never modified. The same seed
 * gives the same batches in the same order.
 */
public final class Fit {

    /**
     * @param epochs    passes over the data, &gt; 0
     * @param batchSize rows per batch, &gt; 0; the last batch of an epoch holds what is left
     * @param seed      fixes the shuffling
     */
    public record Config(int epochs, int batchSize, long seed) {
        public Config {
            if (epochs <= 0) {
                throw Failure.in("Fit.Config").argument("epochs").expected("> 0").got(String.valueOf(epochs)).exception();
            }
            if (batchSize <= 0) {
                throw Failure.in("Fit.Config").argument("batchSize").expected("> 0").got(String.valueOf(batchSize))
                        .exception();
            }
        }

        public Config withEpochs(int e) {
            return new Config(e, batchSize, seed);
        }

        public Config withBatchSize(int b) {
            return new Config(epochs, b, seed);
        }

        public Config withSeed(long s) {
            return new Config(epochs, batchSize, s);
        }
    }

    private final Config config;
    private final Progress progress;

    private Fit(Config config, Progress progress) {
        this.config = config;
        this.progress = progress;
    }

    public static Fit with(Config config) {
        return new Fit(config, Progress.silent());
    }

    /** The same fit, reporting to {@code progress}. */
    public Fit progress(Progress listener) {
        return new Fit(config, listener);
    }

    /** Fits on inputs {@code x} [N, D] alone (autoencoders, VAEs, GANs). */
    public History run(INDArray x, TrainingStep step) {
        return run(x, null, step);
    }

    /** Fits on inputs {@code x} [N, D] with targets {@code y} [N, K] (or null). */
    public History run(INDArray x, INDArray y, TrainingStep step) {
        Shapes shapes = Shapes.in("Fit.run").check("x", x, "N", "D").checkFloating("x", x);
        if (y != null) {
            shapes.check("y", y, "N", "K");
        }
        int n = (int) x.size(0);
        int stepsPerEpoch = (n + config.batchSize() - 1) / config.batchSize();
        Rng rng = Rng.seeded(config.seed());
        History.Recorder recorder = new History.Recorder();
        Gather gatherX = new Gather(x);
        Gather gatherY = y == null ? null : new Gather(y);
        progress.started(config.epochs(), stepsPerEpoch);
        long stepCount = 0;
        for (int epoch = 0; epoch < config.epochs(); epoch++) {
            int[] order = rng.permutation(n);
            for (int start = 0; start < n; start += config.batchSize()) {
                int size = Math.min(config.batchSize(), n - start);
                Batch batch = new Batch(gatherX.rows(order, start, size),
                        gatherY == null ? null : gatherY.rows(order, start, size), epoch, stepCount);
                Metrics metrics = step.run(batch);
                recorder.record(batch, metrics);
                progress.stepDone(batch, metrics);
                stepCount++;
            }
            progress.epochDone(epoch, recorder.endEpoch(epoch, stepCount - 1));
        }
        History history = recorder.history();
        progress.finished(history);
        return history;
    }

    /** Copies chosen rows of a source [N, D] into a reused 'f'-order buffer [B, D]. */
    private static final class Gather {
        private static final int ROWS_AT_ONCE = 8;
        private final INDArray source;
        private final FloatBuffer sourceFloats;
        private final int columns;
        private INDArray full;
        private INDArray last;
        private float[] rowValues;
        private float[] batchValues;

        Gather(INDArray source) {
            boolean rowMajorFloat = source.dataType() == DataType.FLOAT && source.ordering() == 'c'
                    && Dense.contiguous(source);
            this.source = source;
            this.sourceFloats = rowMajorFloat ? Dense.floats(source) : null;
            this.columns = (int) source.size(1);
        }

        INDArray rows(int[] order, int start, int size) {
            INDArray out = bufferFor(size);
            if (sourceFloats == null) {
                int[] picked = java.util.Arrays.copyOfRange(order, start, start + size);
                out.assign(source.getRows(picked));
                return out;
            }
            batchValues = batchValues != null && batchValues.length >= size * columns ? batchValues
                    : new float[size * columns];
            rowValues = rowValues != null ? rowValues : new float[ROWS_AT_ONCE * columns];
            // a few rows at a time, so that each column of the batch gets a short contiguous run
            for (int first = 0; first < size; first += ROWS_AT_ONCE) {
                int rows = Math.min(ROWS_AT_ONCE, size - first);
                for (int r = 0; r < rows; r++) {
                    sourceFloats.get(order[start + first + r] * columns, rowValues, r * columns, columns);
                }
                for (int j = 0; j < columns; j++) {
                    for (int r = 0; r < rows; r++) {
                        batchValues[j * size + first + r] = rowValues[r * columns + j];
                    }
                }
            }
            Dense.write(batchValues, out);
            return out;
        }

        private INDArray bufferFor(int size) {
            if (full == null || full.size(0) == size) {
                if (full == null) {
                    full = Nd4j.createUninitialized(source.dataType(), new long[] {size, columns}, 'f');
                }
                return full;
            }
            if (last == null || last.size(0) != size) {
                last = Nd4j.createUninitialized(source.dataType(), new long[] {size, columns}, 'f');
            }
            return last;
        }
    }
}
