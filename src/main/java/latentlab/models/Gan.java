package latentlab.models;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import latentlab.data.Dataset;
import latentlab.data.GaussianRing;
import latentlab.exercises.GanObjectives.DiscriminatorGrads;
import latentlab.nn.Forward;
import latentlab.nn.Init;
import latentlab.nn.Layer;
import latentlab.nn.LeakyReLU;
import latentlab.nn.Mlp;
import latentlab.nn.ReLU;
import latentlab.nn.Sigmoid;
import latentlab.optim.Adam;
import latentlab.tensor.Dense;
import latentlab.tensor.Rng;
import latentlab.tensor.Shapes;
import latentlab.train.Metrics;
import latentlab.train.Progress;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import tech.tablesaw.api.Table;

/**
 * A generative adversarial network (Goodfellow et al.): a generator G maps noise z ~ N(0, I)
 * to data space, and a discriminator D outputs a logit l with D = σ(l). They play
 * <pre>
 *   min_G max_D  E_data[log D(x)] + E_z[log(1 − D(G(z)))]
 * </pre>
 * by alternating steps: a D step on a real batch and a fake batch (both through D at once),
 * and, every {@link GanConfig#dSteps()} iterations, a G step on the saturating or
 * non-saturating generator loss. Losses come from {@link GanLosses}: built in, or an
 * exercise implementation. Inputs are never modified; results are new arrays.
 *
 * <pre>{@code
 * var gan = Gan.create(GanConfig.toy2d());
 * gan.fit(GaussianRing.EIGHT.sample(4096, Rng.seeded(1)), Gan.ringMetrics(GaussianRing.EIGHT), Progress.printing(System.out));
 * ModeMetrics m = gan.modeMetrics(GaussianRing.EIGHT, 2000, Rng.seeded(2));
 * }</pre>
 */
public final class Gan {
    private final GanConfig config;
    private final GanLosses losses;
    private final Mlp generator;
    private final Mlp discriminator;
    private Adam adamG;
    private Adam adamD;
    private Rng rng;
    private long iterations;
    private INDArray both;
    private float[] realValues;
    private float[] fakeValues;
    private float[] bothValues;
    private INDArray dLogits;
    private INDArray noise;
    private Table history = Table.create("Gan history");

    private Gan(GanConfig config, GanLosses losses) {
        this.config = config;
        this.losses = losses;
        Rng init = Rng.seeded(config.seed());
        long[] gSizes = sizes(config.noiseDim(), config.gHidden(), config.gLayers(), config.dataDim());
        Mlp g = Mlp.create(init, Init.HE, ReLU::new, gSizes);
        if (config.output() == GanConfig.Output.SIGMOID) {
            List<Layer<?>> layers = new ArrayList<>(g.layers());
            layers.add(new Sigmoid());
            g = Mlp.of(layers);
        }
        this.generator = g;
        this.discriminator = Mlp.create(init, Init.HE, () -> new LeakyReLU(0.2),
                sizes(config.dataDim(), config.dHidden(), config.dLayers(), 1));
        Adam.Config adam = Adam.Config.defaults().withLearningRate(config.learningRate()).withBetas(config.beta1(), 0.999);
        this.adamG = new Adam(adam);
        this.adamD = new Adam(adam);
        this.rng = init.split();
    }

    /** An untrained GAN on the built-in losses. */
    public static Gan create(GanConfig config) {
        return new Gan(config, GanLosses.builtIn());
    }

    /** An untrained GAN on the given losses (e.g. {@link GanLosses#student()}). */
    public static Gan create(GanConfig config, GanLosses losses) {
        return new Gan(config, losses);
    }

    public GanConfig config() {
        return config;
    }

    /**
     * One iteration on a real batch x [N, D]: a discriminator step, then a generator step if
     * this is the k-th iteration. Returns d_loss, g_loss (on this D step's fakes), and the mean
     * D(x) and D(G(z)) before the updates.
     */
    public Metrics step(INDArray x) {
        INDArray real = checkInput("Gan.step", x);
        int n = (int) real.rows();
        INDArray fake = generator.forward(noise(n)).out();
        INDArray both = stacked(real, fake);
        Forward<Mlp.Cache> d = discriminator.forward(both);
        INDArray realLogits = d.out().get(NDArrayIndex.interval(0, n), NDArrayIndex.all());
        INDArray fakeLogits = d.out().get(NDArrayIndex.interval(n, 2 * n), NDArrayIndex.all());
        double dLoss = losses.discriminatorLoss(realLogits, fakeLogits);
        double gLoss = losses.generatorLoss(fakeLogits, config.loss());
        double dReal = Networks.sigmoid(realLogits).meanNumber().doubleValue();
        double dFake = Networks.sigmoid(fakeLogits).meanNumber().doubleValue();
        DiscriminatorGrads g = losses.discriminatorLossGradient(realLogits, fakeLogits);
        discriminator.backwardParameters(stackedGradients(g, n), d.cache());
        adamD.updateInPlace(discriminator.parameters());
        if (++iterations % config.dSteps() == 0) {
            generatorStep(n);
        }
        return Metrics.of("d_loss", dLoss, "g_loss", gLoss, "d_real", dReal, "d_fake", dFake);
    }

