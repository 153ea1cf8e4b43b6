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

    /**
     * Trains until this process has used {@code cpuSeconds} of CPU time (all its threads, the
     * JIT compiler's included). Warm-up counts CPU time rather than wall time so that on a busy
     * machine, where the process gets a fraction of a core, the hot loops are still compiled
     * before the timed run starts; on an idle machine the two are the same.
     */
    static void warmUp(INDArray data, int batch, double cpuSeconds, TrainingStep step) {
        long startCpu = OS.getProcessCpuTime();
        loop(data, batch, step, () -> (OS.getProcessCpuTime() - startCpu) / 1e9 >= cpuSeconds);
    }

    /** Epochs of {@code step} over {@code data} in batches of {@code batch} until {@code seconds} (wall) pass. */
    static Measurement run(INDArray data, int batch, double seconds, TrainingStep step) {
        long start = System.nanoTime();
        long startCpu = OS.getProcessCpuTime();
        long[] samples = {0};
        long[] end = {0, 0};
        loop(data, batch, b -> {
            var metrics = step.run(b);
            samples[0] += b.size();
            return metrics;
        }, () -> {
            long now = System.nanoTime();
            if ((now - start) / 1e9 < seconds) {
                return false;
            }
            end[0] = now;
            end[1] = OS.getProcessCpuTime();
            return true;
        });
        return new Measurement(samples[0], (end[0] - start) / 1e9, (end[1] - startCpu) / 1e9);
    }

    /** The fit loop, stopped after the first step at which {@code enough} is true. */
    private static void loop(INDArray data, int batch, TrainingStep step, java.util.function.BooleanSupplier enough) {
        try {
            Fit.with(new Fit.Config(Integer.MAX_VALUE, batch, 1)).run(data, b -> {
                var metrics = step.run(b);
                if (enough.getAsBoolean()) {
                    throw new Done();
                }
                return metrics;
            });
        } catch (Done done) {
            // trained enough
        }
    }
}
