package latentlab.models;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import latentlab.data.Dataset;
import latentlab.data.Split;
import latentlab.exercises.Divergences.KlGrads;
import latentlab.exercises.Reparameterization.ReparameterizeGrads;
import latentlab.loss.BceWithLogits;
import latentlab.loss.Loss;
import latentlab.nn.Forward;
import latentlab.nn.Init;
import latentlab.nn.Mlp;
import latentlab.nn.ReLU;
import latentlab.optim.Adam;
import latentlab.tensor.Failure;
import latentlab.tensor.Rng;
import latentlab.tensor.Shapes;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import latentlab.train.Metrics;
import latentlab.train.Progress;
import tech.tablesaw.api.Table;

/**
 * A variational autoencoder with a Bernoulli decoder (Kingma &amp; Welling):
 * <pre>
 *   encoder  x [N, D] → ReLU(x·W₁ + b₁) [N, H] → (μ, logVar) [N, Z] each
 *   sample   z = μ + exp(½ logVar) ⊙ ε,  ε ~ N(0, I)        (the exercise's reparameterize)
 *   decoder  z → ReLU [N, H] → logits [N, D],  p(x|z) = Bernoulli(σ(logits))
 *   loss     (1/N) Σ_n [ α·BCE_n + KL(N(μ_n, σ_n²) ‖ N(0, I)) ],  ELBO = −(BCE + KL)
 * </pre>
 * The reparameterization and KL come from {@link VaeFunctions} (the reference or the
 * student's). Results handed out are new arrays; inputs are never modified.
 *
 * <pre>{@code
 * var vae = Vae.train(VaeConfig.digits(), SyntheticDigits.trainTest(10_000, 1_000, 1), Progress.printing(System.out));
 * INDArray samples = vae.sample(64, Rng.seeded(1));   // [64, 784] probabilities
 * }</pre>
 */
public final class Vae {
    /** Batch means of one step or evaluation: loss = α·rec + kl; elbo = −(rec + kl). Nats per example. */
    public record Terms(double loss, double reconstruction, double kl) {
        public double elbo() {
            return -(reconstruction + kl);
        }
    }

    /** The encoder's posterior q(z|x) = N(μ, diag(exp(logVar))): μ and logVar, [N, Z] each. */
    public record Posterior(INDArray mu, INDArray logVar) {
    }

    private final VaeConfig config;
    private final VaeFunctions functions;
    private final Mlp encoder;
    private final Mlp decoder;
    private final Adam adam;
    private final BceWithLogits bce = new BceWithLogits();
    private Rng rng;
    private Table history = Table.create("Vae history");

    private Vae(VaeConfig config, VaeFunctions functions) {
        this.config = config;
        this.functions = functions;
        Rng init = Rng.seeded(config.seed());
        this.encoder = Mlp.create(init, Init.HE, ReLU::new, config.inputs(), config.hidden(), 2L * config.latent());
        this.decoder = Mlp.create(init, Init.HE, ReLU::new, config.latent(), config.hidden(), config.inputs());
        this.adam = Adam.withLearningRate(config.learningRate());
        this.rng = init.split();
    }

    /** An untrained VAE on the library's built-in functions. */
    public static Vae create(VaeConfig config) {
        return new Vae(config, VaeFunctions.builtIn());
    }

    /** An untrained VAE on the given functions (e.g. {@link VaeFunctions#student()}). */
    public static Vae create(VaeConfig config, VaeFunctions functions) {
        return new Vae(config, functions);
    }

    public VaeConfig config() {
        return config;
    }