    /** [real; fake] as one 'f'-order batch [2N, D], in a buffer reused while N stays the same. */
    private INDArray stacked(INDArray real, INDArray fake) {
        int n = (int) real.rows();
        int d = config.dataDim();
        if (both == null || both.rows() != 2L * n) {
            both = Nd4j.createUninitialized(DataType.FLOAT, new long[] {2L * n, d}, 'f');
        }
        if (Dense.sameLayout(real, fake) && real.ordering() == 'f') {
            realValues = Dense.read(real, realValues);
            fakeValues = Dense.read(fake, fakeValues);
            bothValues = bothValues != null && bothValues.length >= 2 * n * d ? bothValues : new float[2 * n * d];
            for (int j = 0; j < d; j++) { // column j of the 'f' buffer: n real values, then n fake ones
                System.arraycopy(realValues, n * j, bothValues, 2 * n * j, n);
                System.arraycopy(fakeValues, n * j, bothValues, 2 * n * j + n, n);
            }
            Dense.write(bothValues, both);
        } else {
            both.get(NDArrayIndex.interval(0, n), NDArrayIndex.all()).assign(real);
            both.get(NDArrayIndex.interval(n, 2 * n), NDArrayIndex.all()).assign(fake);
        }
        return both;
    }

    /** [dReal; dFake] as one 'f' column [2N, 1], in a buffer reused while N stays the same. */
    private INDArray stackedGradients(DiscriminatorGrads g, int n) {
        if (dLogits == null || dLogits.rows() != 2L * n) {
            dLogits = Nd4j.createUninitialized(DataType.FLOAT, new long[] {2L * n, 1}, 'f');
        }
        dLogits.get(NDArrayIndex.interval(0, n), NDArrayIndex.all()).assign(g.dRealLogits());
        dLogits.get(NDArrayIndex.interval(n, 2 * n), NDArrayIndex.all()).assign(g.dFakeLogits());
        return dLogits;
    }

    private void generatorStep(int n) {
        Forward<Mlp.Cache> g = generator.forward(noise(n));
        Forward<Mlp.Cache> d = discriminator.forward(g.out());
        INDArray dFakeLogits = losses.generatorLossGradient(d.out(), config.loss());
        // D is not updated in this step, so only dx flows back through it (its gradients stay the D step's)
        INDArray dFake = discriminator.backwardInput(dFakeLogits.castTo(DataType.FLOAT), d.cache());
        generator.backwardParameters(dFake, g.cache());
        adamG.updateInPlace(generator.parameters());
    }

    /**
     * {@code epochs} passes over the real data; one history row per epoch with the mean
     * d_loss, g_loss, d_real, d_fake and, if {@code evaluation} is not null, its metrics
     * (e.g. {@link #ringMetrics}). Returns the history.
     */
    public Table fit(Dataset train, int epochs, Function<Gan, Metrics> evaluation, Progress progress) {
        checkInput("Gan.fit", train.x());
        rng = Rng.seeded(Training.seedFor(config.seed(), history.rowCount()) + 1);
        Training.run(history, train.x(), epochs, config.batchSize(), config.seed(), batch -> step(batch.x()),
                evaluation == null ? null : () -> evaluation.apply(this).values(), () -> iterations, progress);
        return history();
    }

    /** {@link #fit(Dataset, int, Function, Progress)} for config.epochs() epochs. */
    public Table fit(Dataset train, Function<Gan, Metrics> evaluation, Progress progress) {
        return fit(train, config.epochs(), evaluation, progress);
    }

    /** An evaluation for {@link #fit}: modes, high-quality share and reverse KL of 2,000 samples. */
    public static Function<Gan, Metrics> ringMetrics(GaussianRing ring) {
        return gan -> {
            ModeMetrics m = gan.modeMetrics(ring, 2000, Rng.seeded(gan.config.seed() + 17));
            return Metrics.of("modes", m.modesCovered(), "high_quality", m.highQualityShare(), "reverse_kl",
                    m.reverseKl());
        };
    }

