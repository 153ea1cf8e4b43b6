package latentlab.exercises;

import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Unit 2 exercises: KL divergences, the Gaussian log-density, and the Monte Carlo estimates of
 * the ELBO and of log p(x). All logarithms are natural.
 *
 * <p>Contract of every method: row n is sample n; per-sample results are [N, 1]; arguments are
 * never mutated; inputs may be float32 or float64 and a returned array has the dtype of the
 * first array argument. The reference stays finite wherever the true value is a finite
 * double, for logVar in [−1e4, 1e4] (for example KL with logVar = −1e4 is ≈ 5e3, not NaN).
 * Implementations in {@code solutions/} throw {@link IllegalArgumentException} when shapes
 * disagree.
 */
public interface Divergences {

    /**
     * KL divergence between two univariate Gaussians:
     * <pre>  KL(N(μ1, σ1²) ‖ N(μ2, σ2²)) = log(σ2/σ1) + (σ1² + (μ1 − μ2)²) / (2σ2²) − ½</pre>
     * It is ≥ 0, and 0 iff μ1 = μ2 and σ1 = σ2.
     *
     * @param mu1    mean of p
     * @param sigma1 standard deviation of p, &gt; 0
     * @param mu2    mean of q
     * @param sigma2 standard deviation of q, &gt; 0
     * @return KL(p ‖ q) in nats
     */
    double klGaussians(double mu1, double sigma1, double mu2, double sigma2);

    /**
     * KL divergence of a diagonal Gaussian q = N(μ, diag(exp(logVar))) from N(0, I), per sample:
     * <pre>  KL_n = ½ Σ_j (exp(logVar_nj) + μ_nj² − 1 − logVar_nj)</pre>
     * Edge cases: logVar = −1e4 gives a finite, large KL (exp underflows to 0, which is
     * right); logVar &gt; ≈709 makes exp overflow, and the result is +∞ (the true value exceeds
     * the largest double). Small |logVar|: exp(logVar) − 1 − logVar cancels; {@code Math.expm1}
     * helps, and a Taylor series (v²/2 + v³/6 + …) is exact for |v| &lt; 0.01.
     *
     * @param mu     means, [N, Z]
     * @param logVar log-variances log σ², [N, Z]
     * @return KL_n, [N, 1]
     */
    INDArray klToStandardNormal(INDArray mu, INDArray logVar);

    /**
     * Gradient of Σ_n KL_n ({@link #klToStandardNormal}) with respect to μ and logVar:
     * <pre>  ∂/∂μ = μ        ∂/∂logVar = ½ (exp(logVar) − 1)</pre>
     *
     * @param mu     means, [N, Z]
     * @param logVar log-variances, [N, Z]
     * @return dMu [N, Z] and dLogVar [N, Z]
     */
    KlGrads klToStandardNormalGradient(INDArray mu, INDArray logVar);

    /**
     * KL divergence between two discrete distributions over K outcomes:
     * <pre>  KL(p ‖ q) = Σ_i p_i log(p_i / q_i)</pre>
     * Edge cases: a term with p_i = 0 is 0 (0·log 0 = 0, whatever q_i is); if q_i = 0 &lt; p_i
     * for some i, the result is {@code Double.POSITIVE_INFINITY}. p and q are not renormalised.
     *
     * @param p probabilities summing to 1, [1, K]
     * @param q probabilities summing to 1, [1, K]
     * @return KL(p ‖ q) ≥ 0, in nats, possibly +∞
     */
    double klDiscrete(INDArray p, INDArray q);

    /**
     * Log-density of x under a diagonal Gaussian N(μ, diag(exp(logVar))), per sample:
     * <pre>  log N(x_n; μ_n, σ_n²) = −½ Σ_j (log 2π + logVar_nj + (x_nj − μ_nj)² exp(−logVar_nj))</pre>
     * Edge case: with logVar = −1e4, exp(−logVar) overflows; a term with x = μ must still
     * contribute its finite value (0 · ∞ is not allowed to make NaN), and x ≠ μ gives −∞.
     *
     * @param x      points, [N, Z]
     * @param mu     means, [N, Z]
     * @param logVar log-variances, [N, Z]
     * @return log-densities, [N, 1]
     */
    INDArray logNormal(INDArray x, INDArray mu, INDArray logVar);

    /**
     * Numerically stable log of the mean of exponentials, per row:
     * <pre>  logMeanExp(w)_n = log( (1/K) Σ_k exp(w_nk) ) = m_n + log( (1/K) Σ_k exp(w_nk − m_n) ),
     *   m_n = max_k w_nk</pre>
     * Must not overflow or underflow for |w| up to 1e4 (for example w = [1000, 1000] gives
     * 1000). A row of all −∞ gives −∞; a row containing +∞ gives +∞.
     *
     * @param logWeights log-weights, [N, K] (K ≥ 1)
     * @return [N, 1]
     */
    INDArray logMeanExp(INDArray logWeights);

    /**
     * Monte Carlo estimate of the ELBO from K samples z_nk ~ q(z | x_n), given the three
     * log-densities evaluated at those samples:
     * <pre>  ELBO_n ≈ (1/K) Σ_k [ log p(x_n | z_nk) + log p(z_nk) − log q(z_nk | x_n) ]</pre>
     *
     * @param logPxGivenZ log p(x_n | z_nk), [N, K]
     * @param logPz       log p(z_nk), [N, K]
     * @param logQz       log q(z_nk | x_n), [N, K]
     * @return ELBO estimates, [N, 1]
     */
    INDArray elboEstimate(INDArray logPxGivenZ, INDArray logPz, INDArray logQz);

    /**
     * Importance-sampled estimate of log p(x_n), with q(z | x_n) as the proposal and the same
     * inputs as {@link #elboEstimate}:
     * <pre>  log p(x_n) ≈ log (1/K) Σ_k exp( log p(x_n | z_nk) + log p(z_nk) − log q(z_nk | x_n) )</pre>
     * It must be computed stably (see {@link #logMeanExp}); log-weights around −1e4 are normal.
     * By Jensen's inequality it is ≥ {@link #elboEstimate} on the same samples.
     *
     * @param logPxGivenZ log p(x_n | z_nk), [N, K]
     * @param logPz       log p(z_nk), [N, K]
     * @param logQz       log q(z_nk | x_n), [N, K]
     * @return log-likelihood estimates, [N, 1]
     */
    INDArray importanceSampledLogLikelihood(INDArray logPxGivenZ, INDArray logPz, INDArray logQz);

    /**
     * Gradients of a KL term with respect to the Gaussian's parameters.
     *
     * @param dMu     ∂KL/∂μ, [N, Z]
     * @param dLogVar ∂KL/∂logVar, [N, Z]
     */
    record KlGrads(INDArray dMu, INDArray dLogVar) {
        public KlGrads {
            Objects.requireNonNull(dMu, "dMu");
            Objects.requireNonNull(dLogVar, "dLogVar");
        }
    }
}