    /**
     * One Adam step on a batch x [N, D] with values in [0, 1]; returns the batch's terms
     * before the update. x is not modified.
     */
    public Terms step(INDArray x) {
        int z = config.latent();
        INDArray xf = checkInput("Vae.step", x);
        Forward<Mlp.Cache> enc = encoder.forward(xf);
        INDArray mu = enc.out().get(NDArrayIndex.all(), NDArrayIndex.interval(0, z));
        INDArray logVar = enc.out().get(NDArrayIndex.all(), NDArrayIndex.interval(z, 2 * z));
        INDArray eps = rng.normal(DataType.FLOAT, xf.rows(), z);
        INDArray sample = functions.reparameterize(mu, logVar, eps);
        Forward<Mlp.Cache> dec = decoder.forward(sample);
        double n = xf.rows();
        Loss loss = bce.compute(dec.out(), xf);
        double rec = loss.value();
        INDArray dLogits = config.alpha() == 1 ? loss.gradient() : loss.gradient().muli(config.alpha());
        double kl = functions.kl(mu, logVar).sumNumber().doubleValue() / n;
        INDArray dz = decoder.backward(dLogits, dec.cache());
        ReparameterizeGrads viaZ = functions.reparameterizeBackward(dz, logVar, eps);
        KlGrads viaKl = functions.klGradient(mu, logVar);
        INDArray dOut = Nd4j.createUninitialized(DataType.FLOAT, new long[] {xf.rows(), 2L * z}, 'f');
        dOut.get(NDArrayIndex.all(), NDArrayIndex.interval(0, z)).assign(viaKl.dMu().div(n).addi(viaZ.dMu()));
        dOut.get(NDArrayIndex.all(), NDArrayIndex.interval(z, 2 * z))
                .assign(viaKl.dLogVar().div(n).addi(viaZ.dLogVar()));
        encoder.backwardParameters(dOut, enc.cache());
        adam.updateInPlace(Networks.parameters(encoder, decoder));
        return new Terms(config.alpha() * rec + kl, rec, kl);
    }

    /**
     * The mean terms over x [N, D], one ε draw per example from {@code seed} (so a repeated
     * evaluation gives the same number). Does not train.
     */
    public Terms evaluate(INDArray x, long seed) {
        INDArray xf = checkInput("Vae.evaluate", x);
        Rng noise = Rng.seeded(seed);
        double rec = 0;
        double kl = 0;
        int chunk = 1000;
        for (long from = 0; from < xf.rows(); from += chunk) {
            INDArray part = xf.get(NDArrayIndex.interval(from, Math.min(xf.rows(), from + chunk)), NDArrayIndex.all());
            Posterior q = encodeInternal(part);
            INDArray eps = noise.normal(DataType.FLOAT, part.rows(), config.latent());
            INDArray sample = functions.reparameterize(q.mu(), q.logVar(), eps);
            rec += bce.compute(decoder.forward(sample).out(), part.dup('f')).value() * part.rows();
            kl += functions.kl(q.mu(), q.logVar()).sumNumber().doubleValue();
        }
        double n = xf.rows();
        return new Terms(config.alpha() * rec / n + kl / n, rec / n, kl / n);
    }

    /** q(z|x): μ and logVar [N, Z] for x [N, D] (new arrays). */
    public Posterior encode(INDArray x) {
        Posterior q = encodeInternal(checkInput("Vae.encode", x));
        return new Posterior(Networks.copy(q.mu()), Networks.copy(q.logVar()));
    }

    /** The decoder's Bernoulli means σ(logits) [K, D] for latent rows z [K, Z]. */
    public INDArray decode(INDArray z) {
        Shapes.in("Vae.decode").bind("Z", config.latent()).check("z", z, "K", "Z");
        return Networks.sigmoid(decoder.forward(z.castTo(DataType.FLOAT)).out());
    }

    /** Ancestral samples: z ~ N(0, I) from rng, returns the decoder's means [n, D]. */
    public INDArray sample(int n, Rng rng) {
        return decode(rng.normal(DataType.FLOAT, n, config.latent()));
    }

    /** Reconstructions of x [N, D]: decode(μ(x)), [N, D]. */
    public INDArray reconstruct(INDArray x) {
        return decode(encodeInternal(checkInput("Vae.reconstruct", x)).mu());
    }

    /** The decoded n×n manifold grid of a 2-D latent space, [n², D] (see {@link LatentPaths#manifoldGrid}). */
    public INDArray manifold(int n) {
        if (config.latent() != 2) {
            throw Failure.in("Vae.manifold").argument("config.latent").expected("2").got(String.valueOf(config.latent()))
                    .hint("train with config.withLatent(2) to draw the latent manifold").exception();
        }
        return decode(LatentPaths.manifoldGrid(n));
    }

