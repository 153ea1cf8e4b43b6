package latentlab.loss;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * How per-element losses ℓ[n, d] of a batch [N, D] become one number.
 */
public enum Reduction {
    /** {@code (1 / (N·D)) Σ_{n,d} ℓ[n, d]}: the mean over every element. */
    MEAN,
    /** {@code (1 / N) Σ_n Σ_d ℓ[n, d]}: a per-sample loss (summed over features, as in the ELBO), averaged over the batch. */
    SUM_OVER_FEATURES,
    /** {@code Σ_{n,d} ℓ[n, d]}. */
    SUM;

    /** The number the sum is divided by for a batch shaped like {@code predictions}. */
    public double divisor(INDArray predictions) {
        return switch (this) {
            case MEAN -> predictions.length();
            case SUM_OVER_FEATURES -> predictions.rank() == 0 ? 1 : predictions.size(0);
            case SUM -> 1;
        };
    }
}
