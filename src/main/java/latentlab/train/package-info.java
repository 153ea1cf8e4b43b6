/**
 * Training: {@link latentlab.train.Fit} runs mini-batch stochastic optimisation,
 * {@code θ ← update(θ, ∇θ (1/B) Σ_{i ∈ batch} ℓ(x_i; θ))}, over shuffled batches drawn from a
 * seed; the {@link latentlab.train.History} of every step's metrics is a Tablesaw table;
 * {@link latentlab.train.Progress} lets a terminal or a notebook show the run as it goes.
 */
package latentlab.train;
