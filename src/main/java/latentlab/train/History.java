package latentlab.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import latentlab.tensor.Failure;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * What a fit recorded, as two Tablesaw tables with columns {@code epoch, step, <metrics…>}:
 * one row per step, and one row per epoch holding the mean of that epoch's steps (its
 * {@code step} is the epoch's last step).
 *
 * @param steps  one row per training step
 * @param epochs one row per epoch, metric means
 */
public record History(Table steps, Table epochs) {

    /** The metric names, in column order. */
    public List<String> metrics() {
        List<String> names = new ArrayList<>(steps.columnNames());
        names.remove("epoch");
        names.remove("step");
        return names;
    }

    /** The last epoch's mean of {@code metric}. */
    public double last(String metric) {
        if (!epochs.columnNames().contains(metric) || epochs.rowCount() == 0) {
            throw Failure.in("History.last").argument("metric").expected("one of " + metrics())
                    .got("'" + metric + "'" + (epochs.rowCount() == 0 ? " with no epochs recorded" : "")).exception();
        }
        return epochs.doubleColumn(metric).getDouble(epochs.rowCount() - 1);
    }

    /** Collects rows while a fit runs; metric columns are fixed by the first step's metrics. */
    static final class Recorder {
        private final Table steps = Table.create("steps");
        private final Table epochs = Table.create("epochs");
        private final Map<String, double[]> epochSums = new LinkedHashMap<>();
        private int epochSteps;

        void record(Batch batch, Metrics metrics) {
            if (steps.columnCount() == 0) {
                addColumns(steps, metrics);
                addColumns(epochs, metrics);
            }
            if (!metrics.values().keySet().equals(epochSums.keySet())) {
                throw Failure.in("Fit").argument("metrics of step " + batch.step())
                        .expected("the names of the first step's metrics " + epochSums.keySet())
                        .got(metrics.values().keySet().toString()).exception();
            }
            steps.intColumn("epoch").append(batch.epoch());
            steps.intColumn("step").append((int) batch.step());
            metrics.values().forEach((name, value) -> {
                steps.doubleColumn(name).append(value);
                epochSums.get(name)[0] += value;
            });
            epochSteps++;
        }

        /** Closes an epoch and returns the means of its steps' metrics. */
        Metrics endEpoch(int epoch, long lastStep) {
            Map<String, Double> means = new LinkedHashMap<>();
            epochSums.forEach((name, sum) -> {
                means.put(name, sum[0] / Math.max(epochSteps, 1));
                sum[0] = 0;
            });
            if (epochs.columnCount() > 0) {
                epochs.intColumn("epoch").append(epoch);
                epochs.intColumn("step").append((int) lastStep);
                means.forEach((name, mean) -> epochs.doubleColumn(name).append(mean));
            }
            epochSteps = 0;
            return new Metrics(means);
        }

        History history() {
            return new History(steps, epochs);
        }

        private void addColumns(Table table, Metrics metrics) {
            table.addColumns(IntColumn.create("epoch"), IntColumn.create("step"));
            for (String name : metrics.values().keySet()) {
                table.addColumns(DoubleColumn.create(name));
                epochSums.putIfAbsent(name, new double[1]);
            }
        }
    }
}
