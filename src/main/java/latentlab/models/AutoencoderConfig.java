package latentlab.models;

import latentlab.tensor.Budget;
import latentlab.tensor.Failure;

/**
 * An autoencoder's shape, loss, corruption and training settings.
 *
 * @param inputs       D
 * @param hidden       H, the hidden width of the MLP encoder and decoder (ignored when linear)
 * @param latent       Z, the bottleneck
 * @param linear       true for the linear AE x → x·W_e + b_e → z·W_d + b_d (the PCA comparison)
 * @param loss         MSE on the decoder's output, or BCE on its logits (outputs then σ(logits))
 * @param corruption   NONE, GAUSSIAN (x + σ·noise) or MASKING (x ⊙ mask) for a denoising AE
 * @param noise        σ for GAUSSIAN, the drop probability for MASKING; ignored for NONE
 * @param learningRate Adam's learning rate
 * @param batchSize    examples per step
 * @param epochs       passes over the training set made by one {@code fit}
 * @param seed         fixes the weights, the shuffling and the corruption noise
 */
public record AutoencoderConfig(int inputs, int hidden, int latent, boolean linear, Loss loss, Corruption corruption,
                                double noise, double learningRate, int batchSize, int epochs, long seed) {

    /** The reconstruction loss. */
    public enum Loss { MSE, BCE }

    /** How a denoising AE corrupts its input. */
    public enum Corruption { NONE, GAUSSIAN, MASKING }

    public AutoencoderConfig {
        Configs.positive("AutoencoderConfig", "inputs", inputs);
        Configs.positive("AutoencoderConfig", "hidden", hidden);
        Configs.positive("AutoencoderConfig", "latent", latent);
        Configs.positive("AutoencoderConfig", "batchSize", batchSize);
        Configs.positive("AutoencoderConfig", "epochs", epochs);
        if (loss == null || corruption == null) {
            throw Failure.in("AutoencoderConfig").argument(loss == null ? "loss" : "corruption")
                    .expected("not null").got("null").exception();
        }
        if (!(noise >= 0) || corruption == Corruption.MASKING && noise >= 1 || Double.isInfinite(noise)) {
            throw Failure.in("AutoencoderConfig").argument("noise")
                    .expected(corruption == Corruption.MASKING ? "a drop probability in [0, 1)" : "a finite σ ≥ 0")
                    .got(String.valueOf(noise)).exception();
        }
        if (!(learningRate > 0)) {
            throw Failure.in("AutoencoderConfig").argument("learningRate").expected("> 0")
                    .got(String.valueOf(learningRate)).exception();
        }
    }

    /**
     * An MLP AE for 28×28 digits: 784-256-Z-256-784, BCE on logits (σ outputs in [0, 1] train
     * much faster on pixels than a linear output under MSE), Adam 3e-3, batch 128, epochs from
     * the budget (10, or 4 under LATENTLAB_BUDGET=ci).
     */
    public static AutoencoderConfig digits(int latent) {
        return new AutoencoderConfig(784, 256, latent, false, Loss.BCE, Corruption.NONE, 0, 3e-3, 128,
                Budget.epochs(10, 4), 1);
    }

    public AutoencoderConfig withLatent(int value) {
        return new AutoencoderConfig(inputs, hidden, value, linear, loss, corruption, noise, learningRate, batchSize,
                epochs, seed);
    }

    public AutoencoderConfig withInputs(int value) {
        return new AutoencoderConfig(value, hidden, latent, linear, loss, corruption, noise, learningRate, batchSize,
                epochs, seed);
    }

    public AutoencoderConfig withHidden(int value) {
        return new AutoencoderConfig(inputs, value, latent, linear, loss, corruption, noise, learningRate, batchSize,
                epochs, seed);
    }

    /** The linear AE (no hidden layer, no activation): its optimum spans the PCA subspace. */
    public AutoencoderConfig asLinear() {
        return new AutoencoderConfig(inputs, hidden, latent, true, Loss.MSE, corruption, noise, learningRate, batchSize,
                epochs, seed);
    }

    public AutoencoderConfig withLoss(Loss value) {
        return new AutoencoderConfig(inputs, hidden, latent, linear, value, corruption, noise, learningRate, batchSize,
                epochs, seed);
    }

    /** A denoising AE: GAUSSIAN with σ = amount, or MASKING with drop probability amount. */
    public AutoencoderConfig withCorruption(Corruption value, double amount) {
        return new AutoencoderConfig(inputs, hidden, latent, linear, loss, value, amount, learningRate, batchSize,
                epochs, seed);
    }

    public AutoencoderConfig withLearningRate(double value) {
        return new AutoencoderConfig(inputs, hidden, latent, linear, loss, corruption, noise, value, batchSize, epochs,
                seed);
    }

    public AutoencoderConfig withBatchSize(int value) {
        return new AutoencoderConfig(inputs, hidden, latent, linear, loss, corruption, noise, learningRate, value,
                epochs, seed);
    }

    public AutoencoderConfig withEpochs(int value) {
        return new AutoencoderConfig(inputs, hidden, latent, linear, loss, corruption, noise, learningRate, batchSize,
                value, seed);
    }

    public AutoencoderConfig withSeed(long value) {
        return new AutoencoderConfig(inputs, hidden, latent, linear, loss, corruption, noise, learningRate, batchSize,
                epochs, value);
    }
}
