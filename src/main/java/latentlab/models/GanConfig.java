package latentlab.models;

import latentlab.tensor.Budget;
import latentlab.tensor.Failure;

/**
 * A GAN's networks and training settings.
 * <ul>
 *   <li>Generator: Z → (gHidden, ReLU) × gLayers → D, with a linear output for points or a
 *       sigmoid output for images in [0, 1].</li>
 *   <li>Discriminator: D → (dHidden, LeakyReLU 0.2) × dLayers → 1 logit.</li>
 *   <li>Each training iteration takes one real batch for a discriminator step; every
 *       {@code dSteps}-th iteration also takes a generator step (k D-steps per G-step).</li>
 * </ul>
 *
 * @param dataDim      D
 * @param noiseDim     Z, the generator's input noise z ~ N(0, I)
 * @param gHidden      generator hidden width
 * @param gLayers      generator hidden layers (≥ 1)
 * @param dHidden      discriminator hidden width
 * @param dLayers      discriminator hidden layers (≥ 1)
 * @param output       LINEAR (2-D points) or SIGMOID (images)
 * @param loss         the generator's loss: SATURATING log(1 − D(G(z))) or NON_SATURATING −log D(G(z))
 * @param dSteps       k ≥ 1, discriminator steps per generator step
 * @param learningRate Adam's learning rate for both networks
 * @param beta1        Adam's β₁ (0.5 is the usual GAN choice)
 * @param batchSize    real and fake examples per step
 * @param epochs       passes over the real data made by one {@code fit}
 * @param seed         fixes the weights, the shuffling and the noise
 */
public record GanConfig(int dataDim, int noiseDim, int gHidden, int gLayers, int dHidden, int dLayers, Output output,
                        GeneratorLoss loss, int dSteps, double learningRate, double beta1, int batchSize, int epochs,
                        long seed) {

    /** The generator's last layer. */
    public enum Output { LINEAR, SIGMOID }

    /** Which generator loss to minimise. */
    public enum GeneratorLoss { SATURATING, NON_SATURATING }

    public GanConfig {
        for (var v : new Object[][] {{"dataDim", dataDim}, {"noiseDim", noiseDim}, {"gHidden", gHidden},
            {"gLayers", gLayers}, {"dHidden", dHidden}, {"dLayers", dLayers}, {"dSteps", dSteps},
            {"batchSize", batchSize}, {"epochs", epochs}}) {
            if ((int) v[1] <= 0) {
                throw Failure.in("GanConfig").argument((String) v[0]).expected("> 0").got(String.valueOf(v[1]))
                        .exception();
            }
        }
        if (output == null || loss == null) {
            throw Failure.in("GanConfig").argument(output == null ? "output" : "loss").expected("not null").got("null")
                    .exception();
        }
        if (!(learningRate > 0) || !(beta1 >= 0 && beta1 < 1)) {
            throw Failure.in("GanConfig").argument("learningRate, beta1").expected("> 0 and in [0, 1)")
                    .got(learningRate + ", " + beta1).exception();
        }
    }

    /** For 2-D toy data (the ring of 8): Z = 2, 2-128-128-2 and 2-128-128-1, non-saturating. */
    public static GanConfig toy2d() {
        return new GanConfig(2, 2, 128, 2, 128, 2, Output.LINEAR, GeneratorLoss.NON_SATURATING, 1, 1e-3, 0.5, 256,
                Budget.epochs(60, 30), 1);
    }

    /** For 28×28 digits: G 64-256-784 (sigmoid), D 784-256-1, batch 128, non-saturating. */
    public static GanConfig digits() {
        return new GanConfig(784, 64, 256, 1, 256, 1, Output.SIGMOID, GeneratorLoss.NON_SATURATING, 1, 2e-4, 0.5, 128,
                Budget.epochs(30, 3), 1);
    }

    public GanConfig withLoss(GeneratorLoss value) {
        return new GanConfig(dataDim, noiseDim, gHidden, gLayers, dHidden, dLayers, output, value, dSteps, learningRate,
                beta1, batchSize, epochs, seed);
    }

    public GanConfig withDSteps(int value) {
        return new GanConfig(dataDim, noiseDim, gHidden, gLayers, dHidden, dLayers, output, loss, value, learningRate,
                beta1, batchSize, epochs, seed);
    }

    public GanConfig withNoiseDim(int value) {
        return new GanConfig(dataDim, value, gHidden, gLayers, dHidden, dLayers, output, loss, dSteps, learningRate,
                beta1, batchSize, epochs, seed);
    }

    public GanConfig withGenerator(int hidden, int layers) {
        return new GanConfig(dataDim, noiseDim, hidden, layers, dHidden, dLayers, output, loss, dSteps, learningRate,
                beta1, batchSize, epochs, seed);
    }

    public GanConfig withDiscriminator(int hidden, int layers) {
        return new GanConfig(dataDim, noiseDim, gHidden, gLayers, hidden, layers, output, loss, dSteps, learningRate,
                beta1, batchSize, epochs, seed);
    }

    public GanConfig withLearningRate(double value) {
        return new GanConfig(dataDim, noiseDim, gHidden, gLayers, dHidden, dLayers, output, loss, dSteps, value, beta1,
                batchSize, epochs, seed);
    }

    public GanConfig withBeta1(double value) {
        return new GanConfig(dataDim, noiseDim, gHidden, gLayers, dHidden, dLayers, output, loss, dSteps, learningRate,
                value, batchSize, epochs, seed);
    }

    public GanConfig withBatchSize(int value) {
        return new GanConfig(dataDim, noiseDim, gHidden, gLayers, dHidden, dLayers, output, loss, dSteps, learningRate,
                beta1, value, epochs, seed);
    }

    public GanConfig withEpochs(int value) {
        return new GanConfig(dataDim, noiseDim, gHidden, gLayers, dHidden, dLayers, output, loss, dSteps, learningRate,
                beta1, batchSize, value, seed);
    }

    public GanConfig withSeed(long value) {
        return new GanConfig(dataDim, noiseDim, gHidden, gLayers, dHidden, dLayers, output, loss, dSteps, learningRate,
                beta1, batchSize, epochs, value);
    }
}
