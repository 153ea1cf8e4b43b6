package latentlab.kernel;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CompletableFuture;

/**
 * Measures, in CPU time, what the idle-time warm-up saves: a session with the start-up imports,
 * then {@code args[0]} warm-up snippets (0 for none), then 100 trivial cells; prints the CPU per
 * cell of the evaluating thread and of the whole process (with the JIT's threads). CPU time is
 * less sensitive than wall time to a shared machine.
 *
 * <pre>java -XX:+UseSerialGC -Djava.awt.headless=true \
 *     -cp "target/test-classes:target/latentlab.jar:target/lib/*" latentlab.kernel.WarmupProbe 240</pre>
 */
public final class WarmupProbe {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private WarmupProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1 || !args[0].matches("\\d+")) {
            System.err.println("usage: WarmupProbe <warm-up snippets, e.g. 0 or 240>; got " + String.join(" ", args));
            System.exit(2);
        }
        int snippets = Integer.parseInt(args[0]);
        try (Evaluator evaluator = new Evaluator()) {
            evaluator.eval(Startup.script(), 0);
            evaluator.eval("1 + 1", 1);
            long processBefore = OS.getProcessCpuTime();
            long wallBefore = System.nanoTime();
            if (snippets > 0) {
                IdleWarmup warmup = new IdleWarmup(CompletableFuture.completedFuture(null), snippets);
                warmup.start();
                warmup.done().get();
            }
            StringBuilder line = new StringBuilder(String.format("warm-up %d snippets: process CPU %.1f s, wall %.1f s |",
                    snippets, (OS.getProcessCpuTime() - processBefore) / 1e9, (System.nanoTime() - wallBefore) / 1e9));
            int[] bounds = {0, 20, 40, 100};
            for (int k = 0; k + 1 < bounds.length; k++) {
                long thread = THREADS.getCurrentThreadCpuTime();
                long process = OS.getProcessCpuTime();
                int cells = bounds[k + 1] - bounds[k];
                for (int j = 0; j < cells; j++) {
                    evaluator.eval("1 + 1", 2 + bounds[k] + j);
                }
                line.append(String.format(" cells %d-%d: %.1f/%.1f", bounds[k], bounds[k + 1],
                        (THREADS.getCurrentThreadCpuTime() - thread) / 1e6 / cells,
                        (OS.getProcessCpuTime() - process) / 1e6 / cells));
            }
            System.out.println(line + " (ms per cell, thread/process CPU; load " + OS.getSystemLoadAverage() + ")");
        }
        System.exit(0);
    }
}