    /** Decodes μ(x) [1, D] with latent coordinate {@code dim} swept from −range to range, [steps, D]. */
    public INDArray traverse(INDArray x, int dim, double range, int steps) {
        return decode(LatentPaths.traversal(encode(x).mu(), dim, -range, range, steps));
    }

    /** Decodes the straight line from μ(a) to μ(b), a and b [1, D]; returns [steps, D]. */
    public INDArray interpolate(INDArray a, INDArray b, int steps) {
        return decode(LatentPaths.interpolation(encode(a).mu(), encode(b).mu(), steps));
    }

    /** Creates a VAE on the built-in functions and fits it for config.epochs() epochs. */
    public static Vae train(VaeConfig config, Split data, Progress progress) {
        Vae vae = create(config);
        vae.fit(data.train(), data.test(), config.epochs(), progress);
        return vae;
    }

    /**
     * {@code epochs} more passes over {@code train} in shuffled mini-batches. After each, one
     * row in {@link #history()}: epoch, step, the epoch's mean train loss, rec and kl, and (if
     * test is not null) test_elbo, test_rec and test_kl. Returns the history.
     */
    public Table fit(Dataset train, Dataset test, int epochs, Progress progress) {
        checkInput("Vae.fit", train.x());
        rng = Rng.seeded(Training.seedFor(config.seed(), history.rowCount()) + 1);
        Training.run(history, train.x(), epochs, config.batchSize(), config.seed(), batch -> {
            Terms t = step(batch.x());
            return Metrics.of("loss", t.loss(), "rec", t.reconstruction(), "kl", t.kl());
        }, test == null ? null : () -> {
            Terms t = evaluate(test.x(), config.seed() + 1);
            return Metrics.of("test_elbo", t.elbo(), "test_rec", t.reconstruction(), "test_kl", t.kl()).values();
        }, adam::steps, progress);
        return history();
    }

    /** One row per epoch trained so far (a copy). */
    public Table history() {
        return history.copy();
    }

    /** Saves weights, Adam's state and the history to one file (atomically). */
    public void save(Path file) {
        new Checkpoint("Vae", config.toString(), weights(), Optimizers.state(adam, Networks.parameters(encoder, decoder)),
                history).save(file);
    }

    /** A VAE restored from {@link #save}, on the given functions. */
    public static Vae load(Path file, VaeFunctions functions) {
        Checkpoint checkpoint = Checkpoint.load(file);
        checkpoint.requireModel("Vae", null);
        Vae vae = new Vae(Configs.parse(VaeConfig.class, checkpoint.config()), functions);
        Checkpoint.restoreInto("weights", checkpoint.weights(), vae.weights());
        Optimizers.restore(vae.adam, Networks.parameters(vae.encoder, vae.decoder), checkpoint.optimizerState());
        vae.history = checkpoint.history();
        return vae;
    }

    private Map<String, INDArray> weights() {
        Map<String, INDArray> all = new LinkedHashMap<>(Networks.named("encoder", encoder));
        all.putAll(Networks.named("decoder", decoder));
        return all;
    }

    private Posterior encodeInternal(INDArray x) {
        INDArray out = encoder.forward(x).out();
        int z = config.latent();
        return new Posterior(out.get(NDArrayIndex.all(), NDArrayIndex.interval(0, z)),
                out.get(NDArrayIndex.all(), NDArrayIndex.interval(z, 2 * z)));
    }

    /** x as float32 in 'f' order, the layout of the layers' buffers (a copy unless it already is). */
    private INDArray checkInput(String op, INDArray x) {
        Shapes.in(op).bind("D", config.inputs()).hint("flatten images to rows of D pixels").check("x", x, "N", "D");
        return x.dataType() == DataType.FLOAT && x.ordering() == 'f' ? x : x.castTo(DataType.FLOAT).dup('f');
    }
}
