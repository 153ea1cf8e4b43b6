package latentlab.models;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import latentlab.data.Dataset;
import latentlab.exercises.Flows.CouplingGrads;
import latentlab.exercises.Flows.CouplingResult;
import latentlab.nn.Forward;
import latentlab.nn.Init;
import latentlab.nn.Mlp;
import latentlab.nn.ReLU;
import latentlab.optim.Adam;
import latentlab.tensor.Rng;
import latentlab.tensor.Shapes;
import latentlab.train.Metrics;
import latentlab.train.Progress;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;
import tech.tablesaw.api.Table;

/**
 * A RealNVP-style normalizing flow: x = x₀ → x₁ → … → x_K = z through affine coupling layers
 * with alternating masks, and a standard normal base density, so the likelihood is exact:
 * <pre>
 *   log p(x) = log N(z; 0, I) + Σ_k log|det ∂x_k/∂x_{k−1}|,   bits/dim = −log p(x) / (D ln 2)
 * </pre>
 * Layer k's scale s = tanh(raw) and shift t come from an MLP on the passed-through features.
 * Sampling runs the inverse layers from z ~ N(0, I). Coupling layers come from
 * {@link FlowFunctions} (built in, or an exercise implementation). Inputs are never modified.
 *
 * <pre>{@code
 * var flow = CouplingFlow.create(FlowConfig.toy2d());
 * flow.fit(Toy2d.moons(4096, Rng.seeded(1)), null, Progress.printing(System.out));
 * double ll = flow.meanLogLikelihood(test.x());
 * }</pre>
 */
public final class CouplingFlow {
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    /** The forward pass: z [N, D] and log p(x) [N, 1]. */
    public record Encoding(INDArray z, INDArray logLikelihood) {
    }

    private final FlowConfig config;
    private final FlowFunctions functions;
    private final List<Mlp> nets = new ArrayList<>();
    private final List<INDArray> masks = new ArrayList<>();
    private final Adam adam;
    private Table history = Table.create("CouplingFlow history");

    private CouplingFlow(FlowConfig config, FlowFunctions functions) {
        this.config = config;
        this.functions = functions;
        Rng init = Rng.seeded(config.seed());
        long[] sizes = new long[config.hiddenLayers() + 2];
        java.util.Arrays.fill(sizes, config.hidden());
        sizes[0] = config.dim();
        sizes[sizes.length - 1] = 2L * config.dim();
        for (int k = 0; k < config.couplings(); k++) {
            Mlp net = Mlp.create(init, Init.HE, ReLU::new, sizes);
            // Start each layer at the identity: zero last-layer weights give s = t = 0.
            ((latentlab.nn.Linear) net.layers().get(net.layers().size() - 1)).weight().assign(0);
            nets.add(net);
            float[] mask = new float[config.dim()];
            for (int j = 0; j < mask.length; j++) {
                mask[j] = (j + k) % 2 == 0 ? 1 : 0;
            }
            masks.add(Nd4j.create(mask, new long[] {1, mask.length}, 'c'));
        }
        adam = Adam.withLearningRate(config.learningRate());
    }

    public static CouplingFlow create(FlowConfig config) {
        return new CouplingFlow(config, FlowFunctions.builtIn());
    }

    public static CouplingFlow create(FlowConfig config, FlowFunctions functions) {
        return new CouplingFlow(config, functions);
    }

    public FlowConfig config() {
        return config;
    }

    /** One Adam step on −mean log p(x) over x [N, D]; returns that loss (nats) before the update. */
    public Metrics step(INDArray x) {
        INDArray in = checkInput("CouplingFlow.step", x);
        int n = (int) in.rows();
        List<INDArray> inputs = new ArrayList<>();
        List<INDArray> scales = new ArrayList<>();
        List<Forward<Mlp.Cache>> caches = new ArrayList<>();
        INDArray h = in;
        INDArray logDet = Nd4j.zeros(DataType.FLOAT, n, 1);
        for (int k = 0; k < nets.size(); k++) {
            Forward<Mlp.Cache> f = nets.get(k).forward(h.mulRowVector(masks.get(k)).dup('f'));
            INDArray s = Transforms.tanh(f.out().get(NDArrayIndex.all(), NDArrayIndex.interval(0, config.dim())), true);
            INDArray t = f.out().get(NDArrayIndex.all(), NDArrayIndex.interval(config.dim(), 2 * config.dim()));
            CouplingResult r = functions.forward(h, masks.get(k), s, t);
            inputs.add(h);
            scales.add(s);
            caches.add(f);
            logDet.addi(r.logDet().castTo(DataType.FLOAT));
            h = r.output().castTo(DataType.FLOAT);
        }
        INDArray logLik = baseLogDensity(h).addi(logDet);
        double loss = -logLik.meanNumber().doubleValue();
        INDArray dY = h.div(n);                                   // ∂(−mean log N(z))/∂z = z / N
        INDArray dLogDet = Nd4j.valueArrayOf(new long[] {n, 1}, -1.0 / n, DataType.FLOAT);
        for (int k = nets.size() - 1; k >= 0; k--) {
            CouplingGrads g = functions.backward(dY, dLogDet, inputs.get(k), masks.get(k), scales.get(k));
            INDArray s = scales.get(k);
            INDArray dRaw = g.dS().castTo(DataType.FLOAT).mul(s.mul(s).rsubi(1));   // tanh' = 1 − s²
            INDArray dOut = Nd4j.concat(1, dRaw, g.dT().castTo(DataType.FLOAT)).dup('f');
            INDArray dMasked = nets.get(k).backward(dOut, caches.get(k).cache());
            dY = g.dx().castTo(DataType.FLOAT).addi(dMasked.mulRowVector(masks.get(k)));
        }
        adam.updateInPlace(Networks.parameters(nets.toArray(new Mlp[0])));
        return Metrics.of("nll", loss, "bits_per_dim", loss / (config.dim() * Math.log(2)));
    }

