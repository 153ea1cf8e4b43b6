package latentlab.data;

/**
 * Paints round-capped pen strokes into a row-major float image, anti-aliased by the
 * distance from each pixel centre to the nearest segment:
 *
 * <pre>
 *   ink(p) = clamp((r + soft/2 - dist(p, segment)) / soft, 0, 1) * pressure
 * </pre>
 *
 * A pixel keeps the darkest ink of all segments (max, not sum), so crossings do not
 * saturate. Only the pixels in each segment's bounding box are visited, which keeps a
 * 28×28 digit at a few microseconds. Pure Java arithmetic: the same on every machine.
 */
final class InkRaster {
    private InkRaster() {
    }

    /**
     * Paints the polyline {@code xy = [x0, y0, x1, y1, ...]} (pixel coordinates, pixel
     * (c, r) has its centre at (c + 0.5, r + 0.5)) into {@code image[offset + r * width + c]}.
     * Mutates {@code image} only inside the given [height × width] window.
     */
    static void stroke(float[] image, int offset, int width, int height, double[] xy,
                       double radius, double soft, double pressure) {
        for (int k = 0; k + 3 < xy.length; k += 2) {
            segment(image, offset, width, height, xy[k], xy[k + 1], xy[k + 2], xy[k + 3],
                    radius, soft, pressure);
        }
    }

    private static void segment(float[] image, int offset, int width, int height,
                                double ax, double ay, double bx, double by,
                                double radius, double soft, double pressure) {
        double reach = radius + soft / 2;
        double reachSquared = reach * reach;
        int c0 = Math.max(0, (int) Math.floor(Math.min(ax, bx) - reach));
        int c1 = Math.min(width - 1, (int) Math.ceil(Math.max(ax, bx) + reach));
        int r0 = Math.max(0, (int) Math.floor(Math.min(ay, by) - reach));
        int r1 = Math.min(height - 1, (int) Math.ceil(Math.max(ay, by) + reach));
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        for (int r = r0; r <= r1; r++) {
            double py = r + 0.5;
            for (int c = c0; c <= c1; c++) {
                double px = c + 0.5;
                double t = lengthSquared == 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / lengthSquared;
                t = t < 0 ? 0 : (t > 1 ? 1 : t);
                double ex = ax + t * dx - px;
                double ey = ay + t * dy - py;
                double squared = ex * ex + ey * ey;
                if (squared >= reachSquared) {
                    continue;
                }
                double ink = (reach - Math.sqrt(squared)) / soft;
                float value = (float) (Math.min(1, ink) * pressure);
                int index = offset + r * width + c;
                if (value > image[index]) {
                    image[index] = value;
                }
            }
        }
    }
}
