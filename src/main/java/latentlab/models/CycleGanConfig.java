package latentlab.models;

import latentlab.tensor.Budget;
import latentlab.tensor.Failure;

/**
 * CycleGAN on 2-D domains: translators G: X → Y and F: Y → X (D → hidden × layers → D, ReLU,
 * linear output), discriminators D_X and D_Y (D → hidden × layers → 1, LeakyReLU 0.2), the
 * non-saturating adversarial losses, and the cycle-consistency loss with weight λ, which can be
 * switched on after a warm-up and ramped in (see {@link #lambdaAt(int)}).
 *
 * @param dim                D
 * @param hidden             hidden width of all four networks
 * @param layers             hidden layers of all four networks
 * @param lambda             λ ≥ 0, the cycle-consistency weight (0 shows what is lost without it)
 * @param lambdaWarmup       epochs ≥ 0 at the start trained without the cycle loss, so that the
 *                           adversarial games place the mass before a pairing is locked in
 * @param lambdaRamp         epochs ≥ 0 after the warm-up over which the weight grows linearly to λ
 * @param discriminatorSteps updates ≥ 1 of D_X and D_Y per update of the translators (on the same
 *                           batch and translated points)
 * @param learningRate       Adam's learning rate (all four networks)
 * @param beta1              Adam's β₁
 * @param batchSize          examples of each domain per step
 * @param epochs             passes over domain X made by one {@code fit}
 * @param seed               fixes the weights, the shuffling and the Y batches
 */
public record CycleGanConfig(int dim, int hidden, int layers, double lambda, int lambdaWarmup, int lambdaRamp,
                             int discriminatorSteps, double learningRate, double beta1, int batchSize, int epochs,
                             long seed) {

    public CycleGanConfig {
        Configs.positive("CycleGanConfig", "dim", dim);
        Configs.positive("CycleGanConfig", "hidden", hidden);
        Configs.positive("CycleGanConfig", "layers", layers);
        Configs.positive("CycleGanConfig", "discriminatorSteps", discriminatorSteps);
        Configs.positive("CycleGanConfig", "batchSize", batchSize);
        Configs.positive("CycleGanConfig", "epochs", epochs);
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw Failure.in("CycleGanConfig").argument("lambda").expected("a finite number ≥ 0")
                    .got(String.valueOf(lambda)).exception();
        }
        if (lambdaWarmup < 0 || lambdaRamp < 0) {
            throw Failure.in("CycleGanConfig").argument("lambdaWarmup, lambdaRamp").expected("epochs ≥ 0")
                    .got(lambdaWarmup + ", " + lambdaRamp).exception();
        }
        if (!(learningRate > 0) || !(beta1 >= 0 && beta1 < 1)) {
            throw Failure.in("CycleGanConfig").argument("learningRate, beta1").expected("> 0 and in [0, 1)")
                    .got(learningRate + ", " + beta1).exception();
        }
    }

    /**
     * 2-D domains: networks 2-64-64-2 / 2-64-64-1, λ = 1 after 15 epochs without the cycle loss and
     * a 10-epoch ramp, 3 D-steps per G-step, Adam 1e-3 (β₁ 0.5), batch 128, 40 epochs (the budget's
     * LATENTLAB_EPOCHS overrides; fewer than 26 leave no epoch at the full λ).
     */
    public static CycleGanConfig toy2d() {
        return new CycleGanConfig(2, 64, 2, 1.0, 15, 10, 3, 1e-3, 0.5, 128, Budget.epochs(40, 40), 1);
    }

    /**
     * The cycle weight in epoch {@code epoch} (0-based, counted over all fits of the model): 0 in the
     * warm-up, λ·(i + 1)/(lambdaRamp + 1) in the i-th epoch of the ramp (i &lt; lambdaRamp), then λ.
     */
    public double lambdaAt(int epoch) {
        int i = epoch - lambdaWarmup;
        if (i < 0) {
            return 0;
        }
        return i < lambdaRamp ? lambda * (i + 1) / (lambdaRamp + 1) : lambda;
    }

    public CycleGanConfig withLambda(double value) {
        return new CycleGanConfig(dim, hidden, layers, value, lambdaWarmup, lambdaRamp, discriminatorSteps,
                learningRate, beta1, batchSize, epochs, seed);
    }

    /** The same λ, off for {@code warmup} epochs and then ramped in linearly over {@code ramp} epochs (0, 0: from the start). */
    public CycleGanConfig withLambdaSchedule(int warmup, int ramp) {
        return new CycleGanConfig(dim, hidden, layers, lambda, warmup, ramp, discriminatorSteps, learningRate, beta1,
                batchSize, epochs, seed);
    }

    public CycleGanConfig withDiscriminatorSteps(int value) {
        return new CycleGanConfig(dim, hidden, layers, lambda, lambdaWarmup, lambdaRamp, value, learningRate, beta1,
                batchSize, epochs, seed);
    }

    public CycleGanConfig withHidden(int value) {
        return new CycleGanConfig(dim, value, layers, lambda, lambdaWarmup, lambdaRamp, discriminatorSteps,
                learningRate, beta1, batchSize, epochs, seed);
    }

    public CycleGanConfig withLearningRate(double value) {
        return new CycleGanConfig(dim, hidden, layers, lambda, lambdaWarmup, lambdaRamp, discriminatorSteps, value,
                beta1, batchSize, epochs, seed);
    }

    public CycleGanConfig withBatchSize(int value) {
        return new CycleGanConfig(dim, hidden, layers, lambda, lambdaWarmup, lambdaRamp, discriminatorSteps,
                learningRate, beta1, value, epochs, seed);
    }

    public CycleGanConfig withEpochs(int value) {
        return new CycleGanConfig(dim, hidden, layers, lambda, lambdaWarmup, lambdaRamp, discriminatorSteps,
                learningRate, beta1, batchSize, value, seed);
    }

    public CycleGanConfig withSeed(long value) {
        return new CycleGanConfig(dim, hidden, layers, lambda, lambdaWarmup, lambdaRamp, discriminatorSteps,
                learningRate, beta1, batchSize, epochs, value);
    }
}
