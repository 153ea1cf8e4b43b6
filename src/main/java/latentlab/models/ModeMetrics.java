package latentlab.models;

import latentlab.tensor.Failure;
import latentlab.tensor.Shapes;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Mode-collapse metrics for 2-D samples from a mixture of K isotropic Gaussians with
 * known centers and standard deviation σ (the ring of 8 of the mode-collapse literature:
 * Unrolled GAN, VEEGAN, PacGAN).
 * <ul>
 *   <li>Each sample is assigned to its nearest center.</li>
 *   <li>A sample is <b>high quality</b> when it lies within 3σ of that center.</li>
 *   <li>A mode is <b>covered</b> when at least {@code minShare} of the N/K samples a uniform
 *       generator would put there are high-quality samples of that mode (PacGAN's rule:
 *       fewer than 20% of the expected count means the mode is lost).</li>
 *   <li>The <b>reverse KL</b> is KL(q ‖ p) between the histogram q of nearest-center
 *       assignments of all samples and the data's uniform weights p = 1/K. It is 0 for a
 *       perfect spread and log K when everything falls on one mode.</li>
 * </ul>
 *
 * @param modesCovered     number of covered modes, 0..K
 * @param highQualityShare share of samples within 3σ of their nearest center, in [0, 1]
 * @param reverseKl        KL(q ‖ uniform) over nearest-center histograms, in nats, in [0, log K]
 * @param countsPerMode    high-quality samples per mode, length K
 */
public record ModeMetrics(int modesCovered, double highQualityShare, double reverseKl, int[] countsPerMode) {

    /** PacGAN's default: a mode with fewer than 20% of its expected samples is lost. */
    public static final double DEFAULT_MIN_SHARE = 0.2;

    /**
     * Measures samples [N, 2] against centers [K, 2] with component standard deviation
     * sigma. Neither array is modified.
     */
    public static ModeMetrics of(INDArray samples, INDArray centers, double sigma) {
        return of(samples, centers, sigma, DEFAULT_MIN_SHARE);
    }

    public static ModeMetrics of(INDArray samples, INDArray centers, double sigma, double minShare) {
        Shapes.in("ModeMetrics.of").check("samples", samples, "N", "D").check("centers", centers, "K", "D");
        if (!(sigma > 0)) {
            throw Failure.in("ModeMetrics.of").argument("sigma").expected("> 0").got(String.valueOf(sigma)).exception();
        }
        if (!(minShare >= 0 && minShare <= 1)) {
            throw Failure.in("ModeMetrics.of").argument("minShare").expected("in [0, 1]")
                    .got(String.valueOf(minShare)).exception();
        }
        int n = (int) samples.rows();
        int k = (int) centers.rows();
        int d = (int) samples.columns();
        if (n == 0 || k == 0) {
            throw Failure.in("ModeMetrics.of").argument("samples, centers").expected("at least one row each")
                    .got(n + " samples, " + k + " centers").exception();
        }
        double[] s = samples.castTo(DataType.DOUBLE).dup('c').data().asDouble();
        double[] c = centers.castTo(DataType.DOUBLE).dup('c').data().asDouble();
        int[] assigned = new int[k];
        int[] highQuality = new int[k];
        double radius2 = 9 * sigma * sigma;
        long highTotal = 0;
        for (int i = 0; i < n; i++) {
            int best = -1;
            double bestDist = Double.POSITIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                double dist = 0;
                for (int t = 0; t < d; t++) {
                    double diff = s[i * d + t] - c[j * d + t];
                    dist += diff * diff;
                }
                if (dist < bestDist) {
                    bestDist = dist;
                    best = j;
                }
            }
            if (best < 0) {
                continue; // a NaN sample belongs to no mode and is not high quality
            }
            assigned[best]++;
            if (bestDist <= radius2) {
                highQuality[best]++;
                highTotal++;
            }
        }
        double expected = (double) n / k;
        int covered = 0;
        for (int j = 0; j < k; j++) {
            if (highQuality[j] > 0 && highQuality[j] >= minShare * expected) {
                covered++;
            }
        }
        long assignedTotal = 0;
        for (int a : assigned) {
            assignedTotal += a;
        }
        double kl = 0;
        for (int j = 0; j < k; j++) {
            if (assigned[j] > 0) {
                double q = (double) assigned[j] / assignedTotal;
                kl += q * Math.log(q * k);
            }
        }
        return new ModeMetrics(covered, (double) highTotal / n, assignedTotal == 0 ? Double.NaN : kl,
                highQuality);
    }

    public ModeMetrics {
        countsPerMode = countsPerMode.clone();
    }

    @Override
    public int[] countsPerMode() {
        return countsPerMode.clone();
    }

    @Override
    public String toString() {
        return String.format("modes covered %d/%d, high-quality %.1f%%, reverse KL %.3f nats", modesCovered,
                countsPerMode.length, 100 * highQualityShare, reverseKl);
    }
}
