package latentlab.models;

import latentlab.tensor.Failure;

/**
 * Bits per dimension: a model's average negative log-likelihood in bits, divided by the number
 * of features D, so that models of data of different sizes compare. For a continuous density,
 * <pre>
 *   bits/dim = −E[log p(x)] / (D ln 2).
 * </pre>
 * For discrete data x ∈ {0, …, K − 1}^D modelled through uniform dequantization
 * y = (x + u) / K, u ~ U[0, 1)^D, the discrete likelihood is bounded below by
 * log P(x) ≥ E_u[log p(y)] − D ln K, so
 * <pre>
 *   bits/dim ≤ log₂ K − E[log p(y)] / (D ln 2),
 * </pre>
 * and log₂ K is what the uniform distribution over the K^D values costs.
 */
public final class BitsPerDim {
    private BitsPerDim() {
    }

    /** −meanLogDensity / (D ln 2), for a mean log-density in nats of data with {@code dim} features. */
    public static double continuous(double meanLogDensity, int dim) {
        requireDim(dim);
        return -meanLogDensity / (dim * Math.log(2));
    }

    /**
     * log₂ K − meanLogDensity / (D ln 2): the bits per dimension of discrete data with K levels,
     * from the mean log-density (nats) of its dequantized version y = (x + u) / K in [0, 1)^D.
     */
    public static double dequantized(double meanLogDensity, int dim, int levels) {
        requireDim(dim);
        if (levels < 1) {
            throw Failure.in("BitsPerDim.dequantized").argument("levels").expected("K >= 1")
                    .got(String.valueOf(levels)).exception();
        }
        return Math.log(levels) / Math.log(2) + continuous(meanLogDensity, dim);
    }

    private static void requireDim(int dim) {
        if (dim < 1) {
            throw Failure.in("BitsPerDim").argument("dim").expected("D >= 1").got(String.valueOf(dim)).exception();
        }
    }
}
