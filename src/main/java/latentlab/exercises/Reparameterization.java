package latentlab.exercises;

import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Unit 3 exercises: the reparameterization trick, the Bernoulli decoder's loss on logits, two
 * gradient estimators of d/dμ E[f(z)], and the VAE loss assembled from the pieces.
 *
 * <p>Contract of every method: row n is sample n; per-sample results are [N, 1]; arguments are
 * never mutated; randomness (ε) is passed in; inputs may be float32 or float64 and a returned
 * array has the dtype of the first array argument. The reference stays finite wherever the
 * true value is a finite double, for logits and logVar in [−1e4, 1e4]. Implementations in
 * {@code solutions/} throw {@link IllegalArgumentException} when shapes disagree.
 */
public interface Reparameterization {

    /**
     * Reparameterized sample of z ~ N(μ, diag(σ²)) with σ = exp(½ logVar):
     * <pre>  z = μ + exp(½ logVar) ⊙ ε,   ε ~ N(0, I) passed in</pre>
     * So E[z] = μ and Var[z] = σ², and z is differentiable in μ and logVar.
     *
     * @param mu     means, [N, Z]
     * @param logVar log-variances, [N, Z]
     * @param eps    standard-normal noise ε, [N, Z]
     * @return z, [N, Z]
     */
    INDArray reparameterize(INDArray mu, INDArray logVar, INDArray eps);

    /**
     * Backward pass of {@link #reparameterize}, given dZ = ∂L/∂z:
     * <pre>  dMu = dZ        dLogVar = dZ ⊙ ½ exp(½ logVar) ⊙ ε</pre>
     *
     * @param dZ     upstream gradient, [N, Z]
     * @param logVar the forward log-variances, [N, Z]
     * @param eps    the forward noise, [N, Z]
     * @return dMu [N, Z] and dLogVar [N, Z]
     */
    ReparameterizeGrads reparameterizeBackward(INDArray dZ, INDArray logVar, INDArray eps);

    /**
     * Binary cross-entropy of targets x under Bernoulli(sigmoid(logits)), summed over the D
     * features of each sample:
     * <pre>  BCE_n = −Σ_j [ x_nj log σ(l_nj) + (1 − x_nj) log(1 − σ(l_nj)) ]
     *        = Σ_j [ max(l_nj, 0) − l_nj x_nj + log(1 + exp(−|l_nj|)) ]</pre>
     * The second form is the stable one: it never evaluates log 0 or exp of a large number,
     * so logits of ±1e4 give finite results. x may be fractional in [0, 1] (grey levels).
     *
     * @param logits decoder logits l, [N, D]
     * @param x      targets in [0, 1], [N, D]
     * @return BCE_n, [N, 1]
     */
    INDArray bceWithLogits(INDArray logits, INDArray x);

    /**
     * Gradient of Σ_n BCE_n ({@link #bceWithLogits}) with respect to the logits:
     * <pre>  ∂/∂l = σ(l) − x</pre>
     * σ must be evaluated stably for logits of ±1e4 (no NaN).
     *
     * @param logits decoder logits, [N, D]
     * @param x      targets in [0, 1], [N, D]
     * @return [N, D]
     */
    INDArray bceWithLogitsGradient(INDArray logits, INDArray x);

    /**
     * Pathwise (reparameterization) estimator of d/dμ E_{z~N(μ,σ²)}[f(z)] for N independent
     * univariate Gaussians, from K samples z_nk = μ_n + σ_n ε_nk. Since ∂z/∂μ = 1:
     * <pre>  ĝ_n = (1/K) Σ_k f'(z_nk)</pre>
     * f is given by its derivative evaluated at the samples.
     *
     * @param fPrimeAtZ f'(z_nk), [N, K]
     * @return ĝ, [N, 1]
     */
    INDArray pathwiseGradient(INDArray fPrimeAtZ);

    /**
     * Score-function (REINFORCE) estimator of the same gradient, from the same samples
     * z_nk = μ_n + σ_n ε_nk. Since ∂/∂μ log N(z; μ, σ²) = (z − μ)/σ² = ε/σ:
     * <pre>  ĝ_n = (1/K) Σ_k f(z_nk) ε_nk / σ_n</pre>
     * Unbiased like the pathwise estimator, but usually with a much larger variance.
     *
     * @param fAtZ  f(z_nk), [N, K]
     * @param eps   the noise ε_nk used to draw the samples, [N, K]
     * @param sigma standard deviations σ_n &gt; 0, [N, 1]
     * @return ĝ, [N, 1]
     */
    INDArray scoreFunctionGradient(INDArray fAtZ, INDArray eps, INDArray sigma);

    /**
     * The VAE's loss for one batch with a Bernoulli decoder: the negative ELBO with an
     * α-weighted reconstruction term, averaged over the batch:
     * <pre>  loss = (1/N) Σ_n [ α · BCE_n(logits, x) + KL_n(μ, logVar) ]</pre>
     * with BCE_n from {@link #bceWithLogits} and KL_n the KL of N(μ, diag(exp(logVar))) from
     * N(0, I). α = 1 is the plain negative ELBO.
     *
     * <p>Gradients are of {@code loss}: dLogits = (α/N)(σ(l) − x); dMu = μ/N and
     * dLogVar = ½(exp(logVar) − 1)/N are the KL term's direct gradients only. (The
     * reconstruction's gradient reaches μ and logVar through the decoder and
     * {@link #reparameterizeBackward}; the model adds the two.)
     *
     * @param logits decoder logits for the reconstruction, [N, D]
     * @param x      targets in [0, 1], [N, D]
     * @param mu     encoder means, [N, Z]
     * @param logVar encoder log-variances, [N, Z]
     * @param alpha  weight α ≥ 0 of the reconstruction term
     * @return loss, its two terms (batch means) and its gradients
     */
    VaeLossResult vaeLoss(INDArray logits, INDArray x, INDArray mu, INDArray logVar, double alpha);

    /**
     * Gradients of a loss through {@link #reparameterize}.
     *
     * @param dMu     ∂L/∂μ, [N, Z]
     * @param dLogVar ∂L/∂logVar, [N, Z]
     */
    record ReparameterizeGrads(INDArray dMu, INDArray dLogVar) {
        public ReparameterizeGrads {
            Objects.requireNonNull(dMu, "dMu");
            Objects.requireNonNull(dLogVar, "dLogVar");
        }
    }

    /**
     * Result of {@link #vaeLoss}.
     *
     * @param loss           (1/N) Σ_n (α BCE_n + KL_n), the value minimised
     * @param reconstruction (1/N) Σ_n BCE_n, unweighted
     * @param kl             (1/N) Σ_n KL_n
     * @param dLogits        ∂loss/∂logits, [N, D]
     * @param dMu            ∂loss/∂μ through the KL term, [N, Z]
     * @param dLogVar        ∂loss/∂logVar through the KL term, [N, Z]
     */
    record VaeLossResult(double loss, double reconstruction, double kl, INDArray dLogits, INDArray dMu,
            INDArray dLogVar) {
        public VaeLossResult {
            Objects.requireNonNull(dLogits, "dLogits");
            Objects.requireNonNull(dMu, "dMu");
            Objects.requireNonNull(dLogVar, "dLogVar");
        }
    }
}
