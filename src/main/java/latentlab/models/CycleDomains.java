package latentlab.models;

import latentlab.data.Dataset;
import latentlab.tensor.Failure;
import latentlab.tensor.Rng;

/**
 * Two unpaired 2-D domains for CycleGAN with a hidden ground-truth pairing: domain X is K
 * isotropic Gaussian blobs at irregular positions p_k, and domain Y is their image under a
 * rotation by 150°, a scaling and a shift, q_k = s·R(θ)·p_k + c. The turn is large enough that
 * the identity map is no shortcut: the Y blob nearest to p_k is never blob k. The blobs have
 * unequal weights w = (0.6, 0.3, 0.1), and this is the only clue to the pairing: a translator that maps
 * whole blobs one-to-one onto whole blobs (as a cycle-consistent map must) can match the data's
 * mass only by sending blob k of X to blob k of Y. A translator that may map many inputs to one
 * output can match Y's marginal distribution in other ways, or fail to cover it. Labels give the
 * blob k.
 */
public final class CycleDomains {
    private static final double[][] BLOBS = {{-1.6, -0.4}, {0.2, 1.5}, {1.5, -0.9}};
    private static final double[] WEIGHTS = {0.6, 0.3, 0.1};
    private static final double ANGLE = Math.toRadians(150);
    private static final double SCALE = 0.9;
    private static final double[] SHIFT = {0.3, -0.2};

    private CycleDomains() {
    }

    /** The number of blobs K in each domain. */
    public static int blobs() {
        return BLOBS.length;
    }

    /** n points of domain X, [n, 2], labels = blob index; blob standard deviation sigma. */
    public static Dataset x(int n, double sigma, Rng rng) {
        return sample(n, sigma, rng, false);
    }

    /** n points of domain Y, [n, 2], labels = blob index (blob k of Y pairs with blob k of X). */
    public static Dataset y(int n, double sigma, Rng rng) {
        return sample(n, sigma, rng, true);
    }

    /** The blob centres of X (or of Y), [K][2]. */
    public static double[][] centres(boolean domainY) {
        double[][] c = new double[BLOBS.length][];
        for (int k = 0; k < BLOBS.length; k++) {
            c[k] = domainY ? toY(BLOBS[k]) : BLOBS[k].clone();
        }
        return c;
    }

    /** The weight w_k of blob k (the same in X and Y): 0.6, 0.3, 0.1. */
    public static double weight(int k) {
        return WEIGHTS[k];
    }

    private static int blobOf(double u) {
        double cumulative = 0;
        for (int k = 0; k < BLOBS.length; k++) {
            cumulative += weight(k);
            if (u < cumulative) {
                return k;
            }
        }
        return BLOBS.length - 1;
    }

    private static double[] toY(double[] p) {
        double cos = Math.cos(ANGLE);
        double sin = Math.sin(ANGLE);
        return new double[] {SCALE * (cos * p[0] - sin * p[1]) + SHIFT[0], SCALE * (sin * p[0] + cos * p[1]) + SHIFT[1]};
    }

    private static Dataset sample(int n, double sigma, Rng rng, boolean domainY) {
        if (n < 0 || !(sigma > 0)) {
            throw Failure.in("CycleDomains").argument("n, sigma").expected("n ≥ 0, sigma > 0").got(n + ", " + sigma)
                    .exception();
        }
        double[][] centres = centres(domainY);
        float[] xy = new float[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int k = blobOf(rng.uniform());
            labels[i] = k;
            xy[2 * i] = (float) (centres[k][0] + sigma * rng.normal());
            xy[2 * i + 1] = (float) (centres[k][1] + sigma * rng.normal());
        }
        return Dataset.of(xy, n, 2, labels);
    }
}
