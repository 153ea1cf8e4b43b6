package latentlab.bench;

import java.lang.management.ManagementFactory;
import latentlab.train.Fit;
import latentlab.train.TrainingStep;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Runs the library's fit loop over {@code data} for a fixed time and counts the samples
 * trained: the same loop a notebook uses, so the bench measures what students get.
 */
final class TimedFit {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** Thrown out of the fit loop once enough time has passed; no stack trace to fill. */
    private static final class Done extends RuntimeException {
        Done() {
            super(null, null, false, false);
        }
    }

    private TimedFit() {
    }

    /** Epochs of {@code step} over {@code data} in batches of {@code batch} until {@code seconds} pass. */
    static Measurement run(INDArray data, int batch, double seconds, TrainingStep step) {
        long start = System.nanoTime();
        long startCpu = OS.getProcessCpuTime();
        long[] samples = {0};
        long[] end = {0, 0};
        try {
            Fit.with(new Fit.Config(Integer.MAX_VALUE, batch, 1)).run(data, b -> {
                var metrics = step.run(b);
                samples[0] += b.size();
                long now = System.nanoTime();
                if ((now - start) / 1e9 >= seconds) {
                    end[0] = now;
                    end[1] = OS.getProcessCpuTime();
                    throw new Done();
                }
                return metrics;
            });
        } catch (Done done) {
            // measured enough
        }
        return new Measurement(samples[0], (end[0] - start) / 1e9, (end[1] - startCpu) / 1e9);
    }
}
