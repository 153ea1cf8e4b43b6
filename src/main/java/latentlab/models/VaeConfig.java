package latentlab.models;

import latentlab.tensor.Budget;
import latentlab.tensor.Failure;

/**
 * A VAE's sizes and training settings: encoder D → H → (μ, logVar) ∈ R^Z × R^Z, decoder
 * Z → H → D logits, ReLU hidden layers, loss α·BCE + KL, Adam, mini-batches.
 *
 * @param inputs       D, e.g. 784 for 28×28 images
 * @param hidden       H, the hidden layer's width
 * @param latent       Z, the latent size
 * @param alpha        α ≥ 0, the weight of the reconstruction term (1 = the negative ELBO)
 * @param learningRate Adam's learning rate
 * @param batchSize    examples per step
 * @param epochs       passes over the training set made by one {@code fit}
 * @param seed         fixes the initial weights, the shuffling and the noise ε
 */
public record VaeConfig(int inputs, int hidden, int latent, double alpha, double learningRate, int batchSize,
                        int epochs, long seed) {

    public VaeConfig {
        Configs.positive("VaeConfig", "inputs", inputs);
        Configs.positive("VaeConfig", "hidden", hidden);
        Configs.positive("VaeConfig", "latent", latent);
        Configs.positive("VaeConfig", "batchSize", batchSize);
        Configs.positive("VaeConfig", "epochs", epochs);
        if (!(alpha >= 0) || Double.isInfinite(alpha)) {
            throw Failure.in("VaeConfig").argument("alpha").expected("a finite number ≥ 0").got(String.valueOf(alpha))
                    .exception();
        }
        if (!(learningRate > 0)) {
            throw Failure.in("VaeConfig").argument("learningRate").expected("> 0")
                    .got(String.valueOf(learningRate)).exception();
        }
    }

    /**
     * The course's classic VAE for 28×28 digits: 784-400-20, α = 1, Adam 1e-3, batch 128,
     * epochs from the budget (LATENTLAB_EPOCHS, else 20, or 3 under LATENTLAB_BUDGET=ci).
     */
    public static VaeConfig digits() {
        return new VaeConfig(784, 400, 20, 1.0, 1e-3, 128, Budget.epochs(20, 3), 1);
    }

    public VaeConfig withInputs(int value) {
        return new VaeConfig(value, hidden, latent, alpha, learningRate, batchSize, epochs, seed);
    }

    public VaeConfig withHidden(int value) {
        return new VaeConfig(inputs, value, latent, alpha, learningRate, batchSize, epochs, seed);
    }

    public VaeConfig withLatent(int value) {
        return new VaeConfig(inputs, hidden, value, alpha, learningRate, batchSize, epochs, seed);
    }

    public VaeConfig withAlpha(double value) {
        return new VaeConfig(inputs, hidden, latent, value, learningRate, batchSize, epochs, seed);
    }

    public VaeConfig withLearningRate(double value) {
        return new VaeConfig(inputs, hidden, latent, alpha, value, batchSize, epochs, seed);
    }

    public VaeConfig withBatchSize(int value) {
        return new VaeConfig(inputs, hidden, latent, alpha, learningRate, value, epochs, seed);
    }

    public VaeConfig withEpochs(int value) {
        return new VaeConfig(inputs, hidden, latent, alpha, learningRate, batchSize, value, seed);
    }

    public VaeConfig withSeed(long value) {
        return new VaeConfig(inputs, hidden, latent, alpha, learningRate, batchSize, epochs, value);
    }
}
