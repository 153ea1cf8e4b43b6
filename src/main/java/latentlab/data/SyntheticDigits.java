package latentlab.data;

import java.util.List;
import java.util.stream.IntStream;
import latentlab.tensor.Failure;
import latentlab.tensor.Rng;

/**
 * The embedded default data set: MNIST-like handwritten digits drawn procedurally. Each
 * 28×28 grey image (values in [0, 1], background 0) is a digit's pen strokes, with a random
 * handwriting variant, wobble, slant, rotation, size, pen width, position and ink noise
 * (see {@link DigitStyle}).
 *
 * <p>Deterministic: image i depends only on (seed, i), so the same seed gives byte-identical
 * images, whatever the thread count; images are rendered in parallel.
 *
 * <pre>{@code
 * Split digits = SyntheticDigits.trainTest(60_000, 10_000, 42);   // x: [N, 784] float32
 * }</pre>
 */
public final class SyntheticDigits {
    public static final int SIDE = 28;
    public static final int PIXELS = SIDE * SIDE;
    public static final int CLASSES = 10;
    /** Templates are about three quarters as wide as they are tall before slant. */
    private static final double ASPECT = 0.72;

    private SyntheticDigits() {
    }

    /** {@code n} digits with uniformly random labels, default style. x: [n, 784], labels: [n]. */
    public static Dataset generate(int n, long seed) {
        return generate(n, seed, DigitStyle.DEFAULT);
    }

    /** {@code n} digits with uniformly random labels drawn in {@code style}. */
    public static Dataset generate(int n, long seed, DigitStyle style) {
        if (n < 0) {
            throw Failure.in("SyntheticDigits.generate").argument("n").expected(">= 0").got(String.valueOf(n))
                    .exception();
        }
        float[] pixels = new float[n * PIXELS];
        int[] labels = new int[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            Rng rng = Rng.seeded(imageSeed(seed, i));
            labels[i] = rng.nextInt(CLASSES);
            render(labels[i], rng, style, pixels, i * PIXELS);
        });
        return Dataset.of(pixels, n, PIXELS, labels);
    }

    /**
     * {@code trainSize + testSize} digits from one seed, split into train (the first ones)
     * and test: no image is in both.
     */
    public static Split trainTest(int trainSize, int testSize, long seed) {
        return generate(trainSize + testSize, seed).split(trainSize);
    }

    /**
     * Draws one image of {@code digit} into {@code out[offset .. offset + 784)}, which must
     * be zero there. Uses {@code rng} for every random choice.
     */
    public static void render(int digit, Rng rng, DigitStyle style, float[] out, int offset) {
        if (digit < 0 || digit >= CLASSES) {
            throw Failure.in("SyntheticDigits.render").argument("digit").expected("0..9").got(String.valueOf(digit))
                    .exception();
        }
        List<double[]> strokes = DigitShapes.draw(digit, rng, style.wobble());
        warp(strokes, style.warp(), rng);
        double angle = Math.toRadians(clip(rng.normal(), 2) * style.rotationSd());
        double slant = style.meanSlant() + style.slantSd() * clip(rng.normal(), 2);
        double aspect = ASPECT * StrictMath.exp(0.12 * clip(rng.normal(), 2));
        double cos = StrictMath.cos(angle);
        double sin = StrictMath.sin(angle);
        // Template (x, y) in [0, 1]^2 -> centred, narrowed, slanted (top to the right), rotated.
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (double[] xy : strokes) {
            for (int k = 0; k < xy.length; k += 2) {
                double v = xy[k + 1] - 0.5;
                double u = (xy[k] - 0.5) * aspect - slant * v;
                xy[k] = cos * u - sin * v;
                xy[k + 1] = sin * u + cos * v;
                minX = Math.min(minX, xy[k]);
                maxX = Math.max(maxX, xy[k]);
                minY = Math.min(minY, xy[k + 1]);
                maxY = Math.max(maxY, xy[k + 1]);
            }
        }
        double height = style.minHeight() + (style.maxHeight() - style.minHeight()) * rng.uniform();
        double scale = Math.min(height / (maxY - minY), 22.0 / Math.max(maxX - minX, 1e-9));
        double radius = style.minRadius() + (style.maxRadius() - style.minRadius()) * rng.uniform();
        double centreX = SIDE / 2.0 + style.shiftSd() * clip(rng.normal(), 2);
        double centreY = SIDE / 2.0 + style.shiftSd() * clip(rng.normal(), 2);
        double midX = (minX + maxX) / 2;
        double midY = (minY + maxY) / 2;
        double pressure = 0.9 + 0.1 * rng.uniform();
        for (double[] xy : strokes) {
            for (int k = 0; k < xy.length; k += 2) {
                xy[k] = centreX + scale * (xy[k] - midX);
                xy[k + 1] = centreY + scale * (xy[k + 1] - midY);
            }
            InkRaster.stroke(out, offset, SIDE, SIDE, xy, radius, 1.2, pressure);
        }
        addInkNoise(out, offset, style.noise(), rng);
    }

    /**
     * Bends the whole digit smoothly: each point moves by two plane waves of about one cycle
     * across the template, d(p) = a · sin(π (k · p) + φ), one per axis.
     */
    private static void warp(List<double[]> strokes, double amplitude, Rng rng) {
        if (amplitude == 0) {
            return;
        }
        double[] a = new double[2];
        double[] kx = new double[2];
        double[] ky = new double[2];
        double[] phase = new double[2];
        for (int axis = 0; axis < 2; axis++) {
            a[axis] = amplitude * clip(rng.normal(), 2.5);
            kx[axis] = 3 * rng.uniform() - 1.5;
            ky[axis] = 3 * rng.uniform() - 1.5;
            phase[axis] = 2 * Math.PI * rng.uniform();
        }
        for (double[] xy : strokes) {
            for (int k = 0; k < xy.length; k += 2) {
                double x = xy[k];
                double y = xy[k + 1];
                xy[k] = x + a[0] * StrictMath.sin(Math.PI * (kx[0] * x + ky[0] * y) + phase[0]);
                xy[k + 1] = y + a[1] * StrictMath.sin(Math.PI * (kx[1] * x + ky[1] * y) + phase[1]);
            }
        }
    }

    /** Noise on inked pixels only, so the background stays exactly 0 as in MNIST. */
    private static void addInkNoise(float[] out, int offset, double noise, Rng rng) {
        if (noise == 0) {
            return;
        }
        for (int p = offset; p < offset + PIXELS; p++) {
            if (out[p] > 0) {
                double v = out[p] + noise * rng.normal();
                out[p] = (float) Math.max(0, Math.min(1, v));
            }
        }
    }

    /** A well-mixed seed for image i, so neighbouring images get unrelated streams. */
    static long imageSeed(long seed, int i) {
        return mix(seed ^ mix(i + 0x632BE59BD9B4E019L));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }

    private static double clip(double z, double limit) {
        return Math.max(-limit, Math.min(limit, z));
    }
}