    /** G(z) for n draws z ~ N(0, I) from rng: [n, D]. */
    public INDArray sample(int n, Rng rng) {
        return generate(rng.normal(DataType.FLOAT, n, config.noiseDim()));
    }

    /** G(z) for given noise rows z [n, Z]. */
    public INDArray generate(INDArray z) {
        Shapes.in("Gan.generate").bind("Z", config.noiseDim()).check("z", z, "n", "Z");
        return Networks.copy(generator.forward(z.castTo(DataType.FLOAT)).out());
    }

    /** D(x) = σ(logit) [N, 1]: the discriminator's probability that each row is real. */
    public INDArray discriminate(INDArray x) {
        return Networks.sigmoid(discriminator.forward(checkInput("Gan.discriminate", x)).out());
    }

    /** Mode coverage of n samples against a ring of Gaussians (see {@link ModeMetrics}). */
    public ModeMetrics modeMetrics(GaussianRing ring, int n, Rng rng) {
        return ModeMetrics.of(sample(n, rng), Nd4j.create(ring.centres()), ring.sigma());
    }

    /**
     * Continues with Adam's learning rate set to {@code learningRate} for both networks, keeping
     * the moment estimates (e.g. a lower rate after the modes are found, to sharpen them).
     */
    public Gan withLearningRate(double learningRate) {
        adamG = retuned(adamG, generator.parameters(), learningRate);
        adamD = retuned(adamD, discriminator.parameters(), learningRate);
        return this;
    }

    private static Adam retuned(Adam old, List<latentlab.nn.Parameter> parameters, double learningRate) {
        Adam adam = new Adam(old.config().withLearningRate(learningRate));
        Optimizers.restore(adam, parameters, Optimizers.state(old, parameters));
        return adam;
    }

    /** One row per epoch trained so far (a copy). */
    public Table history() {
        return history.copy();
    }

    public void save(Path file) {
        Map<String, INDArray> optimizer = new LinkedHashMap<>();
        Optimizers.state(adamG, generator.parameters()).forEach((k, v) -> optimizer.put("g." + k, v));
        Optimizers.state(adamD, discriminator.parameters()).forEach((k, v) -> optimizer.put("d." + k, v));
        optimizer.put("iterations", Nd4j.scalar((double) iterations));
        new Checkpoint("Gan", config.toString(), weights(), optimizer, history).save(file);
    }

    /** A GAN restored from {@link #save}, on the built-in losses. */
    public static Gan load(Path file) {
        Checkpoint checkpoint = Checkpoint.load(file).requireModel("Gan", null);
        Gan gan = new Gan(Configs.parse(GanConfig.class, checkpoint.config()), GanLosses.builtIn());
        Checkpoint.restoreInto("weights", checkpoint.weights(), gan.weights());
        Optimizers.restore(gan.adamG, gan.generator.parameters(), prefixed(checkpoint.optimizerState(), "g."));
        Optimizers.restore(gan.adamD, gan.discriminator.parameters(), prefixed(checkpoint.optimizerState(), "d."));
        gan.iterations = (long) checkpoint.optimizerState().get("iterations").getDouble(0);
        gan.history = checkpoint.history();
        return gan;
    }

    private static Map<String, INDArray> prefixed(Map<String, INDArray> all, String prefix) {
        Map<String, INDArray> out = new LinkedHashMap<>();
        all.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        return out;
    }

    private Map<String, INDArray> weights() {
        Map<String, INDArray> all = new LinkedHashMap<>(Networks.named("generator", generator));
        all.putAll(Networks.named("discriminator", discriminator));
        return all;
    }

    /**
     * z [n, Z] ~ N(0, I) in a reused 'f' buffer (the same draws as {@code rng.normal}). The D step's
     * and the G step's noise share it: the D step never runs backward through G.
     */
    private INDArray noise(int n) {
        if (noise == null || noise.rows() != n) {
            noise = Nd4j.createUninitialized(DataType.FLOAT, new long[] {n, config.noiseDim()}, 'f');
        }
        rng.normalInto(noise);
        return noise;
    }

    private INDArray checkInput(String op, INDArray x) {
        Shapes.in(op).bind("D", config.dataDim()).check("x", x, "N", "D");
        return x.dataType() == DataType.FLOAT && x.ordering() == 'f' ? x : x.castTo(DataType.FLOAT).dup('f');
    }

    private static long[] sizes(int in, int hidden, int layers, int out) {
        long[] sizes = new long[layers + 2];
        sizes[0] = in;
        for (int i = 1; i <= layers; i++) {
            sizes[i] = hidden;
        }
        sizes[layers + 1] = out;
        return sizes;
    }
}
