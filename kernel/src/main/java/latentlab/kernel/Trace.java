package latentlab.kernel;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Stage timings of the kernel, for profiling its start and its cells: off unless
 * {@code LATENTLAB_KERNEL_TRACE=1} is set in the kernel's environment (or
 * {@code -Dlatentlab.kernel.trace=true} is given to its JVM).
 *
 * <p>Each line goes to the JVM's stderr (the Jupyter server's log, never a cell's output) as
 * {@code [latentlab-trace] <ms since JVM start> <thread> <stage> [cpu <ms of this thread>]}. When
 * off, a call costs one field read.
 */
final class Trace {
    static final boolean ON = "1".equals(System.getenv("LATENTLAB_KERNEL_TRACE"))
            || "true".equalsIgnoreCase(System.getenv("LATENTLAB_KERNEL_TRACE"))
            || Boolean.getBoolean("latentlab.kernel.trace");

    /** JVM start in the {@link System#nanoTime()} time base, known only when tracing. */
    private static final long JVM_START_NANOS = ON ? jvmStartNanos() : 0;
    private static final ThreadMXBean THREADS = ON ? ManagementFactory.getThreadMXBean() : null;
    /** The JVM's stderr: while a cell runs, System.err is the cell's stream. */
    private static final PrintStream LOG = System.err;

    private Trace() {
    }

    /** Logs that {@code stage} was reached, with the time since JVM start and this thread's CPU time. */
    static void mark(String stage) {
        if (ON) {
            LOG.printf("[latentlab-trace] %9.1f ms %-24s %-32s cpu %.1f ms%n",
                    (System.nanoTime() - JVM_START_NANOS) / 1e6, Thread.currentThread().getName(), stage,
                    THREADS.getCurrentThreadCpuTime() / 1e6);
        }
    }

    /** Logs the wall time a stage took since {@code startNanos} (from {@link #start()}). */
    static void took(String stage, long startNanos) {
        if (ON) {
            LOG.printf("[latentlab-trace] %-32s took %.2f ms%n", stage, (System.nanoTime() - startNanos) / 1e6);
        }
    }

    /** A start time for {@link #took}; 0 when tracing is off (nothing is measured). */
    static long start() {
        return ON ? System.nanoTime() : 0;
    }

    private static long jvmStartNanos() {
        long sinceStartMs = ManagementFactory.getRuntimeMXBean().getUptime();
        return System.nanoTime() - sinceStartMs * 1_000_000;
    }
}
