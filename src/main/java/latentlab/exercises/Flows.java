package latentlab.exercises;

import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Unit 6 exercises: the affine coupling layer of RealNVP with its log-determinant, and uniform
 * dequantization. Change of variables: log p(x) = log p(z) + log|det ∂z/∂x|.
 *
 * <p>A coupling layer splits the D features with a binary mask m ([1, D]): features with
 * m_j = 1 pass through unchanged and condition the scale s and shift t, which are the outputs
 * of small networks applied to x ⊙ m. Those networks are not part of the exercise: their
 * outputs s and t ([N, D]) are passed in, so results are exact. Entries of s and t where
 * m_j = 1 are ignored. Because x ⊙ m = y ⊙ m, the same s and t serve both directions.
 *
 * <p>Contract of every method: arguments are never mutated; randomness (dequantization noise)
 * is passed in; inputs may be float32 or float64 and a returned array has the dtype of the
 * first array argument. Implementations in {@code solutions/} throw
 * {@link IllegalArgumentException} when shapes disagree.
 */
public interface Flows {

    /**
     * Forward pass of an affine coupling layer:
     * <pre>  y = m ⊙ x + (1 − m) ⊙ (x ⊙ exp(s) + t)
     *   log|det ∂y/∂x|_n = Σ_j (1 − m_j) s_nj</pre>
     * The Jacobian is triangular, so its log-determinant is the sum of the transformed
     * features' log-scales.
     *
     * @param x    input, [N, D]
     * @param mask binary mask m, 1 = pass through, [1, D]
     * @param s    log-scales s(x ⊙ m), [N, D]
     * @param t    shifts t(x ⊙ m), [N, D]
     * @return y [N, D] and log|det ∂y/∂x| [N, 1]
     */
    CouplingResult affineCouplingForward(INDArray x, INDArray mask, INDArray s, INDArray t);

    /**
     * Inverse of {@link #affineCouplingForward}, with the same s and t:
     * <pre>  x = m ⊙ y + (1 − m) ⊙ ((y − t) ⊙ exp(−s))
     *   log|det ∂x/∂y|_n = −Σ_j (1 − m_j) s_nj</pre>
     * inverse(forward(x)).output() equals x to rounding.
     *
     * @param y    output of the forward pass, [N, D]
     * @param mask binary mask m, [1, D]
     * @param s    log-scales s(y ⊙ m), [N, D]
     * @param t    shifts t(y ⊙ m), [N, D]
     * @return x [N, D] and log|det ∂x/∂y| [N, 1]
     */
    CouplingResult affineCouplingInverse(INDArray y, INDArray mask, INDArray s, INDArray t);

    /**
     * Backward pass of {@link #affineCouplingForward}, given the upstream gradients of a loss L
     * with respect to y and to the log-determinant:
     * <pre>  dx = dY ⊙ (m + (1 − m) ⊙ exp(s))          (only the direct path through y)
     *   dS = (1 − m) ⊙ (dY ⊙ x ⊙ exp(s) + dLogDet)  (dLogDet broadcast over the D columns)
     *   dT = (1 − m) ⊙ dY</pre>
     * The model backpropagates dS and dT through the scale and shift networks into x ⊙ m and
     * adds that to dx.
     *
     * @param dY      ∂L/∂y, [N, D]
     * @param dLogDet ∂L/∂logDet, [N, 1]
     * @param x       the forward input, [N, D]
     * @param mask    binary mask m, [1, D]
     * @param s       the forward log-scales, [N, D]
     * @return dx, dS and dT, each [N, D]
     */
    CouplingGrads affineCouplingBackward(INDArray dY, INDArray dLogDet, INDArray x, INDArray mask, INDArray s);

    /**
     * Uniform dequantization of discrete data with K levels {0, 1, …, K − 1}, into [0, 1):
     * <pre>  y = (x + u) / K,   u ~ U[0, 1) passed in</pre>
     * A continuous density on y then lower-bounds the discrete likelihood:
     * log P(x) ≥ E_u[log p(y)] − D log K.
     *
     * @param x      integer-valued data in {0, …, K − 1}, [N, D]
     * @param u      uniform noise in [0, 1), [N, D]
     * @param levels K ≥ 1 (256 for 8-bit pixels)
     * @return y in [0, 1), [N, D]
     */
    INDArray uniformDequantize(INDArray x, INDArray u, int levels);

    /**
     * Result of a coupling layer in either direction.
     *
     * @param output y (forward) or x (inverse), [N, D]
     * @param logDet log-determinant of that direction's Jacobian, [N, 1]
     */
    record CouplingResult(INDArray output, INDArray logDet) {
        public CouplingResult {
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(logDet, "logDet");
        }
    }

    /**
     * Gradients of a coupling layer's forward pass.
     *
     * @param dx ∂L/∂x through the direct path, [N, D]
     * @param dS ∂L/∂s, [N, D]
     * @param dT ∂L/∂t, [N, D]
     */
    record CouplingGrads(INDArray dx, INDArray dS, INDArray dT) {
        public CouplingGrads {
            Objects.requireNonNull(dx, "dx");
            Objects.requireNonNull(dS, "dS");
            Objects.requireNonNull(dT, "dT");
        }
    }
}
