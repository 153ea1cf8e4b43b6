package latentlab.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import latentlab.tensor.Rng;

/**
 * Builds pen strokes as polylines in a unit template box (x right, y down, both in [0, 1]).
 * Every control point is jittered by a Gaussian of standard deviation {@code wobble}, so that
 * each call draws a slightly different hand. Curves are flattened into short segments.
 *
 * <p>Not thread-safe: one builder per image. {@link #strokes()} returns the polylines, each
 * as {@code [x0, y0, x1, y1, ...]}.
 */
final class Strokes {
    private static final int CURVE_SEGMENTS = 12;

    private final Rng rng;
    private final double wobble;
    private final List<double[]> done = new ArrayList<>();
    private double[] current = new double[64];
    private int used;
    private double penX;
    private double penY;

    Strokes(Rng rng, double wobble) {
        this.rng = rng;
        this.wobble = wobble;
    }

    /** Lifts the pen and puts it down at (x, y). */
    Strokes moveTo(double x, double y) {
        finishStroke();
        penX = x + jitter();
        penY = y + jitter();
        add(penX, penY);
        return this;
    }

    Strokes lineTo(double x, double y) {
        double x1 = x + jitter();
        double y1 = y + jitter();
        // Split long lines so the affine warp and the later wobble act on more than two points.
        for (int i = 1; i <= 4; i++) {
            double t = i / 4.0;
            add(penX + t * (x1 - penX), penY + t * (y1 - penY));
        }
        penX = x1;
        penY = y1;
        return this;
    }

    /** A cubic Bézier from the pen through control points c1, c2 to (x, y). */
    Strokes curveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        double ax = c1x + jitter();
        double ay = c1y + jitter();
        double bx = c2x + jitter();
        double by = c2y + jitter();
        double ex = x + jitter();
        double ey = y + jitter();
        for (int i = 1; i <= CURVE_SEGMENTS; i++) {
            double t = (double) i / CURVE_SEGMENTS;
            double u = 1 - t;
            double w0 = u * u * u;
            double w1 = 3 * u * u * t;
            double w2 = 3 * u * t * t;
            double w3 = t * t * t;
            add(w0 * penX + w1 * ax + w2 * bx + w3 * ex, w0 * penY + w1 * ay + w2 * by + w3 * ey);
        }
        penX = ex;
        penY = ey;
        return this;
    }

    /**
     * An elliptic arc as its own stroke: centre (cx, cy), radii (rx, ry), from angle
     * {@code startDeg} sweeping {@code sweepDeg} degrees (0° points right, positive turns
     * clockwise on screen because y points down).
     */
    Strokes ellipse(double cx, double cy, double rx, double ry, double startDeg, double sweepDeg) {
        double x0 = cx + jitter();
        double y0 = cy + jitter();
        double ax = rx * (1 + 2 * jitter());
        double ay = ry * (1 + 2 * jitter());
        double start = Math.toRadians(startDeg + 400 * jitter());
        double sweep = Math.toRadians(sweepDeg);
        int segments = Math.max(8, (int) Math.ceil(Math.abs(sweepDeg) / 12));
        finishStroke();
        for (int i = 0; i <= segments; i++) {
            double a = start + sweep * i / segments;
            add(x0 + ax * StrictMath.cos(a), y0 + ay * StrictMath.sin(a));
        }
        penX = current[used - 2];
        penY = current[used - 1];
        return this;
    }

    /** The finished polylines; the builder should not be used afterwards. */
    List<double[]> strokes() {
        finishStroke();
        return done;
    }

    private void add(double x, double y) {
        if (used + 2 > current.length) {
            current = Arrays.copyOf(current, 2 * current.length);
        }
        current[used++] = x;
        current[used++] = y;
    }

    private void finishStroke() {
        if (used >= 4) {
            done.add(Arrays.copyOf(current, used));
        }
        used = 0;
    }

    private double jitter() {
        return wobble * rng.normal();
    }
}
