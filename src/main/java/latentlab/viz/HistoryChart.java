package latentlab.viz;

import java.util.ArrayList;
import java.util.List;
import latentlab.tensor.Failure;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Loss curves from a training history table (one row per logged step; columns such as
 * {@code epoch}, {@code step}, {@code loss}, {@code kl}, ...): one line per metric against
 * the x column. Missing values (NaN, as when a metric is logged only once per epoch) are
 * skipped, so sparse metrics still draw. The table is read, never modified.
 *
 * <pre>{@code
 * XYChart chart = HistoryChart.of(history);                     // x = step (or epoch), all metrics
 * XYChart chart = HistoryChart.of(history, "epoch", "loss", "kl");
 * }</pre>
 */
public final class HistoryChart {
    private static final List<String> X_COLUMNS = List.of("step", "epoch", "iteration");

    private HistoryChart() {
    }

    /** Every numeric metric against {@code step} (else {@code epoch}, else {@code iteration}). */
    public static XYChart of(Table history) {
        requireTable(history);
        String x = X_COLUMNS.stream().filter(history::containsColumn).findFirst().orElseThrow(() ->
                Failure.in("HistoryChart.of").argument("history").expected("a column named step, epoch or iteration")
                        .got("columns " + history.columnNames()).hint("name the x column: of(table, x, metrics...)")
                        .exception());
        List<String> metrics = new ArrayList<>();
        for (Column<?> column : history.columns()) {
            if (column instanceof NumericColumn<?> && !X_COLUMNS.contains(column.name())) {
                metrics.add(column.name());
            }
        }
        return of(history, x, metrics.toArray(String[]::new));
    }

    /** The named {@code metrics} against column {@code x}. */
    public static XYChart of(Table history, String x, String... metrics) {
        requireTable(history);
        if (metrics.length == 0) {
            throw Failure.in("HistoryChart.of").argument("metrics").expected("at least one metric column")
                    .got("none; numeric columns are " + numericColumns(history)).exception();
        }
        double[] xs = numeric(history, x);
        XYChart chart = Charts.xyChart(null, x, metrics.length == 1 ? metrics[0] : "value");
        for (String metric : metrics) {
            double[] ys = numeric(history, metric);
            double[][] kept = finitePairs(xs, ys);
            if (kept[0].length == 0) {
                throw Failure.in("HistoryChart.of").argument(metric).expected("at least one finite value")
                        .got("only NaN/Inf in " + ys.length + " rows").exception();
            }
            chart.addSeries(metric, kept[0], kept[1]).setMarker(kept[0].length > 60 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
        }
        return chart;
    }

    private static double[] numeric(Table table, String name) {
        if (!table.containsColumn(name)) {
            throw Failure.in("HistoryChart.of").argument(name).expected("a column of the history table")
                    .got("columns " + table.columnNames()).exception();
        }
        if (!(table.column(name) instanceof NumericColumn<?> column)) {
            throw Failure.in("HistoryChart.of").argument(name).expected("a numeric column")
                    .got(table.column(name).type().name()).exception();
        }
        return column.asDoubleArray();
    }

    private static double[][] finitePairs(double[] xs, double[] ys) {
        int n = 0;
        for (int i = 0; i < xs.length; i++) {
            if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                n++;
            }
        }
        double[][] kept = new double[2][n];
        for (int i = 0, j = 0; i < xs.length; i++) {
            if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                kept[0][j] = xs[i];
                kept[1][j++] = ys[i];
            }
        }
        return kept;
    }

    private static List<String> numericColumns(Table table) {
        return table.columns().stream().filter(c -> c instanceof NumericColumn<?>).map(Column::name).toList();
    }

    private static void requireTable(Table history) {
        if (history == null || history.rowCount() == 0) {
            throw Failure.in("HistoryChart.of").argument("history").expected("a table with at least one row")
                    .got(history == null ? "null" : "an empty table").exception();
        }
    }
}
