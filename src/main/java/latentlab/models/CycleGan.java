package latentlab.models;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import latentlab.data.Dataset;
import latentlab.exercises.CycleConsistency;
import latentlab.exercises.CycleConsistency.CycleGrads;
import latentlab.exercises.GanObjectives.DiscriminatorGrads;
import latentlab.nn.Forward;
import latentlab.nn.Init;
import latentlab.nn.LeakyReLU;
import latentlab.nn.Mlp;
import latentlab.nn.Parameter;
import latentlab.nn.ReLU;
import latentlab.optim.Adam;
import latentlab.tensor.Rng;
import latentlab.tensor.Shapes;
import latentlab.train.Metrics;
import latentlab.train.Progress;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import tech.tablesaw.api.Table;

/**
 * CycleGAN (Zhu et al.) for unpaired translation between 2-D domains X and Y. The translators
 * G: X → Y and F: Y → X are plain MLPs from random weights, so nothing but the losses ties an
 * output to its input (a residual G(x) = x + mlp(x) would start as the identity, which already
 * pairs any two domains that lie on top of each other):
 * <pre>
 *   L = L_GAN(G, D_Y) + L_GAN(F, D_X) + λ (‖F(G(x)) − x‖₁ + ‖G(F(y)) − y‖₁)
 * </pre>
 * with non-saturating adversarial losses. Each step updates G and F together, then D_X and
 * D_Y {@code discriminatorSteps} times on the same fakes. In {@code fit} the cycle weight
 * follows the config's schedule ({@link CycleGanConfig#lambdaAt}): off for a warm-up, so the two
 * games first move the mass of each blob, then ramped in: with the full λ from the first step the
 * cycle loss freezes whichever one-to-one pairing forms first (the warm-up fixes this on the
 * test's seeds, not on every seed; see {@code CycleGanTest}). The cycle term comes from a
 * {@link CycleConsistency} implementation (the exercise's) or the built-in one. Inputs are never
 * modified; results are new arrays.
 *
 * <pre>{@code
 * var cyc = CycleGan.create(CycleGanConfig.toy2d().withLambda(1));
 * cyc.fit(xTrain, yTrain, Progress.printing(System.out));
 * CycleMetrics m = cyc.metrics(xTest, yTest);
 * }</pre>
 */
public final class CycleGan {
    private final CycleGanConfig config;
    private final CycleConsistency cycle;
    private final GanLosses adversarial = GanLosses.builtIn();
    private final Mlp g;
    private final Mlp f;
    private final Mlp dX;
    private final Mlp dY;
    private final Adam adamGen;
    private final Adam adamDis;
    private Rng rng;
    private Table history = Table.create("CycleGan history");

    private CycleGan(CycleGanConfig config, CycleConsistency cycle) {
        this.config = config;
        this.cycle = cycle == null ? new FusedCycleConsistency() : cycle;
        Rng init = Rng.seeded(config.seed());
        long[] gen = sizes(config.dim());
        long[] dis = sizes(config.dim());
        dis[dis.length - 1] = 1;
        g = Mlp.create(init, Init.HE, ReLU::new, gen);
        f = Mlp.create(init, Init.HE, ReLU::new, gen);
        dX = Mlp.create(init, Init.HE, () -> new LeakyReLU(0.2), dis);
        dY = Mlp.create(init, Init.HE, () -> new LeakyReLU(0.2), dis);
        Adam.Config adam = Adam.Config.defaults().withLearningRate(config.learningRate()).withBetas(config.beta1(), 0.999);
        adamGen = new Adam(adam);
        adamDis = new Adam(adam);
        rng = init.split();
    }

    /** An untrained CycleGAN with the built-in cycle loss. */
    public static CycleGan create(CycleGanConfig config) {
        return new CycleGan(config, null);
    }

    /** An untrained CycleGAN whose cycle loss comes from {@code cycle} (e.g. the student's). */
    public static CycleGan create(CycleGanConfig config, CycleConsistency cycle) {
        return new CycleGan(config, cycle);
    }

    public CycleGanConfig config() {
        return config;
    }

    /** One step with the full weight λ on x [N, D] from X and y [N, D] from Y; returns the losses before the updates. */
    public Metrics step(INDArray x, INDArray y) {
        return step(x, y, config.lambda());
    }

