package latentlab.models;

import latentlab.tensor.Budget;
import latentlab.tensor.Failure;

/**
 * A RealNVP-style coupling flow: {@code couplings} affine coupling layers with alternating
 * masks; each layer's scale and shift come from one MLP D → (hidden, ReLU) × hiddenLayers
 * → 2D on the passed-through features, with s = tanh(raw) so each layer scales by at most e.
 *
 * @param dim          D (2 for the toy data)
 * @param couplings    number of coupling layers (≥ 2, so every feature gets transformed)
 * @param hidden       width of the scale/shift networks
 * @param hiddenLayers hidden layers of each scale/shift network
 * @param learningRate Adam's learning rate
 * @param batchSize    examples per step
 * @param epochs       passes over the training set made by one {@code fit}
 * @param seed         fixes the weights and the shuffling
 */
public record FlowConfig(int dim, int couplings, int hidden, int hiddenLayers, double learningRate, int batchSize,
                         int epochs, long seed) {

    public FlowConfig {
        Configs.positive("FlowConfig", "dim", dim);
        Configs.positive("FlowConfig", "hidden", hidden);
        Configs.positive("FlowConfig", "hiddenLayers", hiddenLayers);
        Configs.positive("FlowConfig", "batchSize", batchSize);
        Configs.positive("FlowConfig", "epochs", epochs);
        if (couplings < 2 || dim < 2) {
            throw Failure.in("FlowConfig").argument(dim < 2 ? "dim" : "couplings").expected("≥ 2")
                    .got(String.valueOf(dim < 2 ? dim : couplings))
                    .hint("a coupling layer leaves half the features unchanged; two alternate which half").exception();
        }
        if (!(learningRate > 0)) {
            throw Failure.in("FlowConfig").argument("learningRate").expected("> 0").got(String.valueOf(learningRate))
                    .exception();
        }
    }

    /** For 2-D toy data: 6 couplings, networks 2-64-64-4, Adam 1e-3, batch 256, epochs from the budget (40, ci 12). */
    public static FlowConfig toy2d() {
        return new FlowConfig(2, 6, 64, 2, 1e-3, 256, Budget.epochs(40, 12), 1);
    }

    public FlowConfig withCouplings(int value) {
        return new FlowConfig(dim, value, hidden, hiddenLayers, learningRate, batchSize, epochs, seed);
    }

    public FlowConfig withHidden(int value) {
        return new FlowConfig(dim, couplings, value, hiddenLayers, learningRate, batchSize, epochs, seed);
    }

    public FlowConfig withLearningRate(double value) {
        return new FlowConfig(dim, couplings, hidden, hiddenLayers, value, batchSize, epochs, seed);
    }

    public FlowConfig withBatchSize(int value) {
        return new FlowConfig(dim, couplings, hidden, hiddenLayers, learningRate, value, epochs, seed);
    }

    public FlowConfig withEpochs(int value) {
        return new FlowConfig(dim, couplings, hidden, hiddenLayers, learningRate, batchSize, value, seed);
    }

    public FlowConfig withSeed(long value) {
        return new FlowConfig(dim, couplings, hidden, hiddenLayers, learningRate, batchSize, epochs, value);
    }
}
