package latentlab.bench;

import java.util.List;
import latentlab.models.Gan;
import latentlab.models.GanConfig;
import latentlab.tensor.Rng;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The course's digits GAN ({@link GanConfig#digits()}): generator 64-256-784 (ReLU, sigmoid
 * output), discriminator 784-256-1 (LeakyReLU 0.2), non-saturating losses on logits, Adam
 * 2e-4 (β₁ 0.5) for each network, one D step (real and fake batch through D at once) and one
 * G step (fresh noise) per batch of 128 real images, float32, trained by
 * {@link latentlab.models.Gan#step} from the library's {@link Fit} loop. Samples = real
 * images consumed. The PyTorch twin is bench/torch_gan.py.
 */
public final class GanWorkload implements Workload {
    private final int batch;
    private final int samples;

    public GanWorkload(int batch, int samples) {
        this.batch = batch;
        this.samples = samples;
    }

    @Override
    public String name() {
        return "gan-64-256-784";
    }

    @Override
    public String description() {
        return "GAN G 64-256-784 (ReLU, sigmoid), D 784-256-1 (LeakyReLU 0.2), non-saturating, Adam 2e-4, k = 1, "
                + "batch " + batch + ", float32, N = " + samples;
    }

    @Override
    public List<String> torchCommand(int threads, double warmupSeconds, double seconds) {
        return List.of("bench/torch_gan.py", "--threads", String.valueOf(threads), "--batch", String.valueOf(batch),
                "--samples", String.valueOf(samples), "--warmup", String.valueOf(warmupSeconds),
                "--seconds", String.valueOf(seconds));
    }

    @Override
    public Measurement runOurs(double warmupSeconds, double seconds) {
        INDArray data = Rng.seeded(0).uniform(DataType.FLOAT, 0, 1, samples, 784);
        Gan gan = Gan.create(GanConfig.digits().withBatchSize(batch));
        TimedFit.warmUp(data, batch, warmupSeconds, b -> gan.step(b.x()));
        return TimedFit.run(data, batch, seconds, b -> gan.step(b.x()));
    }
}
