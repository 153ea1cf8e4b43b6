package latentlab.data;

import latentlab.tensor.Failure;

/**
 * How much the synthetic digits vary. Angles in degrees, lengths in pixels of the 28×28
 * image. Each image draws its own values: rotation ~ N(0, rotationSd) clipped to ±2 sd,
 * slant (shear) ~ N(meanSlant, slantSd), height ~ U(minHeight, maxHeight), pen radius ~
 * U(minRadius, maxRadius), shift ~ N(0, shiftSd) per axis, template wobble ~ N(0, wobble)
 * per control point (in template units, the digit being 1 tall), a smooth random warp of the
 * whole digit (two low-frequency sine displacements of amplitude ~ N(0, warp), template units),
 * and ink noise ~ N(0, noise) on inked pixels.
 */
public record DigitStyle(double rotationSd, double meanSlant, double slantSd, double minHeight,
                         double maxHeight, double minRadius, double maxRadius, double shiftSd,
                         double wobble, double warp, double noise) {

    /** MNIST-like variety: digits 17–21 px tall, pens 1.6–4.2 px wide, slanted a little right. */
    public static final DigitStyle DEFAULT = new DigitStyle(8, 0.10, 0.14, 17, 21, 0.8, 2.1, 0.8, 0.04, 0.06, 0.05);

    /** No randomness beyond the choice of digit variant: handy to show the templates. */
    public static final DigitStyle CLEAN = new DigitStyle(0, 0, 0, 20, 20, 1.3, 1.3, 0, 0, 0, 0);

    public DigitStyle {
        requireNonNegative("rotationSd", rotationSd);
        requireNonNegative("slantSd", slantSd);
        requireNonNegative("shiftSd", shiftSd);
        requireNonNegative("wobble", wobble);
        requireNonNegative("warp", warp);
        requireNonNegative("noise", noise);
        if (!(minHeight > 0 && minHeight <= maxHeight && maxHeight <= 28)) {
            throw Failure.in("DigitStyle").argument("minHeight, maxHeight").expected("0 < min <= max <= 28")
                    .got(minHeight + ", " + maxHeight).exception();
        }
        if (!(minRadius > 0 && minRadius <= maxRadius && maxRadius <= 5)) {
            throw Failure.in("DigitStyle").argument("minRadius, maxRadius").expected("0 < min <= max <= 5")
                    .got(minRadius + ", " + maxRadius).exception();
        }
    }

    public DigitStyle withNoise(double value) {
        return new DigitStyle(rotationSd, meanSlant, slantSd, minHeight, maxHeight, minRadius, maxRadius,
                shiftSd, wobble, warp, value);
    }

    public DigitStyle withRotationSd(double degrees) {
        return new DigitStyle(degrees, meanSlant, slantSd, minHeight, maxHeight, minRadius, maxRadius,
                shiftSd, wobble, warp, noise);
    }

    public DigitStyle withWarp(double amplitude) {
        return new DigitStyle(rotationSd, meanSlant, slantSd, minHeight, maxHeight, minRadius, maxRadius,
                shiftSd, wobble, amplitude, noise);
    }

    public DigitStyle withRadius(double min, double max) {
        return new DigitStyle(rotationSd, meanSlant, slantSd, minHeight, maxHeight, min, max, shiftSd, wobble, warp, noise);
    }

    private static void requireNonNegative(String name, double value) {
        if (!(value >= 0)) {
            throw Failure.in("DigitStyle").argument(name).expected(">= 0").got(String.valueOf(value)).exception();
        }
    }
}
