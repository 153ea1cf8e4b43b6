package latentlab.models;

import latentlab.tensor.Budget;
import latentlab.tensor.Failure;

/**
 * CycleGAN on 2-D domains: translators G: X → Y and F: Y → X (D → hidden × layers → D, ReLU,
 * linear output), discriminators D_X and D_Y (D → hidden × layers → 1, LeakyReLU 0.2), the
 * non-saturating adversarial losses, and the cycle-consistency loss with weight λ.
 *
 * @param dim          D
 * @param hidden       hidden width of all four networks
 * @param layers       hidden layers of all four networks
 * @param lambda       λ ≥ 0, the cycle-consistency weight (0 shows what is lost without it)
 * @param learningRate Adam's learning rate
 * @param beta1        Adam's β₁
 * @param batchSize    examples of each domain per step
 * @param epochs       passes over domain X made by one {@code fit}
 * @param seed         fixes the weights, the shuffling and the Y batches
 */
public record CycleGanConfig(int dim, int hidden, int layers, double lambda, double learningRate, double beta1,
                             int batchSize, int epochs, long seed) {

    public CycleGanConfig {
        VaeConfig.positive("dim", dim);
        VaeConfig.positive("hidden", hidden);
        VaeConfig.positive("layers", layers);
        VaeConfig.positive("batchSize", batchSize);
        VaeConfig.positive("epochs", epochs);
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw Failure.in("CycleGanConfig").argument("lambda").expected("a finite number ≥ 0")
                    .got(String.valueOf(lambda)).exception();
        }
        if (!(learningRate > 0) || !(beta1 >= 0 && beta1 < 1)) {
            throw Failure.in("CycleGanConfig").argument("learningRate, beta1").expected("> 0 and in [0, 1)")
                    .got(learningRate + ", " + beta1).exception();
        }
    }

    /** 2-D domains: networks 2-64-64-2 / 2-64-64-1, λ = 1, Adam 1e-3 (β₁ 0.5), batch 128, epochs from the budget (40, ci 30). */
    public static CycleGanConfig toy2d() {
        return new CycleGanConfig(2, 64, 2, 1.0, 1e-3, 0.5, 128, Budget.epochs(40, 30), 1);
    }

    public CycleGanConfig withLambda(double value) {
        return new CycleGanConfig(dim, hidden, layers, value, learningRate, beta1, batchSize, epochs, seed);
    }

    public CycleGanConfig withHidden(int value) {
        return new CycleGanConfig(dim, value, layers, lambda, learningRate, beta1, batchSize, epochs, seed);
    }

    public CycleGanConfig withLearningRate(double value) {
        return new CycleGanConfig(dim, hidden, layers, lambda, value, beta1, batchSize, epochs, seed);
    }

    public CycleGanConfig withBatchSize(int value) {
        return new CycleGanConfig(dim, hidden, layers, lambda, learningRate, beta1, value, epochs, seed);
    }

    public CycleGanConfig withEpochs(int value) {
        return new CycleGanConfig(dim, hidden, layers, lambda, learningRate, beta1, batchSize, value, seed);
    }

    public CycleGanConfig withSeed(long value) {
        return new CycleGanConfig(dim, hidden, layers, lambda, learningRate, beta1, batchSize, epochs, value);
    }
}
