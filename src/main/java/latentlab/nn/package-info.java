/**
 * Layers as forward/backward pairs over INDArray rows (row n is sample n): {@link
 * latentlab.nn.Linear} {@code out = x·w + b} with {@code dx = dOut·wᵀ, dw = xᵀ·dOut,
 * db = Σ_n dOut[n]}; element-wise activations {@code out = f(x)} with
 * {@code dx = dOut ⊙ f'(x)} ({@link latentlab.nn.ReLU}, {@link latentlab.nn.LeakyReLU},
 * {@link latentlab.nn.Sigmoid}, {@link latentlab.nn.Tanh}); an {@link latentlab.nn.Mlp}
 * composed from them; Xavier and He initialisation ({@link latentlab.nn.Init}).
 *
 * <p>The chain rule is the whole story: each layer turns {@code dL/dout} into
 * {@code dL/dx} and its parameters' gradients, and a network runs its layers' backward
 * passes in reverse order.
 */
package latentlab.nn;
