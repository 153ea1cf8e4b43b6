package latentlab.tensor;

import org.nd4j.linalg.factory.Nd4j;

/**
 * ND4J thread settings that suit small dense networks on a laptop-sized CPU, applied once.
 *
 * <p>ND4J keeps two thread pools, its own (OpenMP) pool for element-wise ops and OpenBLAS's
 * for matrix products. Both spin while they wait, so on a machine with few cores they
 * fight each other and over-subscription makes training several times slower. LatentLab's
 * element-wise work is done in plain Java loops ({@link Dense}), so ND4J's own pool gets
 * one thread, and BLAS gets {@code LATENTLAB_BLAS_THREADS} threads (default: one per
 * core, see {@link #defaultBlasThreads()}). ND4J ignores {@code OPENBLAS_NUM_THREADS}; the BLAS count
 * can only be set after start-up, which is what {@link #configure()} does.
 *
 * <p>Layers and optimizers call {@link #configure()} when they are created, so users never
 * have to. It is idempotent and thread-safe.
 */
public final class Backend {
    /** BLAS threads unless {@code LATENTLAB_BLAS_THREADS} says otherwise: one per core, at most 8. */
    public static int defaultBlasThreads() {
        return Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
    }
    private static volatile boolean configured;

    private Backend() {
    }

    /** Applies the thread settings once per JVM; later calls do nothing. */
    public static void configure() {
        if (configured) {
            return;
        }
        synchronized (Backend.class) {
            if (!configured) {
                int blas = threadsFrom("LATENTLAB_BLAS_THREADS", defaultBlasThreads());
                int nd4j = threadsFrom("LATENTLAB_ND4J_THREADS", 1);
                Nd4j.getEnvironment().setMaxThreads(nd4j);
                Nd4j.getEnvironment().setMaxMasterThreads(nd4j);
                Nd4j.factory().blas().setMaxThreads(blas);
                configured = true;
            }
        }
    }

    /** The BLAS thread count in effect (after {@link #configure()}). */
    public static int blasThreads() {
        configure();
        return Nd4j.factory().blas().getMaxThreads();
    }

    private static int threadsFrom(String variable, int fallback) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int threads = Integer.parseInt(value.trim());
            if (threads > 0) {
                return threads;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Failure.in("Backend.configure").argument(variable).expected("a positive integer")
                .got("'" + value + "'").exception();
    }
}
