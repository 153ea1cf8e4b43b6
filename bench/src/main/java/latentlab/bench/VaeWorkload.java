package latentlab.bench;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import latentlab.loss.BceWithLogits;
import latentlab.loss.Loss;
import latentlab.nn.Forward;
import latentlab.nn.Init;
import latentlab.nn.Mlp;
import latentlab.nn.Parameter;
import latentlab.nn.ReLU;
import latentlab.optim.Adam;
import latentlab.tensor.Dense;
import latentlab.tensor.Rng;
import latentlab.train.Batch;
import latentlab.train.Fit;
import latentlab.train.Metrics;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The course's classic VAE: encoder 784-400-(20+20) and decoder 20-400-784 with ReLU, a
 * Bernoulli decoder on logits, loss = BCE (summed over pixels) + KL(q(z|x) ‖ N(0, I)),
 * averaged over the batch, Adam (lr 1e-3), float32, shuffled batches of 128 from the
 * library's {@link Fit} loop. The reparameterization and KL are fused loops here; the layers,
 * loss, optimizer and batching are the library's own.
 */
public final class VaeWorkload implements Workload {
    static final int D = 784;
    static final int H = 400;
    static final int Z = 20;
    private final int batch;
    private final int samples;

    public VaeWorkload(int batch, int samples) {
        this.batch = batch;
        this.samples = samples;
    }

    @Override
    public String name() {
        return "vae-784-400-20";
    }

    @Override
    public String description() {
        return "VAE 784-400-20, ReLU, Bernoulli decoder (BCE on logits) + KL, Adam 1e-3, batch " + batch
                + ", float32, N = " + samples;
    }

    @Override
    public List<String> torchCommand(int threads, double warmupSeconds, double seconds) {
        return List.of("bench/torch_vae.py", "--threads", String.valueOf(threads), "--batch", String.valueOf(batch),
                "--samples", String.valueOf(samples), "--warmup", String.valueOf(warmupSeconds),
                "--seconds", String.valueOf(seconds));
    }

    @Override
    public Measurement runOurs(double warmupSeconds, double seconds) {
        Rng rng = Rng.seeded(0);
        INDArray data = rng.uniform(DataType.FLOAT, 0, 1, samples, D);
        Vae vae = new Vae(rng);
        TimedFit.warmUp(data, batch, warmupSeconds, vae::step);
        return TimedFit.run(data, batch, seconds, vae::step);
    }

    /** The model and one training step. */
    static final class Vae {
        private final Mlp encoder;
        private final Mlp decoder;
        private final List<Parameter> parameters = new ArrayList<>();
        private final BceWithLogits bce = new BceWithLogits();
        private final Adam adam = Adam.withLearningRate(1e-3);
        private final Rng noise;
        private INDArray eps;
        private INDArray z;
        private INDArray dEncoded;

        Vae(Rng rng) {
            encoder = Mlp.create(rng, Init.HE, ReLU::new, D, H, 2 * Z);
            decoder = Mlp.create(rng, Init.HE, ReLU::new, Z, H, D);
            parameters.addAll(encoder.parameters());
            parameters.addAll(decoder.parameters());
            noise = rng.split();
        }

        Metrics step(Batch b) {
            int n = b.size();
            allocate(n);
            Forward<Mlp.Cache> enc = encoder.forward(b.x());
            double kl = reparameterize(Dense.floats(enc.out()), n);
            Forward<Mlp.Cache> dec = decoder.forward(z);
            Loss rec = bce.compute(dec.out(), b.x());
            INDArray dz = decoder.backward(rec.gradient(), dec.cache());
            backThroughReparameterization(Dense.floats(enc.out()), Dense.floats(dz), n);
            encoder.backwardParameters(dEncoded, enc.cache());
            adam.updateInPlace(parameters);
            return Metrics.of("loss", rec.value() + kl, "kl", kl);
        }

        private void allocate(int n) {
            if (z == null || z.size(0) != n) {
                eps = Nd4j.createUninitialized(DataType.FLOAT, new long[] {n, Z}, 'f');
                z = Nd4j.createUninitialized(DataType.FLOAT, new long[] {n, Z}, 'f');
                dEncoded = Nd4j.createUninitialized(DataType.FLOAT, new long[] {n, 2 * Z}, 'f');
            }
        }

        /** z = μ + e^(logVar/2) ⊙ ε; returns KL = (1/N) Σ -½(1 + logVar - μ² - e^logVar). */
        private double reparameterize(FloatBuffer encoded, int n) {
            FloatBuffer e = Dense.floats(eps);
            FloatBuffer zs = Dense.floats(z);
            int half = n * Z; // column-major [N, 2Z]: μ is the first N·Z values, logVar the rest
            double kl = 0;
            for (int i = 0; i < half; i++) {
                float mu = encoded.get(i);
                float logVar = encoded.get(half + i);
                float epsilon = (float) noise.normal();
                float std = (float) Math.exp(0.5 * logVar);
                e.put(i, epsilon);
                zs.put(i, mu + std * epsilon);
                kl += -0.5 * (1 + logVar - mu * mu - std * std);
            }
            return kl / n;
        }

        /** dμ = dz + μ/N, dlogVar = ½ dz ⊙ ε ⊙ σ + ½(σ² - 1)/N. */
        private void backThroughReparameterization(FloatBuffer encoded, FloatBuffer dz, int n) {
            FloatBuffer e = Dense.floats(eps);
            FloatBuffer d = Dense.floats(dEncoded);
            int half = n * Z;
            float invN = 1f / n;
            for (int i = 0; i < half; i++) {
                float mu = encoded.get(i);
                float std = (float) Math.exp(0.5 * encoded.get(half + i));
                float g = dz.get(i);
                d.put(i, g + mu * invN);
                d.put(half + i, 0.5f * g * e.get(i) * std + 0.5f * (std * std - 1f) * invN);
            }
        }
    }
}
