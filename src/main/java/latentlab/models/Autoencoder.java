package latentlab.models;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import latentlab.data.Dataset;
import latentlab.data.Split;
import latentlab.exercises.Exercises;
import latentlab.exercises.Reconstruction;
import latentlab.loss.BceWithLogits;
import latentlab.loss.Loss;
import latentlab.loss.Mse;
import latentlab.loss.Reduction;
import latentlab.nn.Forward;
import latentlab.nn.Init;
import latentlab.nn.Linear;
import latentlab.nn.Mlp;
import latentlab.nn.ReLU;
import latentlab.optim.Adam;
import latentlab.tensor.Rng;
import latentlab.tensor.Shapes;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import latentlab.train.Metrics;
import latentlab.train.Progress;
import tech.tablesaw.api.Table;

/**
 * An autoencoder: encoder f, decoder g, loss L = (1/N) Σ_n ℓ(x_n, g(f(x̃_n))), where
 * x̃ = x, or x corrupted (denoising AE) with the exercise's {@code corruptGaussian} /
 * {@code corruptMasking}. MLP: D → H → Z → H → D with ReLU; linear: D → Z → D.
 * With MSE the decoder's output is x̂; with BCE it is the logits and x̂ = σ(logits).
 * Inputs are never modified; results are new arrays.
 *
 * <pre>{@code
 * var ae = Autoencoder.train(AutoencoderConfig.digits(16), split, Progress.printing(System.out));
 * INDArray xHat = ae.reconstruct(split.test().x());
 * }</pre>
 */
public final class Autoencoder {
    private final AutoencoderConfig config;
    private final Mlp encoder;
    private final Mlp decoder;
    private final Adam adam;
    private Rng rng;
    private final Mse mse = new Mse(Reduction.SUM_OVER_FEATURES);
    private final BceWithLogits bce = new BceWithLogits();
    private Reconstruction corruption;
    private Table history = Table.create("Autoencoder history");

    private Autoencoder(AutoencoderConfig config, Reconstruction corruption) {
        this.config = config;
        this.corruption = corruption;
        Rng init = Rng.seeded(config.seed());
        if (config.linear()) {
            encoder = Mlp.of(List.of(Linear.create(config.inputs(), config.latent(), Init.XAVIER, init)));
            decoder = Mlp.of(List.of(Linear.create(config.latent(), config.inputs(), Init.XAVIER, init)));
        } else {
            encoder = Mlp.create(init, Init.HE, ReLU::new, config.inputs(), config.hidden(), config.latent());
            decoder = Mlp.create(init, Init.HE, ReLU::new, config.latent(), config.hidden(), config.inputs());
        }
        adam = Adam.withLearningRate(config.learningRate());
        rng = init.split();
    }

    /** An untrained autoencoder; a denoising one corrupts with the reference {@link Reconstruction}. */
    public static Autoencoder create(AutoencoderConfig config) {
        return new Autoencoder(config, null);
    }

    /** An untrained autoencoder whose corruption comes from {@code functions} (e.g. the student's). */
    public static Autoencoder create(AutoencoderConfig config, Reconstruction functions) {
        return new Autoencoder(config, functions);
    }

    /** Creates and fits for config.epochs() epochs, recording the test loss after each. */
    public static Autoencoder train(AutoencoderConfig config, Split data, Progress progress) {
        Autoencoder ae = create(config);
        ae.fit(data.train(), data.test(), config.epochs(), progress);
        return ae;
    }

    public AutoencoderConfig config() {
        return config;
    }

    /** One Adam step on x [N, D]; returns the batch loss before the update. */
    public double step(INDArray x) {
        INDArray clean = checkInput("Autoencoder.step", x);
        INDArray input = config.corruption() == AutoencoderConfig.Corruption.NONE ? clean : corrupt(clean, rng);
        Forward<Mlp.Cache> enc = encoder.forward(input);
        Forward<Mlp.Cache> dec = decoder.forward(enc.out());
        Loss loss = lossOf(dec.out(), clean);
        INDArray dz = decoder.backward(loss.gradient(), dec.cache());
        encoder.backwardParameters(dz, enc.cache());
        adam.updateInPlace(Networks.parameters(encoder, decoder));
        return loss.value();
    }

    /**
     * {@code epochs} more passes over train; one history row per epoch: epoch, step, loss,
     * test_loss and test_error (on clean inputs, if test is not null; error as in
     * {@link #reconstructionError}), seconds. Returns the history.
     */
    public Table fit(Dataset train, Dataset test, int epochs, Progress progress) {
        checkInput("Autoencoder.fit", train.x());
        rng = Rng.seeded(Training.seedFor(config.seed(), history.rowCount()) + 1);
        Training.run(history, train.x(), epochs, config.batchSize(), config.seed(),
                batch -> Metrics.of("loss", step(batch.x())),
                test == null ? null : () -> Metrics.of("test_loss", loss(test.x()),
                        "test_error", reconstructionError(test.x())).values(), adam::steps, progress);
        return history();
    }

