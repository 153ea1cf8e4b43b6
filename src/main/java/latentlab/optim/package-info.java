/**
 * Optimizers that update parameters in place from their gradients:
 * {@link latentlab.optim.Sgd} with momentum ({@code v ← μv + g, θ ← θ - lr·v}) and
 * {@link latentlab.optim.Adam} ({@code θ ← θ - lr·m̂/(√v̂ + ε)} with bias-corrected first
 * and second moment estimates m̂, v̂).
 */
package latentlab.optim;
