package latentlab.models;

import java.util.function.Function;
import latentlab.data.Dataset;
import latentlab.tensor.Budget;
import latentlab.tensor.Failure;
import latentlab.train.Batch;
import latentlab.train.History;
import latentlab.train.Metrics;
import latentlab.train.Progress;
import tech.tablesaw.api.Table;

/**
 * A GAN training recipe: a {@link GanConfig} and how Adam's learning rate is annealed over
 * the run. Epoch e of E = config.epochs() (counting from 0) trains both networks at
 * <pre>
 *   lr_e = lr₀ · (lr_end / lr₀)^(e / (E − 1)),   lr₀ = config.learningRate()
 * </pre>
 * a geometric decay: a high rate early to find the modes, a low one late to sharpen them.
 * With lr_end = lr₀ the rate is constant.
 *
 * <pre>{@code
 * GanRecipe recipe = GanRecipe.ring();
 * Gan gan = recipe.create(GanLosses.builtIn());
 * recipe.fit(gan, GaussianRing.EIGHT.sample(25_600, Rng.seeded(3)), Gan.ringMetrics(GaussianRing.EIGHT), Progress.silent());
 * }</pre>
 *
 * @param config            the networks, the generator loss, k, the batch, E and lr₀
 * @param finalLearningRate lr_end, the rate of the last epoch (&gt; 0)
 */
public record GanRecipe(GanConfig config, double finalLearningRate) {

    public GanRecipe {
        if (config == null) {
            throw Failure.in("GanRecipe").argument("config").expected("a GanConfig").got("null").exception();
        }
        if (!(finalLearningRate > 0) || Double.isInfinite(finalLearningRate)) {
            throw Failure.in("GanRecipe").argument("finalLearningRate").expected("a finite number > 0")
                    .got(String.valueOf(finalLearningRate)).exception();
        }
    }

    /**
     * The recipe for the ring of 8 Gaussians ({@link latentlab.data.GaussianRing#EIGHT}, 25,600
     * points): {@link GanConfig#toy2d()} with a third hidden generator layer (G 2-128-128-128-2,
     * D 2-128-128-1, non-saturating, k = 1, batch 256, Adam β₁ = 0.5), lr annealed from 1e-3
     * to 1e-4 over E epochs; E from the budget (LATENTLAB_EPOCHS, else 80, or 30 under
     * LATENTLAB_BUDGET=ci). The third layer lets G make sharper folds between the modes, so
     * fewer samples land on the bridges between them (measured in GanTest).
     */
    public static GanRecipe ring() {
        return new GanRecipe(GanConfig.toy2d().withGenerator(128, 3).withEpochs(Budget.epochs(80, 30)), 1e-4);
    }

    /**
     * A configuration that collapses on the ring, for comparison with {@link #ring()}: the
     * saturating generator loss log(1 − D(G(z))) against a weak discriminator (one hidden
     * layer of 16 units instead of two of 128), 10 epochs at a constant 1e-3. The weak D
     * cannot describe eight separate bumps and the saturating loss gives G little signal, so
     * the samples pile into a few nearest-mode cells (high reverse KL, few modes covered).
     */
    public static GanRecipe collapsing() {
        GanConfig config = GanConfig.toy2d().withLoss(GanConfig.GeneratorLoss.SATURATING).withDiscriminator(16, 1)
                .withEpochs(10);
        return new GanRecipe(config, config.learningRate());
    }

    /** An untrained GAN of this recipe's config on the given losses. */
    public Gan create(GanLosses losses) {
        return Gan.create(config, losses);
    }

    /** lr_e for epoch e in [0, E): the geometric interpolation from lr₀ to lr_end. */
    public double learningRate(int epoch) {
        int epochs = config.epochs();
        if (epoch < 0 || epoch >= epochs) {
            throw Failure.in("GanRecipe.learningRate").argument("epoch").expected("in [0, " + epochs + ")")
                    .got(String.valueOf(epoch)).exception();
        }
        double t = epochs == 1 ? 1 : (double) epoch / (epochs - 1);
        return config.learningRate() * Math.pow(finalLearningRate / config.learningRate(), t);
    }

    /**
     * Trains {@code gan} through the epochs of this recipe it has not done yet (its history's
     * row count says how many it has, so a GAN loaded from a checkpoint resumes at the right
     * rate), one {@link Gan#fit} epoch at a time, each at {@link #learningRate(int)}. The
     * progress listener hears of the remaining epochs as one run. Returns the GAN's history.
     *
     * @throws IllegalArgumentException if gan was not built from this recipe's config
     */
    public Table fit(Gan gan, Dataset train, Function<Gan, Metrics> evaluation, Progress progress) {
        if (!gan.config().equals(config)) {
            throw Failure.in("GanRecipe.fit").argument("gan").expected("a Gan built from " + config)
                    .got("a Gan built from " + gan.config()).hint("create it with recipe.create(losses)").exception();
        }
        int done = gan.history().rowCount();
        int total = config.epochs();
        for (int epoch = done; epoch < total; epoch++) {
            gan.withLearningRate(learningRate(epoch));
            gan.fit(train, 1, evaluation, oneRun(progress, epoch - done, total - done));
        }
        return gan.history();
    }

    /** The listener for epoch {@code index} of {@code count} single-epoch fits, seen as one run. */
    private static Progress oneRun(Progress progress, int index, int count) {
        return new Progress() {
            @Override
            public void started(int epochs, int stepsPerEpoch) {
                if (index == 0) {
                    progress.started(count, stepsPerEpoch);
                }
            }

            @Override
            public void stepDone(Batch batch, Metrics metrics) {
                progress.stepDone(batch, metrics);
            }

            @Override
            public void epochDone(int epoch, Metrics means) {
                progress.epochDone(index, means);
            }

            @Override
            public void finished(History history) {
                if (index == count - 1) {
                    progress.finished(history);
                }
            }
        };
    }

    public GanRecipe withConfig(GanConfig value) {
        return new GanRecipe(value, finalLearningRate);
    }

    public GanRecipe withEpochs(int value) {
        return new GanRecipe(config.withEpochs(value), finalLearningRate);
    }

    public GanRecipe withFinalLearningRate(double value) {
        return new GanRecipe(config, value);
    }
}
