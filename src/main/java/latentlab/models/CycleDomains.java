package latentlab.models;

import latentlab.data.Dataset;
import latentlab.tensor.Failure;
import latentlab.tensor.Rng;

/**
 * Two unpaired 2-D domains for CycleGAN with a known ground-truth pairing: domain X is K
 * isotropic Gaussian blobs at irregular positions p_k, and domain Y is their image under a
 * rotation, scaling and shift, q_k = s·R(θ)·p_k + c. The blobs have unequal weights
 * w_k ∝ k + 1, so a translator that maps whole blobs to whole blobs (as a cycle-consistent,
 * one-to-one map must) can only match the data's mass by sending blob k of X to blob k of Y.
 * Without the cycle loss, G may split and merge blobs instead. Labels give the blob k.
 */
public final class CycleDomains {
    private static final double[][] BLOBS = {{-2.0, 0.0}, {-1.0, 1.6}, {0.4, -1.2}, {2.0, 0.4}, {0.8, 2.2}};
    private static final double ANGLE = Math.toRadians(15);
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

    /** The weight of blob k, (k + 1) / (K(K + 1)/2). */
    public static double weight(int k) {
        int total = BLOBS.length * (BLOBS.length + 1) / 2;
        return (k + 1.0) / total;
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
