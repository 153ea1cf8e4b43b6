package latentlab.exercises;

import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Unit 5 exercise: CycleGAN's cycle-consistency loss, for translators G: X → Y and F: Y → X.
 * Translating to the other domain and back must return the input, so that content survives.
 *
 * <p>Contract: arguments are never mutated; inputs may be float32 or float64 and a returned
 * array has the dtype of the first array argument. Implementations in {@code solutions/}
 * throw {@link IllegalArgumentException} when shapes disagree.
 */
public interface CycleConsistency {

    /**
     * The cycle-consistency loss: L1 distance per sample, averaged over each batch:
     * <pre>  L_cyc = (1/N) Σ_n ||F(G(x_n)) − x_n||₁ + (1/M) Σ_m ||G(F(y_m)) − y_m||₁</pre>
     * (||v||₁ = Σ_j |v_j|). 0 iff both cycles are exact. The weight λ is applied by the model.
     *
     * @param x       samples from domain X, [N, D]
     * @param xCycled F(G(x)), [N, D]
     * @param y       samples from domain Y, [M, E]
     * @param yCycled G(F(y)), [M, E]
     * @return L_cyc ≥ 0
     */
    double cycleConsistencyLoss(INDArray x, INDArray xCycled, INDArray y, INDArray yCycled);

    /**
     * A subgradient of {@link #cycleConsistencyLoss} with respect to the cycled samples:
     * <pre>  ∂L/∂xCycled = sign(xCycled − x) / N      ∂L/∂yCycled = sign(yCycled − y) / M</pre>
     * with sign(0) = 0 (|v| is not differentiable at 0; 0 is a valid subgradient there).
     *
     * @param x       samples from domain X, [N, D]
     * @param xCycled F(G(x)), [N, D]
     * @param y       samples from domain Y, [M, E]
     * @param yCycled G(F(y)), [M, E]
     * @return dXCycled [N, D] and dYCycled [M, E]
     */
    CycleGrads cycleConsistencyGradient(INDArray x, INDArray xCycled, INDArray y, INDArray yCycled);

    /**
     * Subgradients of the cycle-consistency loss.
     *
     * @param dXCycled ∂L/∂F(G(x)), [N, D]
     * @param dYCycled ∂L/∂G(F(y)), [M, E]
     */
    record CycleGrads(INDArray dXCycled, INDArray dYCycled) {
        public CycleGrads {
            Objects.requireNonNull(dXCycled, "dXCycled");
            Objects.requireNonNull(dYCycled, "dYCycled");
        }
    }
}
