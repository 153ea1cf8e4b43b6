package latentlab.exercises;

import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Unit 1 exercises: the autoencoder's reconstruction loss, the linear layer it is built from,
 * and the corruption of a denoising autoencoder.
 *
 * <p>Contract of every method: row n is sample n; arguments are never mutated; randomness is
 * passed in as arrays; inputs may be float32 or float64 and a returned array has the dtype
 * of the first array argument. Implementations in {@code solutions/} throw
 * {@link IllegalArgumentException} (formatted by {@link latentlab.tensor.Failure}) when
 * shapes disagree.
 */
public interface Reconstruction {

    /**
     * Reconstruction loss, summed over the D features of a sample and averaged over the batch:
     * <pre>  L = (1/N) Σ_n Σ_j (xHat_nj − x_nj)²</pre>
     *
     * @param xHat reconstruction g(f(x)), [N, D]
     * @param x    original input, [N, D]
     * @return L, a scalar (0 when xHat = x); batch of 1 is N = 1
     */
    double mse(INDArray xHat, INDArray x);

    /**
     * Gradient of {@link #mse} with respect to the reconstruction:
     * <pre>  ∂L/∂xHat = (2/N) (xHat − x)</pre>
     *
     * @param xHat reconstruction, [N, D]
     * @param x    original input, [N, D]
     * @return ∂L/∂xHat, [N, D]
     */
    INDArray mseGradient(INDArray xHat, INDArray x);

    /**
     * Affine layer: <pre>  out = x · W + b</pre> (b is broadcast over the rows).
     *
     * @param x input, [N, D]
     * @param w weights, [D, H]
     * @param b bias, [1, H]
     * @return out, [N, H]
     */
    INDArray linearForward(INDArray x, INDArray w, INDArray b);

    /**
     * Backward pass of {@link #linearForward}, given the upstream gradient dOut = ∂L/∂out:
     * <pre>  dx = dOut · Wᵀ      dW = xᵀ · dOut      db = Σ_n dOut_n</pre>
     *
     * @param dOut upstream gradient, [N, H]
     * @param x    the forward input, [N, D]
     * @param w    the forward weights, [D, H]
     * @return the gradients dx [N, D], dW [D, H], db [1, H]
     */
    LinearGrads linearBackward(INDArray dOut, INDArray x, INDArray w);

    /**
     * Additive Gaussian corruption for a denoising autoencoder:
     * <pre>  x̃ = x + σ · noise</pre> where noise ~ N(0, I) is passed in. σ = 0 returns a copy of x.
     *
     * @param x     clean input, [N, D]
     * @param noise standard-normal noise, [N, D]
     * @param sigma noise standard deviation, σ ≥ 0
     * @return x̃, [N, D], a new array
     */
    INDArray corruptGaussian(INDArray x, INDArray noise, double sigma);

    /**
     * Masking corruption for a denoising autoencoder: each entry is kept where the mask is 1
     * and zeroed where it is 0:
     * <pre>  x̃ = x ⊙ mask</pre>
     *
     * @param x    clean input, [N, D]
     * @param mask 0/1 mask (typically Bernoulli(1 − dropProbability)), [N, D]
     * @return x̃, [N, D], a new array
     */
    INDArray corruptMasking(INDArray x, INDArray mask);

    /**
     * Gradients of a linear layer.
     *
     * @param dx ∂L/∂x, [N, D]
     * @param dW ∂L/∂W, [D, H]
     * @param db ∂L/∂b, [1, H]
     */
    record LinearGrads(INDArray dx, INDArray dW, INDArray db) {
        public LinearGrads {
            Objects.requireNonNull(dx, "dx");
            Objects.requireNonNull(dW, "dW");
            Objects.requireNonNull(db, "db");
        }
    }
}
