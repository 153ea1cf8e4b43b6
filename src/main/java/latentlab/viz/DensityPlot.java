package latentlab.viz;

import java.awt.Color;
import latentlab.tensor.Failure;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * One-dimensional densities on a shared x grid, with optional normalised histograms of
 * samples, e.g. p_data, p_G and the optimal discriminator D* in the GAN notebook. A builder:
 * each call adds a series to the chart it wraps, and {@link #chart()} returns it. Inputs are
 * read, never modified.
 *
 * <pre>{@code
 * XYChart c = DensityPlot.over(xs).curve("p_data", pData).curve("p_G", pG).curve("D*", dStar)
 *         .histogram("G(z) samples", samples, 60).chart();
 * }</pre>
 */
public final class DensityPlot {
    private final double[] xs;
    private final XYChart chart;

    private DensityPlot(double[] xs, String yTitle) {
        this.xs = xs.clone();
        this.chart = Charts.xyChart(null, "x", yTitle);
    }

    /** A plot whose curves are sampled at {@code xs} (strictly increasing). */
    public static DensityPlot over(double[] xs) {
        if (xs == null || xs.length < 2) {
            throw Failure.in("DensityPlot.over").argument("xs").expected("at least 2 grid points")
                    .got(xs == null ? "null" : String.valueOf(xs.length)).exception();
        }
        Charts.requireFinite("DensityPlot.over", "xs", xs);
        for (int i = 1; i < xs.length; i++) {
            if (!(xs[i] > xs[i - 1])) {
                throw Failure.in("DensityPlot.over").argument("xs").expected("strictly increasing")
                        .got("xs[" + (i - 1) + "]=" + xs[i - 1] + ", xs[" + i + "]=" + xs[i]).exception();
            }
        }
        return new DensityPlot(xs, "density");
    }

    /** Adds the curve {@code ys} [xs.length] named {@code name}. */
    public DensityPlot curve(String name, double[] ys) {
        if (ys == null || ys.length != xs.length) {
            throw Failure.in("DensityPlot.curve").argument(name).expected("[" + xs.length + "] values, one per grid point")
                    .got(ys == null ? "null" : "[" + ys.length + "]").exception();
        }
        Charts.requireFinite("DensityPlot.curve", name, ys);
        addSeries(name, xs, ys).setMarker(SeriesMarkers.NONE);
        return this;
    }

    /**
     * Adds a histogram of {@code samples} over the grid's range in {@code bins} equal bins,
     * normalised to a density (area 1 over the samples inside the range), drawn as steps.
     */
    public DensityPlot histogram(String name, double[] samples, int bins) {
        if (samples == null || samples.length == 0 || bins < 1) {
            throw Failure.in("DensityPlot.histogram").argument(bins < 1 ? "bins" : "samples")
                    .expected(bins < 1 ? ">= 1" : "at least one sample")
                    .got(bins < 1 ? String.valueOf(bins) : samples == null ? "null" : "none").exception();
        }
        Charts.requireFinite("DensityPlot.histogram", name, samples);
        double lo = xs[0];
        double hi = xs[xs.length - 1];
        double width = (hi - lo) / bins;
        double[] counts = new double[bins];
        int inside = 0;
        for (double s : samples) {
            if (s >= lo && s <= hi) {
                counts[Math.min(bins - 1, (int) ((s - lo) / width))]++;
                inside++;
            }
        }
        // Step series: each bin contributes its left and right edge at the same height.
        double[] ex = new double[2 * bins];
        double[] ey = new double[2 * bins];
        for (int b = 0; b < bins; b++) {
            double height = inside == 0 ? 0 : counts[b] / (inside * width);
            ex[2 * b] = lo + b * width;
            ex[2 * b + 1] = lo + (b + 1) * width;
            ey[2 * b] = height;
            ey[2 * b + 1] = height;
        }
        Color color = Charts.labelColor(chart.getSeriesMap().size());
        XYSeries series = addSeries(name, ex, ey);
        // Translucent, so the curves behind the histogram stay visible.
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area).setMarker(SeriesMarkers.NONE)
                .setLineColor(color).setFillColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 80));
        return this;
    }

    /** Names the y axis (default "density"). */
    public DensityPlot yTitle(String title) {
        chart.setYAxisTitle(title);
        return this;
    }

    public DensityPlot title(String title) {
        chart.setTitle(title);
        chart.getStyler().setChartTitleVisible(title != null && !title.isBlank());
        return this;
    }

    /** The chart built so far (further calls keep adding to it). */
    public XYChart chart() {
        if (chart.getSeriesMap().isEmpty()) {
            throw Failure.in("DensityPlot.chart").argument("series").expected("at least one curve or histogram")
                    .got("none").exception();
        }
        return chart;
    }

    private XYSeries addSeries(String name, double[] x, double[] y) {
        if (name == null || chart.getSeriesMap().containsKey(name)) {
            throw Failure.in("DensityPlot").argument("name").expected("a new, non-null series name")
                    .got(name == null ? "null" : "'" + name + "', already plotted").exception();
        }
        return chart.addSeries(name, x, y);
    }
}
