package latentlab.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import latentlab.tensor.Failure;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A 2-D density heat map over the box [xMin, xMax] × [yMin, yMax], from a function (a model's
 * density, a discriminator's output) or from samples (a 2-D histogram), in the viridis colour
 * map with axis ranges and a colour bar. Immutable; inputs are read, never modified.
 *
 * <pre>{@code
 * BufferedImage img = HeatMap.ofFunction(ring::density, -3, 3, -3, 3, 120).withMarkers(ring.centres()).image();
 * BufferedImage img = HeatMap.ofSamples(fake, -3, 3, -3, 3, 80).image(400, 400);   // fake: [N, 2]
 * }</pre>
 */
public final class HeatMap {
    private static final int[] VIRIDIS = {0x440154, 0x3b528b, 0x21918c, 0x5ec962, 0xfde725};
    private static final int LEFT = 48;
    private static final int RIGHT = 64;
    private static final int TOP = 10;
    private static final int BOTTOM = 30;

    private final double[][] grid;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final double[][] markers;

    private HeatMap(double[][] grid, double xMin, double xMax, double yMin, double yMax, double[][] markers) {
        this.grid = grid;
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        this.markers = markers;
    }

    /** f(x, y) at the centres of a {@code resolution × resolution} grid. */
    public static HeatMap ofFunction(DoubleBinaryOperator f, double xMin, double xMax, double yMin, double yMax,
                                     int resolution) {
        requireBox("HeatMap.ofFunction", xMin, xMax, yMin, yMax, resolution);
        double[][] grid = new double[resolution][resolution];
        for (int r = 0; r < resolution; r++) {
            double y = yMax - (r + 0.5) * (yMax - yMin) / resolution;
            for (int c = 0; c < resolution; c++) {
                double x = xMin + (c + 0.5) * (xMax - xMin) / resolution;
                grid[r][c] = f.applyAsDouble(x, y);
                if (!Double.isFinite(grid[r][c])) {
                    throw Failure.in("HeatMap.ofFunction").argument("f").expected("finite values")
                            .got(grid[r][c] + " at (" + x + ", " + y + ")").exception();
                }
            }
        }
        return new HeatMap(grid, xMin, xMax, yMin, yMax, new double[0][]);
    }

    /** A map of precomputed cell values {@code grid[row][column]}, row 0 at the top (y = yMax); see {@link Grid2d}. */
    static HeatMap ofCells(double[][] grid, double xMin, double xMax, double yMin, double yMax) {
        return new HeatMap(grid, xMin, xMax, yMin, yMax, new double[0][]);
    }

    /** A {@code bins × bins} histogram of {@code points} [N, 2] (points outside the box are ignored). */
    public static HeatMap ofSamples(INDArray points, double xMin, double xMax, double yMin, double yMax, int bins) {
        requireBox("HeatMap.ofSamples", xMin, xMax, yMin, yMax, bins);
        if (points == null || points.rank() != 2 || points.columns() != 2) {
            throw Failure.in("HeatMap.ofSamples").argument("points").expected("[N, 2]")
                    .got(points == null ? "null" : Arrays.toString(points.shape())).exception();
        }
        double[] xs = points.getColumn(0).toDoubleVector();
        double[] ys = points.getColumn(1).toDoubleVector();
        double[][] grid = new double[bins][bins];
        for (int i = 0; i < xs.length; i++) {
            int c = (int) Math.floor((xs[i] - xMin) / (xMax - xMin) * bins);
            int r = (int) Math.floor((yMax - ys[i]) / (yMax - yMin) * bins);
            if (c >= 0 && c < bins && r >= 0 && r < bins) {
                grid[r][c]++;
            }
        }
        return new HeatMap(grid, xMin, xMax, yMin, yMax, new double[0][]);
    }

    /** The same map with crosses at {@code points} [K][2], e.g. the true mode centres. */
    public HeatMap withMarkers(double[][] points) {
        double[][] copy = new double[points.length][];
        for (int k = 0; k < points.length; k++) {
            if (points[k].length != 2) {
                throw Failure.in("HeatMap.withMarkers").argument("points[" + k + "]").expected("[2] (x, y)")
                        .got("[" + points[k].length + "]").exception();
            }
            copy[k] = points[k].clone();
        }
        return new HeatMap(grid, xMin, xMax, yMin, yMax, copy);
    }

    /** The map rendered {@link Charts#HEIGHT} pixels tall, with a square plot area. */
    public BufferedImage image() {
        return image(Charts.HEIGHT - TOP - BOTTOM + LEFT + RIGHT, Charts.HEIGHT);
    }

    /** The map rendered into a new {@code width × height} image. */
    public BufferedImage image(int width, int height) {
        Charts.requireSize("HeatMap.image", width, height);
        if (width < LEFT + RIGHT + 16 || height < TOP + BOTTOM + 16) {
            throw Failure.in("HeatMap.image").argument("width, height")
                    .expected("at least " + (LEFT + RIGHT + 16) + " × " + (TOP + BOTTOM + 16) + " (room for axes)")
                    .got(width + " × " + height).exception();
        }
        double max = Arrays.stream(grid).flatMapToDouble(Arrays::stream).max().orElse(0);
        double min = Arrays.stream(grid).flatMapToDouble(Arrays::stream).min().orElse(0);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            int plotW = width - LEFT - RIGHT;
            int plotH = height - TOP - BOTTOM;
            int n = grid.length;
            for (int py = 0; py < plotH; py++) {
                double[] row = grid[Math.min(n - 1, py * n / plotH)];
                for (int px = 0; px < plotW; px++) {
                    double t = max > min ? (row[Math.min(n - 1, px * n / plotW)] - min) / (max - min) : 0;
                    image.setRGB(LEFT + px, TOP + py, viridis(t));
                }
            }
            drawMarkers(g, plotW, plotH);
            drawAxes(g, plotW, plotH, min, max);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The grid values, [rows][columns] with row 0 at the top (y = yMax); a copy. */
    public double[][] values() {
        return Arrays.stream(grid).map(double[]::clone).toArray(double[][]::new);
    }

    private void drawMarkers(Graphics2D g, int plotW, int plotH) {
        g.setColor(Color.RED);
        g.setStroke(new BasicStroke(2));
        for (double[] m : markers) {
            int x = LEFT + (int) Math.round((m[0] - xMin) / (xMax - xMin) * plotW);
            int y = TOP + (int) Math.round((yMax - m[1]) / (yMax - yMin) * plotH);
            g.drawLine(x - 5, y - 5, x + 5, y + 5);
            g.drawLine(x - 5, y + 5, x + 5, y - 5);
        }
    }

    private void drawAxes(Graphics2D g, int plotW, int plotH, double min, double max) {
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(1));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawRect(LEFT, TOP, plotW, plotH);
        int baseline = TOP + plotH + 16;
        g.drawString(format(xMin), LEFT, baseline);
        String right = format(xMax);
        g.drawString(right, LEFT + plotW - g.getFontMetrics().stringWidth(right), baseline);
        g.drawString("x1", LEFT + plotW / 2 - 6, baseline + 10);
        g.drawString(format(yMax), 4, TOP + 10);
        g.drawString(format(yMin), 4, TOP + plotH);
        g.drawString("x2", 4, TOP + plotH / 2);
        int barX = LEFT + plotW + 12;
        for (int py = 0; py < plotH; py++) {
            g.setColor(new Color(viridis(1 - (double) py / plotH)));
            g.drawLine(barX, TOP + py, barX + 12, TOP + py);
        }
        g.setColor(Color.DARK_GRAY);
        g.drawString(format(max), barX + 15, TOP + 10);
        g.drawString(format(min), barX + 15, TOP + plotH);
    }

    private static String format(double v) {
        return Math.abs(v) >= 1e4 || (Math.abs(v) < 1e-2 && v != 0) ? String.format("%.1e", v) : String.format("%.2f", v);
    }

    /** The viridis colour map, piecewise linear through five of its colours; t in [0, 1]. */
    static int viridis(double t) {
        double s = Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 1);
        int i = Math.min(VIRIDIS.length - 2, (int) s);
        double f = s - i;
        int a = VIRIDIS[i];
        int b = VIRIDIS[i + 1];
        int red = (int) Math.round((a >> 16 & 255) * (1 - f) + (b >> 16 & 255) * f);
        int green = (int) Math.round((a >> 8 & 255) * (1 - f) + (b >> 8 & 255) * f);
        int blue = (int) Math.round((a & 255) * (1 - f) + (b & 255) * f);
        return red << 16 | green << 8 | blue;
    }

    static void requireBox(String operation, double xMin, double xMax, double yMin, double yMax, int cells) {
        if (!(xMax > xMin) || !(yMax > yMin) || !Double.isFinite(xMax - xMin) || !Double.isFinite(yMax - yMin)) {
            throw Failure.in(operation).argument("box").expected("finite xMin < xMax and yMin < yMax")
                    .got("[" + xMin + ", " + xMax + "] × [" + yMin + ", " + yMax + "]").exception();
        }
        if (cells < 2 || cells > 2000) {
            throw Failure.in(operation).argument("resolution").expected("in [2, 2000] cells per side")
                    .got(String.valueOf(cells)).exception();
        }
    }
}
