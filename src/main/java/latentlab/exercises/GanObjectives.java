package latentlab.exercises;

import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Unit 4 exercises: the GAN's optimal discriminator, the Jensen–Shannon divergence, the value
 * of the game at the optimum, and the discriminator and generator losses on logits. All
 * logarithms are natural.
 *
 * <p>The game: V(D, G) = E_data[log D(x)] + E_z[log(1 − D(G(z)))]. A discriminator outputs a
 * logit l and D = σ(l) = 1 / (1 + exp(−l)). Losses are written with softplus(a) = log(1 + e^a),
 * using −log σ(l) = softplus(−l) and −log(1 − σ(l)) = softplus(l); a stable softplus is
 * max(a, 0) + log(1 + exp(−|a|)), finite for logits of ±1e4.
 *
 * <p>Contract of every method: arguments are never mutated; inputs may be float32 or float64
 * and a returned array has the dtype of the first array argument. Implementations in
 * {@code solutions/} throw {@link IllegalArgumentException} when shapes disagree.
 */
public interface GanObjectives {

    /**
     * The optimal discriminator for a fixed generator, point by point:
     * <pre>  D*(x) = p_data(x) / (p_data(x) + p_G(x))</pre>
     * (maximising a·log t + b·log(1 − t) over t gives t = a / (a + b)). Where both densities are
     * 0, any value is optimal; return ½ there.
     *
     * @param pData p_data at K points (densities or probabilities, ≥ 0), [1, K]
     * @param pG    p_G at the same points, ≥ 0, [1, K]
     * @return D*, in [0, 1], [1, K]
     */
    INDArray optimalDiscriminator(INDArray pData, INDArray pG);

    /**
     * Jensen–Shannon divergence between discrete distributions, with m = (p + q)/2:
     * <pre>  JSD(p ‖ q) = ½ KL(p ‖ m) + ½ KL(q ‖ m)</pre>
     * Symmetric, in [0, log 2], 0 iff p = q; 0·log 0 = 0, so disjoint supports give log 2.
     *
     * @param p probabilities summing to 1, [1, K]
     * @param q probabilities summing to 1, [1, K]
     * @return JSD in nats
     */
    double jensenShannon(INDArray p, INDArray q);

    /**
     * The value of the game when the discriminator is optimal, C(G) = V(G, D*), for discrete
     * distributions:
     * <pre>  C(G) = Σ_i [ p_data,i log D*_i + p_G,i log(1 − D*_i) ]</pre>
     * with 0·log 0 = 0. It equals −log 4 + 2·JSD(p_data ‖ p_G), so its minimum −log 4 is reached
     * at p_G = p_data.
     *
     * @param pData probabilities summing to 1, [1, K]
     * @param pG    probabilities summing to 1, [1, K]
     * @return C(G), in [−log 4, 0]
     */
    double valueAtOptimum(INDArray pData, INDArray pG);

    /**
     * The discriminator's loss (binary cross-entropy, real = 1, fake = 0), each batch averaged:
     * <pre>  L_D = −(1/N) Σ_n log σ(r_n) − (1/M) Σ_m log(1 − σ(f_m))
     *      = (1/N) Σ_n softplus(−r_n) + (1/M) Σ_m softplus(f_m)</pre>
     *
     * @param realLogits logits r on real data, [N, 1]
     * @param fakeLogits logits f on generated data, [M, 1]
     * @return L_D ≥ 0
     */
    double discriminatorLoss(INDArray realLogits, INDArray fakeLogits);

    /**
     * Gradient of {@link #discriminatorLoss} with respect to both sets of logits:
     * <pre>  ∂L_D/∂r_n = (σ(r_n) − 1) / N      ∂L_D/∂f_m = σ(f_m) / M</pre>
     *
     * @param realLogits logits on real data, [N, 1]
     * @param fakeLogits logits on generated data, [M, 1]
     * @return dRealLogits [N, 1] and dFakeLogits [M, 1]
     */
    DiscriminatorGrads discriminatorLossGradient(INDArray realLogits, INDArray fakeLogits);

    /**
     * The original (saturating) generator loss, which the generator minimises:
     * <pre>  L_G = (1/M) Σ_m log(1 − σ(f_m)) = −(1/M) Σ_m softplus(f_m)</pre>
     * When the discriminator confidently rejects fakes (f ≪ 0) its gradient vanishes.
     *
     * @param fakeLogits discriminator logits on generated data, [M, 1]
     * @return L_G ≤ 0
     */
    double generatorLossSaturating(INDArray fakeLogits);

    /**
     * Gradient of {@link #generatorLossSaturating} with respect to the fake logits:
     * <pre>  ∂L_G/∂f_m = −σ(f_m) / M</pre>
     *
     * @param fakeLogits discriminator logits on generated data, [M, 1]
     * @return [M, 1]
     */
    INDArray generatorLossSaturatingGradient(INDArray fakeLogits);

    /**
     * The non-saturating generator loss (maximise log D(G(z)) instead):
     * <pre>  L_G = −(1/M) Σ_m log σ(f_m) = (1/M) Σ_m softplus(−f_m)</pre>
     * Its gradient is largest exactly when the discriminator rejects the fakes.
     *
     * @param fakeLogits discriminator logits on generated data, [M, 1]
     * @return L_G ≥ 0
     */
    double generatorLossNonSaturating(INDArray fakeLogits);

    /**
     * Gradient of {@link #generatorLossNonSaturating} with respect to the fake logits:
     * <pre>  ∂L_G/∂f_m = (σ(f_m) − 1) / M</pre>
     *
     * @param fakeLogits discriminator logits on generated data, [M, 1]
     * @return [M, 1]
     */
    INDArray generatorLossNonSaturatingGradient(INDArray fakeLogits);

    /**
     * Gradients of the discriminator's loss.
     *
     * @param dRealLogits ∂L_D/∂r, [N, 1]
     * @param dFakeLogits ∂L_D/∂f, [M, 1]
     */
    record DiscriminatorGrads(INDArray dRealLogits, INDArray dFakeLogits) {
        public DiscriminatorGrads {
            Objects.requireNonNull(dRealLogits, "dRealLogits");
            Objects.requireNonNull(dFakeLogits, "dFakeLogits");
        }
    }
}