    /** z and log p(x) for x [N, D] (new arrays). */
    public Encoding encode(INDArray x) {
        INDArray h = checkInput("CouplingFlow.encode", x);
        INDArray logDet = Nd4j.zeros(DataType.FLOAT, h.rows(), 1);
        for (int k = 0; k < nets.size(); k++) {
            INDArray[] st = scaleShift(k, h);
            CouplingResult r = functions.forward(h, masks.get(k), st[0], st[1]);
            logDet.addi(r.logDet().castTo(DataType.FLOAT));
            h = r.output().castTo(DataType.FLOAT);
        }
        return new Encoding(Networks.copy(h), baseLogDensity(h).addi(logDet));
    }

    /** x = f⁻¹(z) for latent rows z [N, D]: the inverse layers in reverse order. */
    public INDArray decode(INDArray z) {
        Shapes.in("CouplingFlow.decode").bind("D", config.dim()).check("z", z, "N", "D");
        INDArray h = z.castTo(DataType.FLOAT);
        for (int k = nets.size() - 1; k >= 0; k--) {
            INDArray[] st = scaleShift(k, h);
            h = functions.inverse(h, masks.get(k), st[0], st[1]).output().castTo(DataType.FLOAT);
        }
        return Networks.copy(h);
    }

    /** n samples: z ~ N(0, I) from rng, then {@link #decode}. [n, D]. */
    public INDArray sample(int n, Rng rng) {
        return decode(rng.normal(DataType.FLOAT, n, config.dim()));
    }

    /** log p(x) per row [N, 1], exact. */
    public INDArray logLikelihood(INDArray x) {
        return encode(x).logLikelihood();
    }

    public double meanLogLikelihood(INDArray x) {
        return logLikelihood(x).castTo(DataType.DOUBLE).meanNumber().doubleValue();
    }

    /** −mean log p(x) / (D ln 2). */
    public double bitsPerDim(INDArray x) {
        return -meanLogLikelihood(x) / (config.dim() * Math.log(2));
    }

    /**
     * {@code epochs} more passes over train; one history row per epoch: nll, bits_per_dim and,
     * if test is not null, test_log_likelihood and test_bits_per_dim. Returns the history.
     */
    public Table fit(Dataset train, Dataset test, int epochs, Progress progress) {
        checkInput("CouplingFlow.fit", train.x());
        Training.run(history, train.x(), epochs, config.batchSize(), config.seed(), batch -> step(batch.x()),
                test == null ? null : () -> Metrics.of("test_log_likelihood", meanLogLikelihood(test.x()),
                        "test_bits_per_dim", bitsPerDim(test.x())).values(), adam::steps, progress);
        return history();
    }

    public Table fit(Dataset train, Dataset test, Progress progress) {
        return fit(train, test, config.epochs(), progress);
    }

    public Table history() {
        return history.copy();
    }

    public void save(Path file) {
        new Checkpoint("CouplingFlow", config.toString(), weights(), Optimizers.state(adam, parameters()), history)
                .save(file);
    }

    public static CouplingFlow load(Path file) {
        Checkpoint checkpoint = Checkpoint.load(file).requireModel("CouplingFlow", null);
        CouplingFlow flow = new CouplingFlow(Configs.parse(FlowConfig.class, checkpoint.config()),
                FlowFunctions.builtIn());
        Checkpoint.restoreInto("weights", checkpoint.weights(), flow.weights());
        Optimizers.restore(flow.adam, flow.parameters(), checkpoint.optimizerState());
        flow.history = checkpoint.history();
        return flow;
    }

    private List<latentlab.nn.Parameter> parameters() {
        return Networks.parameters(nets.toArray(new Mlp[0]));
    }

    private Map<String, INDArray> weights() {
        Map<String, INDArray> all = new LinkedHashMap<>();
        for (int k = 0; k < nets.size(); k++) {
            all.putAll(Networks.named("coupling" + k, nets.get(k)));
        }
        return all;
    }

    /** s = tanh(raw) and t of layer k for the passed-through features of h (copies). */
    private INDArray[] scaleShift(int k, INDArray h) {
        INDArray out = nets.get(k).forward(h.mulRowVector(masks.get(k)).dup('f')).out();
        int d = config.dim();
        return new INDArray[] {Transforms.tanh(out.get(NDArrayIndex.all(), NDArrayIndex.interval(0, d)), true),
            out.get(NDArrayIndex.all(), NDArrayIndex.interval(d, 2 * d)).dup()};
    }

    /** log N(z; 0, I) per row, [N, 1] float32. */
    private static INDArray baseLogDensity(INDArray z) {
        return z.mul(z).sum(true, 1).addi(z.columns() * LOG_2PI).muli(-0.5);
    }

    private INDArray checkInput(String op, INDArray x) {
        Shapes.in(op).bind("D", config.dim()).check("x", x, "N", "D");
        return x.castTo(DataType.FLOAT).dup('c');
    }
}
