/**
 * Losses with their gradients with respect to the predictions: squared error
 * ({@link latentlab.loss.Mse}), binary cross-entropy on logits
 * ({@link latentlab.loss.BceWithLogits}, {@code ℓ = softplus(s) - y·s}, {@code dℓ/ds = σ(s) - y}),
 * and the Gaussian negative log-likelihood ({@link latentlab.loss.GaussianNll},
 * {@code ℓ = ½(log 2π + logVar + (x - μ)² e^-logVar)}). Each reduces per-element losses
 * by a {@link latentlab.loss.Reduction}; sums are accumulated in double.
 */
package latentlab.loss;
