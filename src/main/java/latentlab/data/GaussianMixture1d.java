package latentlab.data;

import java.util.Arrays;
import latentlab.tensor.Failure;
import latentlab.tensor.Rng;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A one-dimensional Gaussian mixture with exact density, for sampling and for quadrature
 * (for example the optimal discriminator D*(x) = p_data / (p_data + p_G) on a grid):
 *
 * <pre>
 *   p(x) = Σ_k w_k N(x; μ_k, σ_k²),   Σ_k w_k = 1.
 * </pre>
 *
 * The weights are normalised on construction. Arrays are copied in and out: instances are
 * immutable.
 */
public record GaussianMixture1d(double[] weights, double[] means, double[] sigmas) {
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    public GaussianMixture1d {
        if (weights == null || means == null || sigmas == null || weights.length == 0
                || weights.length != means.length || weights.length != sigmas.length) {
            throw Failure.in("GaussianMixture1d").argument("weights, means, sigmas")
                    .expected("three non-empty arrays of the same length K")
                    .got(length(weights) + ", " + length(means) + ", " + length(sigmas)).exception();
        }
        double total = 0;
        for (int k = 0; k < weights.length; k++) {
            if (!(weights[k] >= 0) || !(sigmas[k] > 0) || !Double.isFinite(means[k])) {
                throw Failure.in("GaussianMixture1d").argument("component " + k)
                        .expected("weight >= 0, finite mean, sigma > 0")
                        .got("w=" + weights[k] + ", mu=" + means[k] + ", sigma=" + sigmas[k]).exception();
            }
            total += weights[k];
        }
        if (!(total > 0)) {
            throw Failure.in("GaussianMixture1d").argument("weights").expected("a positive sum").got("0").exception();
        }
        double sum = total;
        weights = Arrays.stream(weights).map(w -> w / sum).toArray();
        means = means.clone();
        sigmas = sigmas.clone();
    }

    /** One Gaussian N(μ, σ²). */
    public static GaussianMixture1d gaussian(double mean, double sigma) {
        return new GaussianMixture1d(new double[] {1}, new double[] {mean}, new double[] {sigma});
    }

    /** An equal-weight mixture of Gaussians with a common σ. */
    public static GaussianMixture1d equal(double sigma, double... means) {
        double[] w = new double[means.length];
        double[] s = new double[means.length];
        Arrays.fill(w, 1);
        Arrays.fill(s, sigma);
        return new GaussianMixture1d(w, means, s);
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public double[] means() {
        return means.clone();
    }

    @Override
    public double[] sigmas() {
        return sigmas.clone();
    }

    /** K, the number of components. */
    public int components() {
        return weights.length;
    }

    /** The exact density p(x). */
    public double density(double x) {
        double p = 0;
        for (int k = 0; k < weights.length; k++) {
            double z = (x - means[k]) / sigmas[k];
            p += weights[k] * StrictMath.exp(-0.5 * z * z - LOG_SQRT_2PI) / sigmas[k];
        }
        return p;
    }

    /** p(x) at every point of {@code xs}; {@code xs} is not modified. */
    public double[] density(double[] xs) {
        return Arrays.stream(xs).map(this::density).toArray();
    }

    /** log p(x), computed with log-sum-exp so it stays finite far in the tails. */
    public double logDensity(double x) {
        double[] terms = new double[weights.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < weights.length; k++) {
            double z = (x - means[k]) / sigmas[k];
            terms[k] = Math.log(weights[k]) - 0.5 * z * z - LOG_SQRT_2PI - Math.log(sigmas[k]);
            max = Math.max(max, terms[k]);
        }
        double sum = 0;
        for (double t : terms) {
            sum += StrictMath.exp(t - max);
        }
        return max + Math.log(sum);
    }

    /** The mean Σ w_k μ_k. */
    public double mean() {
        double m = 0;
        for (int k = 0; k < weights.length; k++) {
            m += weights[k] * means[k];
        }
        return m;
    }

    /** {@code n} draws as a Java array. */
    public double[] sampleArray(int n, Rng rng) {
        double[] x = new double[GaussianRing.requireCount(n)];
        for (int i = 0; i < n; i++) {
            int k = pickComponent(rng.uniform());
            x[i] = means[k] + sigmas[k] * rng.normal();
        }
        return x;
    }

    /** {@code n} draws as x [n, 1] float32, ready to feed a network. */
    public INDArray sample(int n, Rng rng) {
        double[] x = sampleArray(n, rng);
        float[] f = new float[n];
        for (int i = 0; i < n; i++) {
            f[i] = (float) x[i];
        }
        return Nd4j.create(f, new long[] {n, 1}, 'c');
    }

    /** {@code n} evenly spaced points from {@code lo} to {@code hi} inclusive, for quadrature and plots. */
    public static double[] grid(double lo, double hi, int n) {
        if (n < 2 || !(hi > lo)) {
            throw Failure.in("GaussianMixture1d.grid").argument("lo, hi, n").expected("lo < hi and n >= 2")
                    .got(lo + ", " + hi + ", " + n).exception();
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = lo + (hi - lo) * i / (n - 1);
        }
        return x;
    }

    private int pickComponent(double u) {
        double cumulative = 0;
        for (int k = 0; k < weights.length - 1; k++) {
            cumulative += weights[k];
            if (u < cumulative) {
                return k;
            }
        }
        return weights.length - 1;
    }

    private static String length(double[] a) {
        return a == null ? "null" : String.valueOf(a.length);
    }

    /** Equal when the (normalised) weights, means and sigmas are equal element by element. */
    @Override
    public boolean equals(Object other) {
        return other instanceof GaussianMixture1d g && Arrays.equals(weights, g.weights)
                && Arrays.equals(means, g.means) && Arrays.equals(sigmas, g.sigmas);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(weights) + Arrays.hashCode(means)) + Arrays.hashCode(sigmas);
    }

    @Override
    public String toString() {
        return "GaussianMixture1d[w=" + Arrays.toString(weights) + ", mu=" + Arrays.toString(means)
                + ", sigma=" + Arrays.toString(sigmas) + "]";
    }
}
