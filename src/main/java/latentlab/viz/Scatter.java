package latentlab.viz;

import java.util.Arrays;
import java.util.TreeMap;
import latentlab.tensor.Failure;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Scatter plots of 2-D points: toy data, samples from a generator, latent codes. Arrays are
 * read, never modified.
 *
 * <pre>{@code
 * XYChart chart = Scatter.byLabel(z, labels);     // z: [N, 2], labels: [N], one colour per class
 * Scatter.add(chart, "generated", fake);          // overlay more points
 * }</pre>
 */
public final class Scatter {
    private static final int MARKER_SIZE = 4;

    private Scatter() {
    }

    /** One series named {@code name}. points: [N, 2]. */
    public static XYChart of(String name, INDArray points) {
        XYChart chart = scatterChart();
        add(chart, name, points);
        return chart;
    }

    /** One series per distinct label, coloured by {@link Charts#labelColor(int)}. points: [N, 2], labels: [N]. */
    public static XYChart byLabel(INDArray points, INDArray labels) {
        double[][] xy = columns("Scatter.byLabel", points);
        if (labels == null || labels.length() != xy[0].length) {
            throw Failure.in("Scatter.byLabel").argument("labels").expected("[N=" + xy[0].length + "]")
                    .got(labels == null ? "null" : Arrays.toString(labels.shape())).exception();
        }
        int[] label = labels.toIntVector();
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        for (int k : label) {
            counts.merge(k, 1, Integer::sum);
        }
        XYChart chart = scatterChart();
        for (int k : counts.keySet()) {
            double[] xs = new double[counts.get(k)];
            double[] ys = new double[xs.length];
            for (int i = 0, j = 0; i < label.length; i++) {
                if (label[i] == k) {
                    xs[j] = xy[0][i];
                    ys[j++] = xy[1][i];
                }
            }
            series(chart, String.valueOf(k), xs, ys).setMarkerColor(Charts.labelColor(k));
        }
        return chart;
    }

    /** Adds {@code points} [N, 2] to {@code chart} as a new series (mutates the chart; returns it). */
    public static XYChart add(XYChart chart, String name, INDArray points) {
        double[][] xy = columns("Scatter.add", points);
        series(chart, name, xy[0], xy[1]);
        return chart;
    }

    private static XYSeries series(XYChart chart, String name, double[] xs, double[] ys) {
        if (chart.getSeriesMap().containsKey(name)) {
            throw Failure.in("Scatter.add").argument("name").expected("a new series name")
                    .got("'" + name + "', already in the chart").exception();
        }
        XYSeries series = chart.addSeries(name, xs, ys);
        series.setMarker(SeriesMarkers.CIRCLE);
        return series;
    }

    private static XYChart scatterChart() {
        XYChart chart = Charts.xyChart(null, "x1", "x2");
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter)
                .setMarkerSize(MARKER_SIZE);
        return chart;
    }

    private static double[][] columns(String operation, INDArray points) {
        if (points == null || points.rank() != 2 || points.columns() != 2 || points.rows() == 0) {
            throw Failure.in(operation).argument("points").expected("[N >= 1, 2]")
                    .got(points == null ? "null" : Arrays.toString(points.shape()))
                    .hint("project to 2-D first, e.g. keep the first two latent dimensions").exception();
        }
        double[][] xy = {points.getColumn(0).toDoubleVector(), points.getColumn(1).toDoubleVector()};
        Charts.requireFinite(operation, "points", xy[0]);
        Charts.requireFinite(operation, "points", xy[1]);
        return xy;
    }
}