    /** One step with cycle weight {@code lambda} (the schedule's value for the epoch, see {@link CycleGanConfig#lambdaAt}). */
    private Metrics step(INDArray x, INDArray y, double lambda) {
        INDArray xs = checkInput("CycleGan.step", "x", x);
        INDArray ys = checkInput("CycleGan.step", "y", y);
        INDArray fakeY = g.forward(xs).out().dup('f');           // G(x)
        INDArray fakeX = f.forward(ys).out().dup('f');           // F(y)
        // Cycle term: F(G(x)) and G(F(y)); keep their parameter gradients, then redo the first pass.
        double cycleLoss = 0;
        INDArray dFakeY = Nd4j.zeros(DataType.FLOAT, fakeY.shape()).dup('f');
        INDArray dFakeX = Nd4j.zeros(DataType.FLOAT, fakeX.shape()).dup('f');
        List<INDArray> cycleGrads = null;
        if (lambda > 0) {
            Forward<Mlp.Cache> backX = f.forward(fakeY);
            Forward<Mlp.Cache> backY = g.forward(fakeX);
            cycleLoss = cycle.cycleConsistencyLoss(xs, backX.out(), ys, backY.out());
            CycleGrads c = cycle.cycleConsistencyGradient(xs, backX.out(), ys, backY.out());
            dFakeY.addi(f.backward(f32(c.dXCycled()).muli(lambda), backX.cache()));
            dFakeX.addi(g.backward(f32(c.dYCycled()).muli(lambda), backY.cache()));
            cycleGrads = translatorParameters().stream().map(p -> p.grad().dup()).toList();
        }
        // Adversarial terms: the translators want D_Y(G(x)) and D_X(F(y)) to say "real".
        Forward<Mlp.Cache> judgedY = dY.forward(fakeY);
        double advG = adversarial.generatorLoss(judgedY.out(), GanConfig.GeneratorLoss.NON_SATURATING);
        dFakeY.addi(dY.backward(f32(adversarial.generatorLossGradient(judgedY.out(),
                GanConfig.GeneratorLoss.NON_SATURATING)), judgedY.cache()));
        Forward<Mlp.Cache> judgedX = dX.forward(fakeX);
        double advF = adversarial.generatorLoss(judgedX.out(), GanConfig.GeneratorLoss.NON_SATURATING);
        dFakeX.addi(dX.backward(f32(adversarial.generatorLossGradient(judgedX.out(),
                GanConfig.GeneratorLoss.NON_SATURATING)), judgedX.cache()));
        g.backwardParameters(dFakeY, g.forward(xs).cache());
        f.backwardParameters(dFakeX, f.forward(ys).cache());
        List<Parameter> translators = translatorParameters();
        if (cycleGrads != null) {
            for (int i = 0; i < translators.size(); i++) {
                translators.get(i).grad().addi(cycleGrads.get(i));
            }
        }
        adamGen.updateInPlace(translators);
        double lossDy = 0;                                       // D's losses before its last update
        double lossDx = 0;
        for (int k = 0; k < config.discriminatorSteps(); k++) {
            lossDy = discriminatorStep(dY, ys, fakeY);
            lossDx = discriminatorStep(dX, xs, fakeX);
            adamDis.updateInPlace(Networks.parameters(dX, dY));
        }
        return Metrics.of("lambda", lambda, "adv_g", advG, "adv_f", advF, "cycle", cycleLoss, "d_x", lossDx,
                "d_y", lossDy);
    }

