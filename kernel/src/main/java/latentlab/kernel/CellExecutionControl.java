package latentlab.kernel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jdk.jshell.execution.DirectExecutionControl;

/**
 * Runs JShell snippets in the kernel's own JVM, on one long-lived worker thread.
 *
 * <p>Why not JShell's {@code LocalExecutionControl}: it starts a thread group per snippet
 * and joins every thread in it, so a snippet that starts a pool (ND4J does) never returns.
 * Here the worker keeps thread-local state (ND4J's per-thread context) between cells, and
 * its context class loader is the snippet class loader, so {@code ServiceLoader} lookups
 * made by user code (ND4J backends) see the jars added with {@code %jars}.
 *
 * <p>{@link #stop()} interrupts the worker and, if it is still busy after a grace period,
 * stops it with {@code Thread.stop} (Java 17 still has it), which also ends tight loops such
 * as {@code while (true) {}}. A stopped worker thread is replaced by the executor.
 */
final class CellExecutionControl extends DirectExecutionControl {
    private static final long INTERRUPT_GRACE_MS = 150;
    private static final long STOP_RETRY_MS = 200;
    private static final long STOP_GIVE_UP_MS = 10_000;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "latentlab-cell");
        thread.setDaemon(true);
        return thread;
    });
    private final Object lock = new Object();
    private Thread running;
    private long invocation;
    private volatile boolean stopped;
    private volatile Object lastValue;

    /** The value returned by the most recent snippet (null for statements), then forgets it. */
    Object takeLastValue() {
        Object value = lastValue;
        lastValue = null;
        return value;
    }

    /** True once {@link #stop()} hit a running snippet; cleared by {@link #clearStopped()}. */
    boolean wasStopped() {
        return stopped;
    }

    void clearStopped() {
        stopped = false;
    }

    @Override
    protected String invoke(Method doit) throws Exception {
        if (stopped) {
            throw new StoppedException(); // interrupted while JShell was still compiling
        }
        ClassLoader snippetLoader = doit.getDeclaringClass().getClassLoader();
        Future<Object> result = worker.submit(() -> runOnWorker(doit, snippetLoader));
        try {
            Object value = result.get();
            lastValue = value;
            return valueString(value);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ThreadDeath || cause instanceof StoppedException || stopped) {
                throw new StoppedException();
            }
            if (cause instanceof InvocationTargetException ite) {
                if (ite.getCause() instanceof ThreadDeath) {
                    throw new StoppedException();
                }
                throw ite;
            }
            throw e;
        } finally {
            synchronized (lock) {
                running = null;
            }
        }
    }

    private Object runOnWorker(Method doit, ClassLoader snippetLoader) throws Exception {
        Thread self = Thread.currentThread();
        self.setContextClassLoader(snippetLoader);
        Thread.interrupted(); // a stale interrupt from a previous stop must not hit this cell
        synchronized (lock) {
            if (stopped) {
                throw new StoppedException(); // stop() ran before this snippet could register
            }
            running = self;
            invocation++;
        }
        try {
            return doit.invoke(null);
        } finally {
            synchronized (lock) {
                running = null;
            }
        }
    }

    /**
     * Stops the current cell: a running snippet is interrupted, then stopped; snippets not yet
     * started are not run (until {@link #clearStopped()}). Returns at once.
     */
    @Override
    public void stop() {
        final Thread target;
        final long token;
        synchronized (lock) {
            stopped = true;
            if (running == null) {
                return;
            }
            target = running;
            token = invocation;
            target.interrupt();
        }
        Thread stopper = new Thread(() -> stopUntilDone(target, token), "latentlab-stopper");
        stopper.setDaemon(true);
        stopper.start();
    }

    @SuppressWarnings({"deprecation", "removal"})
    private void stopUntilDone(Thread target, long token) {
        long deadline = System.currentTimeMillis() + STOP_GIVE_UP_MS;
        sleep(INTERRUPT_GRACE_MS);
        while (System.currentTimeMillis() < deadline) {
            synchronized (lock) {
                if (running != target || invocation != token) {
                    return; // the snippet ended (or a new one started): nothing left to stop
                }
                try {
                    target.stop();
                } catch (UnsupportedOperationException e) {
                    System.err.println("This JDK (" + Runtime.version() + ") cannot stop a busy cell "
                            + "(Thread.stop was removed); restart the kernel. LatentLab targets Java 17.");
                    return;
                }
            }
            sleep(STOP_RETRY_MS);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
        super.close();
    }
}
