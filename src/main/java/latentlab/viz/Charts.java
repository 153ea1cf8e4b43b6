package latentlab.viz;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import latentlab.tensor.Failure;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;

/**
 * Rendering helpers shared by the chart factories: XChart chart → {@link BufferedImage}, PNG
 * files, the house style and a ten-colour palette for class labels. Headless-safe: loading
 * this class sets {@code java.awt.headless=true} unless the property was set already.
 */
public final class Charts {
    /** Default size of a rendered chart, in pixels. */
    public static final int WIDTH = 640;
    public static final int HEIGHT = 420;

    /** Tableau's ten categorical colours: label k is drawn in {@code PALETTE[k % 10]}. */
    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf),
    };

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Charts() {
    }

    /** Renders {@code chart} at its own size. */
    public static BufferedImage toImage(Chart<?, ?> chart) {
        return toImage(chart, chart.getWidth(), chart.getHeight());
    }

    /** Renders {@code chart} into a new {@code width × height} RGB image (the chart is not changed). */
    public static BufferedImage toImage(Chart<?, ?> chart, int width, int height) {
        if (chart == null) {
            throw Failure.in("Charts.toImage").argument("chart").expected("an XChart chart").got("null").exception();
        }
        requireSize("Charts.toImage", width, height);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            chart.paint(g, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes {@code chart} as a PNG of its own size, creating parent folders; returns {@code file}. */
    public static Path savePng(Chart<?, ?> chart, Path file) {
        return savePng(toImage(chart), file);
    }

    /** Writes {@code image} as a PNG, creating parent folders; returns {@code file}. */
    public static Path savePng(BufferedImage image, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Charts.savePng: could not write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The colour for class label {@code k} (cycles after ten). */
    public static Color labelColor(int k) {
        return PALETTE[Math.floorMod(k, PALETTE.length)];
    }

    /** An empty XY chart in the house style: white, legend inside top-right, no chart border. */
    static XYChart xyChart(String title, String xTitle, String yTitle) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title == null ? "" : title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE)
                .setPlotBackgroundColor(Color.WHITE)
                .setPlotBorderVisible(false)
                .setLegendPosition(Styler.LegendPosition.InsideNE)
                .setChartTitleVisible(title != null && !title.isBlank());
        chart.getStyler().setSeriesColors(PALETTE);
        return chart;
    }

    static void requireSize(String operation, int width, int height) {
        if (width < 16 || height < 16 || width > 8192 || height > 8192) {
            throw Failure.in(operation).argument("width, height").expected("each in [16, 8192] pixels")
                    .got(width + " × " + height).exception();
        }
    }

    static void requireFinite(String operation, String argument, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw Failure.in(operation).argument(argument).expected("finite values")
                        .got(values[i] + " at index " + i).hint("drop NaN/Inf (e.g. a diverged run) before plotting")
                        .exception();
            }
        }
    }
}