    /** Sets the gradients of D for real rows and fake rows (one pass over both); returns its loss. */
    private double discriminatorStep(Mlp d, INDArray real, INDArray fake) {
        INDArray both = Nd4j.concat(0, real, fake).dup('f');
        Forward<Mlp.Cache> out = d.forward(both);
        int n = (int) real.rows();
        INDArray realLogits = out.out().get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, n));
        INDArray fakeLogits = out.out().get(org.nd4j.linalg.indexing.NDArrayIndex.interval(n, both.rows()));
        double loss = adversarial.discriminatorLoss(realLogits, fakeLogits);
        DiscriminatorGrads grads = adversarial.discriminatorLossGradient(realLogits, fakeLogits);
        d.backwardParameters(Nd4j.concat(0, f32(grads.dRealLogits()), f32(grads.dFakeLogits())).dup('f'), out.cache());
        return loss;
    }

    /**
     * {@code epochs} passes over domain X, each step with a random batch of Y; one history row
     * per epoch (mean losses, and if test domains are given, the {@link CycleMetrics}).
     */
    public Table fit(Dataset xTrain, Dataset yTrain, Dataset xTest, Dataset yTest, int epochs, Progress progress) {
        checkInput("CycleGan.fit", "x", xTrain.x());
        INDArray yAll = checkInput("CycleGan.fit", "y", yTrain.x()).dup('c');
        int done = history.rowCount();
        rng = Rng.seeded(Training.seedFor(config.seed(), done) + 1);
        Training.run(history, xTrain.x(), epochs, config.batchSize(), config.seed(), batch -> {
            int[] rows = new int[batch.size()];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = rng.nextInt((int) yAll.rows());
            }
            return step(batch.x(), yAll.getRows(rows), config.lambdaAt(done + batch.epoch()));
        }, xTest == null ? null : () -> metrics(xTest, yTest).asMetrics().values(), () -> adamGen.steps(), progress);
        return history();
    }

    public Table fit(Dataset xTrain, Dataset yTrain, Dataset xTest, Dataset yTest, Progress progress) {
        return fit(xTrain, yTrain, xTest, yTest, config.epochs(), progress);
    }

    /** G(x): X → Y, [N, D]. */
    public INDArray translateX(INDArray x) {
        return Networks.copy(g.forward(checkInput("CycleGan.translateX", "x", x)).out());
    }

    /** F(y): Y → X, [N, D]. */
    public INDArray translateY(INDArray y) {
        return Networks.copy(f.forward(checkInput("CycleGan.translateY", "y", y)).out());
    }

    /** Round trips, pairing and collapse on labelled test domains (see {@link CycleMetrics}). */
    public CycleMetrics metrics(Dataset xTest, Dataset yTest) {
        return CycleMetrics.of(this, xTest, yTest);
    }

    public Table history() {
        return history.copy();
    }

    public void save(Path file) {
        Map<String, INDArray> opt = new LinkedHashMap<>();
        Optimizers.state(adamGen, translatorParameters()).forEach((k, v) -> opt.put("gen." + k, v));
        Optimizers.state(adamDis, Networks.parameters(dX, dY)).forEach((k, v) -> opt.put("dis." + k, v));
        new Checkpoint("CycleGan", config.toString(), weights(), opt, history).save(file);
    }

    public static CycleGan load(Path file) {
        Checkpoint checkpoint = Checkpoint.load(file).requireModel("CycleGan", null);
        CycleGan model = new CycleGan(Configs.parse(CycleGanConfig.class, checkpoint.config()), null);
        Checkpoint.restoreInto("weights", checkpoint.weights(), model.weights());
        Map<String, INDArray> gen = new LinkedHashMap<>();
        Map<String, INDArray> dis = new LinkedHashMap<>();
        checkpoint.optimizerState().forEach((k, v) -> (k.startsWith("gen.") ? gen : dis).put(k.substring(4), v));
        Optimizers.restore(model.adamGen, model.translatorParameters(), gen);
        Optimizers.restore(model.adamDis, Networks.parameters(model.dX, model.dY), dis);
        model.history = checkpoint.history();
        return model;
    }

    private Map<String, INDArray> weights() {
        Map<String, INDArray> all = new LinkedHashMap<>(Networks.named("g", g));
        all.putAll(Networks.named("f", f));
        all.putAll(Networks.named("dX", dX));
        all.putAll(Networks.named("dY", dY));
        return all;
    }

    private List<Parameter> translatorParameters() {
        List<Parameter> all = new java.util.ArrayList<>(g.parameters());
        all.addAll(f.parameters());
        return all;
    }

    private long[] sizes(int dim) {
        long[] sizes = new long[config.layers() + 2];
        java.util.Arrays.fill(sizes, config.hidden());
        sizes[0] = dim;
        sizes[sizes.length - 1] = dim;
        return sizes;
    }

    private static INDArray f32(INDArray a) {
        return a.castTo(DataType.FLOAT).dup('f');
    }

    private INDArray checkInput(String op, String name, INDArray a) {
        Shapes.in(op).bind("D", config.dim()).check(name, a, "N", "D");
        return a.castTo(DataType.FLOAT).dup('f');
    }
}
