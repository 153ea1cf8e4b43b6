package latentlab.data;

import latentlab.tensor.Failure;
import latentlab.tensor.Rng;

/**
 * Two-dimensional toy distributions for GANs and flows. Each returns x [n, 2] float32 with
 * a label per point (which moon, which arm), drawn from {@code rng}. See also
 * {@link GaussianRing}.
 */
public final class Toy2d {
    private Toy2d() {
    }

    /**
     * Two interleaved half circles (the scikit-learn "moons"): the upper one
     * (cos t, sin t), the lower one (1 − cos t, 0.5 − sin t), t ~ U(0, π), plus N(0, noise² I).
     * Labels: 0 upper, 1 lower.
     */
    public static Dataset moons(int n, double noise, Rng rng) {
        requireNoise("Toy2d.moons", noise);
        float[] xy = new float[2 * GaussianRing.requireCount(n)];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int moon = rng.nextInt(2);
            double t = Math.PI * rng.uniform();
            double x = moon == 0 ? StrictMath.cos(t) : 1 - StrictMath.cos(t);
            double y = moon == 0 ? StrictMath.sin(t) : 0.5 - StrictMath.sin(t);
            labels[i] = moon;
            xy[2 * i] = (float) (x + noise * rng.normal());
            xy[2 * i + 1] = (float) (y + noise * rng.normal());
        }
        return Dataset.of(xy, n, 2, labels);
    }

    /**
     * Interleaved Archimedean spiral arms: arm a at angle t ~ U(0, turns·2π) lies at radius
     * r = t / (2π) (one unit per turn), rotated by 2πa/arms, plus N(0, noise² I). Labels: the arm.
     */
    public static Dataset spiral(int n, int arms, double turns, double noise, Rng rng) {
        requireNoise("Toy2d.spiral", noise);
        if (arms < 1 || !(turns > 0)) {
            throw Failure.in("Toy2d.spiral").argument(arms < 1 ? "arms" : "turns").expected(arms < 1 ? ">= 1" : "> 0")
                    .got(arms < 1 ? String.valueOf(arms) : String.valueOf(turns)).exception();
        }
        float[] xy = new float[2 * GaussianRing.requireCount(n)];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int arm = rng.nextInt(arms);
            // sqrt makes the density per unit length roughly even along the arm
            double t = turns * 2 * Math.PI * Math.sqrt(rng.uniform());
            double r = t / (2 * Math.PI);
            double angle = t + 2 * Math.PI * arm / arms;
            labels[i] = arm;
            xy[2 * i] = (float) (r * StrictMath.cos(angle) + noise * rng.normal());
            xy[2 * i + 1] = (float) (r * StrictMath.sin(angle) + noise * rng.normal());
        }
        return Dataset.of(xy, n, 2, labels);
    }

    /** Two arms of 1.5 turns with noise 0.05: a good default for flows. */
    public static Dataset spiral(int n, Rng rng) {
        return spiral(n, 2, 1.5, 0.05, rng);
    }

    /** Moons with noise 0.05. */
    public static Dataset moons(int n, Rng rng) {
        return moons(n, 0.05, rng);
    }

    private static void requireNoise(String operation, double noise) {
        if (!(noise >= 0)) {
            throw Failure.in(operation).argument("noise").expected(">= 0").got(String.valueOf(noise)).exception();
        }
    }
}
