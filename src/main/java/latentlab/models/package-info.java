/**
 * Generative models that really learn, built on {@code nn}, {@code optim}, {@code train}
 * and the exercise interfaces (so a model runs on the reference functions or on the
 * student's): autoencoders, the VAE, the GAN, CycleGAN and a RealNVP-style coupling flow,
 * with their evaluation helpers ({@link latentlab.models.Quadrature1d} for 1-D GAN
 * optimality, {@link latentlab.models.ModeMetrics} for mode collapse) and one-file
 * {@link latentlab.models.Checkpoint}s.
 *
 * <p>The key equation of the unit each model serves:
 * <pre>
 *   AE    L = (1/N) Σ_n ||x_n − g(f(x_n))||²
 *   VAE   −ELBO = E_q[−log p(x|z)] + KL(q(z|x) ‖ N(0, I)),  z = μ + exp(½ logVar) ⊙ ε
 *   GAN   min_G max_D E_data[log D(x)] + E_z[log(1 − D(G(z)))],  D* = p_data / (p_data + p_G)
 *   Cycle L = L_GAN(G, D_Y) + L_GAN(F, D_X) + λ (||F(G(x)) − x||₁ + ||G(F(y)) − y||₁)
 *   Flow  log p(x) = log p(z) + log |det ∂z/∂x|
 * </pre>
 * Each model is a class with a config record ({@code withX} tweaks), a {@code step}, a
 * {@code fit} through {@link latentlab.train.Fit} that appends one row per epoch to its
 * history table and reports to a {@link latentlab.train.Progress}, and {@code save}/{@code load}
 * of a one-file checkpoint (weights, Adam's state, history). The exercise functions each model
 * needs are behind a small interface ({@link latentlab.models.VaeFunctions},
 * {@link latentlab.models.GanLosses}, {@link latentlab.models.FlowFunctions}, the exercise's
 * {@code CycleConsistency}) with a fused built-in default, {@code reference()} and
 * {@code student()}. A {@link latentlab.models.GanRecipe} pairs a GAN config with its
 * learning-rate annealing: {@code ring()} for the ring of 8, {@code collapsing()} to show mode
 * collapse.
 *
 * <p>Arrays are float32 [N, D] with row n sample n; inputs are never modified; every random
 * draw comes from a {@link latentlab.tensor.Rng} passed in or the config's seed.
 */
package latentlab.models;