    /** The training loss on clean x [N, D] (MSE or BCE per example, averaged), without training. */
    public double loss(INDArray x) {
        INDArray clean = checkInput("Autoencoder.loss", x);
        return lossOf(decoder.forward(encoder.forward(clean).out()).out(), clean).value();
    }

    /** Squared error Σ_j (x̂_nj − x_nj)² averaged over the rows of x: comparable across losses and sizes. */
    public double reconstructionError(INDArray x) {
        INDArray clean = checkInput("Autoencoder.reconstructionError", x);
        return mse.compute(reconstruct(clean).dup('f'), clean).value();
    }

    /** The codes f(x) [N, Z]. */
    public INDArray encode(INDArray x) {
        return Networks.copy(encoder.forward(checkInput("Autoencoder.encode", x)).out());
    }

    /** The reconstructions g(z) [K, D] of codes z [K, Z] (σ of the logits under BCE). */
    public INDArray decode(INDArray z) {
        Shapes.in("Autoencoder.decode").bind("Z", config.latent()).check("z", z, "K", "Z");
        INDArray out = decoder.forward(z.castTo(DataType.FLOAT)).out();
        return config.loss() == AutoencoderConfig.Loss.BCE ? Networks.sigmoid(out) : Networks.copy(out);
    }

    /** g(f(x)) [N, D]; x is used as given (pass {@link #corrupt} output to show denoising). */
    public INDArray reconstruct(INDArray x) {
        return decode(encoder.forward(checkInput("Autoencoder.reconstruct", x)).out());
    }

    /** x̃, the corruption this AE trains on, with noise from rng; a new [N, D] array. */
    public INDArray corrupt(INDArray x, Rng rng) {
        INDArray xf = x.castTo(DataType.FLOAT);
        Reconstruction functions = corruptionFunctions();
        return switch (config.corruption()) {
            case NONE -> Networks.copy(xf);
            case GAUSSIAN -> functions.corruptGaussian(xf, rng.normal(DataType.FLOAT, x.shape()), config.noise())
                    .castTo(DataType.FLOAT).dup('f');
            case MASKING -> functions.corruptMasking(xf, rng.bernoulli(DataType.FLOAT, 1 - config.noise(), x.shape()))
                    .castTo(DataType.FLOAT).dup('f');
        };
    }

    /** The linear AE's decoder weight W_d [Z, D]; its rows span the learned subspace. */
    public INDArray decoderWeight() {
        return ((Linear) decoder.layers().get(decoder.layers().size() - 1)).weight().dup('c');
    }

    /** One row per epoch trained so far (a copy). */
    public Table history() {
        return history.copy();
    }

    /** Saves weights, Adam's state and the history to one file, atomically. */
    public void save(Path file) {
        new Checkpoint("Autoencoder", config.toString(), weights(), Optimizers.state(adam, parameters()), history)
                .save(file);
    }

    /** An autoencoder restored from {@link #save}. */
    public static Autoencoder load(Path file) {
        Checkpoint checkpoint = Checkpoint.load(file).requireModel("Autoencoder", null);
        Autoencoder ae = new Autoencoder(Configs.parse(AutoencoderConfig.class, checkpoint.config()), null);
        Checkpoint.restoreInto("weights", checkpoint.weights(), ae.weights());
        Optimizers.restore(ae.adam, ae.parameters(), checkpoint.optimizerState());
        ae.history = checkpoint.history();
        return ae;
    }

    private List<latentlab.nn.Parameter> parameters() {
        return Networks.parameters(encoder, decoder);
    }

    private Map<String, INDArray> weights() {
        Map<String, INDArray> all = new LinkedHashMap<>(Networks.named("encoder", encoder));
        all.putAll(Networks.named("decoder", decoder));
        return all;
    }

    private Loss lossOf(INDArray out, INDArray clean) {
        return config.loss() == AutoencoderConfig.Loss.MSE ? mse.compute(out, clean) : bce.compute(out, clean);
    }

    private Reconstruction corruptionFunctions() {
        if (corruption == null) {
            corruption = Exercises.reference(Reconstruction.class);
        }
        return corruption;
    }

    private INDArray checkInput(String op, INDArray x) {
        Shapes.in(op).bind("D", config.inputs()).hint("flatten images to rows of D pixels").check("x", x, "N", "D");
        return x.dataType() == DataType.FLOAT && x.ordering() == 'f' ? x : x.castTo(DataType.FLOAT).dup('f');
    }
}
