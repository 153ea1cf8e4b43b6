package latentlab.models;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import latentlab.train.Batch;
import latentlab.train.Fit;
import latentlab.train.History;
import latentlab.train.Metrics;
import latentlab.train.Progress;
import latentlab.train.TrainingStep;
import org.nd4j.linalg.api.ndarray.INDArray;
import tech.tablesaw.api.Table;

/**
 * The models' use of {@link Fit}: runs more epochs of a model's step and appends one row per
 * epoch to the model's own history (which a checkpoint carries across restarts): epoch
 * (counting all epochs so far, from 1), step, the epoch's mean train metrics, then the
 * evaluation's metrics (e.g. test ELBO) and the epoch's seconds. The progress listener sees
 * the same row after each epoch.
 */
final class Training {
    private Training() {
    }

    /**
     * @param history    the model's history, appended to in place
     * @param x          training rows [N, D]
     * @param seed       the model's seed; the shuffling is fixed by (seed, epochs already done),
     *                   so a run resumed from a checkpoint continues exactly
     * @param evaluation metrics computed after each epoch (test set), or null
     * @param steps      the optimizer's step count after each epoch, for the step column
     */
    static void run(Table history, INDArray x, int epochs, int batchSize, long seed, TrainingStep step,
                    Supplier<Map<String, Double>> evaluation, Supplier<Long> steps, Progress progress) {
        int done = history.rowCount();
        Progress listener = new Progress() {
            private long start;

            @Override
            public void started(int total, int stepsPerEpoch) {
                start = System.nanoTime();
                progress.started(total, stepsPerEpoch);
            }

            @Override
            public void stepDone(Batch batch, Metrics metrics) {
                progress.stepDone(batch, metrics);
            }

            @Override
            public void epochDone(int epoch, Metrics means) {
                Map<String, Number> row = new LinkedHashMap<>();
                row.put("epoch", done + epoch + 1);
                row.put("step", steps.get().intValue());
                Map<String, Double> all = new LinkedHashMap<>(means.values());
                if (evaluation != null) {
                    all.putAll(evaluation.get());
                }
                row.putAll(all);
                row.put("seconds", (System.nanoTime() - start) / 1e9);
                start = System.nanoTime();
                Histories.append(history, row);
                progress.epochDone(epoch, new Metrics(all));
            }

            @Override
            public void finished(History ignored) {
                progress.finished(new History(Table.create("steps"), history.copy()));
            }
        };
        Fit.with(new Fit.Config(epochs, batchSize, seedFor(seed, done))).progress(listener).run(x, step);
    }

    /** The seed of the shuffling and noise for a run that starts after {@code epochsDone} epochs. */
    static long seedFor(long seed, int epochsDone) {
        return seed * 1_000_003L + epochsDone;
    }
}
