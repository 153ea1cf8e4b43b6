package latentlab.data;

import latentlab.tensor.Failure;
import latentlab.tensor.Rng;

/**
 * The classic GAN mode-collapse benchmark: an equal mixture of {@code modes} isotropic
 * Gaussians N(c_k, σ² I) whose centres lie on a circle,
 *
 * <pre>
 *   c_k = radius · (cos 2πk/K, sin 2πk/K),   p(x) = (1/K) Σ_k N(x; c_k, σ² I).
 * </pre>
 *
 * {@link #centres()} and {@link #sigma()} are exposed so metrics can count covered modes.
 */
public record GaussianRing(int modes, double radius, double sigma) {

    /** The usual 8-Gaussians set: eight modes on a circle of radius 2, σ = 0.05. */
    public static final GaussianRing EIGHT = new GaussianRing(8, 2.0, 0.05);

    public GaussianRing {
        if (modes < 1) {
            throw Failure.in("GaussianRing").argument("modes").expected(">= 1").got(String.valueOf(modes)).exception();
        }
        if (!(radius >= 0) || !(sigma > 0)) {
            throw Failure.in("GaussianRing").argument(sigma > 0 ? "radius" : "sigma")
                    .expected(sigma > 0 ? ">= 0" : "> 0").got(String.valueOf(sigma > 0 ? radius : sigma)).exception();
        }
    }

    /** The default ring with a different radius and σ. */
    public static GaussianRing of(double radius, double sigma) {
        return new GaussianRing(8, radius, sigma);
    }

    public GaussianRing withSigma(double value) {
        return new GaussianRing(modes, radius, value);
    }

    /** The K mode centres, [K][2], a fresh array. */
    public double[][] centres() {
        double[][] c = new double[modes][2];
        for (int k = 0; k < modes; k++) {
            double angle = 2 * Math.PI * k / modes;
            c[k][0] = radius * StrictMath.cos(angle);
            c[k][1] = radius * StrictMath.sin(angle);
        }
        return c;
    }

    /** {@code n} draws: x [n, 2] float32, labels [n] = the mode each point came from. */
    public Dataset sample(int n, Rng rng) {
        double[][] c = centres();
        float[] xy = new float[2 * requireCount(n)];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int k = rng.nextInt(modes);
            labels[i] = k;
            xy[2 * i] = (float) (c[k][0] + sigma * rng.normal());
            xy[2 * i + 1] = (float) (c[k][1] + sigma * rng.normal());
        }
        return Dataset.of(xy, n, 2, labels);
    }

    /** The exact density p(x, y). */
    public double density(double x, double y) {
        double sum = 0;
        for (double[] c : centres()) {
            double dx = x - c[0];
            double dy = y - c[1];
            sum += StrictMath.exp(-(dx * dx + dy * dy) / (2 * sigma * sigma));
        }
        return sum / (modes * 2 * Math.PI * sigma * sigma);
    }

    /** The index of the centre nearest to (x, y). */
    public int nearestMode(double x, double y) {
        double[][] c = centres();
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int k = 0; k < modes; k++) {
            double d = (x - c[k][0]) * (x - c[k][0]) + (y - c[k][1]) * (y - c[k][1]);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best;
    }

    static int requireCount(int n) {
        if (n < 0) {
            throw Failure.in("sample").argument("n").expected(">= 0").got(String.valueOf(n)).exception();
        }
        return n;
    }
}
