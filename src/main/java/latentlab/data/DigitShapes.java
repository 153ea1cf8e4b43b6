package latentlab.data;

import java.util.List;
import latentlab.tensor.Rng;

/**
 * Pen strokes for the ten digits in a unit template box (x right, y down). Each digit has a
 * few common handwritten variants (a 1 with or without a flag, a 7 with or without a bar, an
 * open or closed 4, ...) chosen at random, and every control point wobbles a little.
 */
final class DigitShapes {
    private DigitShapes() {
    }

    /** Polylines {@code [x0, y0, x1, y1, ...]} for {@code digit} in 0..9. */
    static List<double[]> draw(int digit, Rng rng, double wobble) {
        Strokes s = new Strokes(rng, wobble);
        int variant = rng.nextInt(3);
        switch (digit) {
            case 0 -> zero(s, variant);
            case 1 -> one(s, variant);
            case 2 -> two(s, variant);
            case 3 -> three(s, variant);
            case 4 -> four(s, variant);
            case 5 -> five(s, variant);
            case 6 -> six(s, variant);
            case 7 -> seven(s, variant);
            case 8 -> eight(s, variant);
            case 9 -> nine(s, variant);
            default -> throw new IllegalArgumentException("digit " + digit);
        }
        return s.strokes();
    }

    private static void zero(Strokes s, int variant) {
        double rx = variant == 0 ? 0.26 : 0.34;
        s.ellipse(0.5, 0.5, rx, 0.48, -100, 370);
    }

    private static void one(Strokes s, int variant) {
        if (variant == 1) {
            s.moveTo(0.30, 0.22).lineTo(0.52, 0.02).lineTo(0.50, 0.98);
        } else if (variant == 2) {
            s.moveTo(0.32, 0.20).lineTo(0.52, 0.02).lineTo(0.50, 0.98);
            s.moveTo(0.30, 0.98).lineTo(0.72, 0.98);
        } else {
            s.moveTo(0.52, 0.02).lineTo(0.48, 0.98);
        }
    }

    private static void two(Strokes s, int variant) {
        s.moveTo(0.14, 0.28).curveTo(0.18, -0.06, 0.86, -0.08, 0.82, 0.30);
        if (variant == 2) {
            // A small loop where the diagonal meets the base.
            s.curveTo(0.78, 0.55, 0.30, 0.80, 0.14, 0.92)
                    .curveTo(0.05, 1.00, 0.20, 1.02, 0.34, 0.90)
                    .curveTo(0.50, 0.82, 0.70, 1.02, 0.92, 0.94);
        } else {
            s.curveTo(0.78, 0.55, 0.35, 0.78, 0.10, 0.98).lineTo(0.90, 0.97);
        }
    }

    private static void three(Strokes s, int variant) {
        if (variant == 2) {
            // Flat-topped 3.
            s.moveTo(0.16, 0.04).lineTo(0.82, 0.04).lineTo(0.42, 0.42);
        } else {
            s.moveTo(0.15, 0.18).curveTo(0.35, -0.06, 0.90, 0.00, 0.78, 0.24)
                    .curveTo(0.72, 0.40, 0.55, 0.46, 0.40, 0.46);
        }
        s.curveTo(0.75, 0.44, 0.95, 0.62, 0.86, 0.80)
                .curveTo(0.74, 1.04, 0.30, 1.04, 0.12, 0.84);
    }

    private static void four(Strokes s, int variant) {
        if (variant == 0) {
            // Closed top: diagonal to the left, across, and a separate downstroke.
            s.moveTo(0.62, 0.00).lineTo(0.08, 0.66).lineTo(0.92, 0.66);
            s.moveTo(0.66, 0.22).lineTo(0.66, 1.00);
        } else {
            // Open top, as most people write it.
            s.moveTo(0.18, 0.00).lineTo(0.12, 0.60).lineTo(0.88, 0.58);
            s.moveTo(0.70, 0.02).lineTo(0.68, 1.00);
        }
    }

    private static void five(Strokes s, int variant) {
        s.moveTo(0.24, 0.04).lineTo(0.18, 0.46)
                .curveTo(0.50, 0.28, 0.96, 0.40, 0.86, 0.72)
                .curveTo(0.76, 1.04, 0.30, 1.02, 0.10, 0.84);
        if (variant == 2) {
            s.moveTo(0.24, 0.04).lineTo(0.86, 0.02);
        } else {
            s.moveTo(0.22, 0.04).lineTo(0.84, 0.06);
        }
    }

    private static void six(Strokes s, int variant) {
        double reach = variant == 0 ? 0.72 : 0.80;
        s.moveTo(reach, 0.02).curveTo(0.36, 0.08, 0.12, 0.40, 0.14, 0.70)
                .curveTo(0.16, 1.02, 0.80, 1.04, 0.84, 0.72)
                .curveTo(0.86, 0.42, 0.30, 0.40, 0.16, 0.66);
    }

    private static void seven(Strokes s, int variant) {
        s.moveTo(0.10, 0.06).lineTo(0.90, 0.04);
        if (variant == 1) {
            s.curveTo(0.70, 0.35, 0.50, 0.65, 0.42, 1.00);
        } else {
            s.lineTo(0.40, 1.00);
        }
        if (variant == 2) {
            s.moveTo(0.40, 0.52).lineTo(0.84, 0.50);
        }
    }

    private static void eight(Strokes s, int variant) {
        if (variant == 0) {
            s.ellipse(0.5, 0.25, 0.24, 0.23, 0, 360);
            s.ellipse(0.5, 0.72, 0.30, 0.27, 0, 360);
        } else {
            // One continuous figure-eight stroke.
            s.moveTo(0.78, 0.16).curveTo(0.70, -0.04, 0.22, -0.04, 0.24, 0.22)
                    .curveTo(0.26, 0.42, 0.86, 0.50, 0.84, 0.76)
                    .curveTo(0.82, 1.02, 0.18, 1.02, 0.16, 0.76)
                    .curveTo(0.14, 0.52, 0.76, 0.44, 0.78, 0.16);
        }
    }

    private static void nine(Strokes s, int variant) {
        s.ellipse(0.46, 0.28, 0.30, 0.26, 0, 380);
        if (variant == 2) {
            s.moveTo(0.76, 0.28).curveTo(0.78, 0.60, 0.70, 0.90, 0.46, 1.00);
        } else {
            s.moveTo(0.76, 0.26).lineTo(0.70, 1.00);
        }
    }
}
