package latentlab.kernel;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Warms the JIT up on JShell's and javac's code while the kernel is idle, so that the user's
 * cells soon run compiled code instead of the interpreter.
 *
 * <p>A trivial cell is three javac runs inside JShell; until the JIT has compiled javac's hot
 * paths (a few hundred snippets), a cell costs several times its steady-state CPU time. This
 * warm-up evaluates typical snippets on a <em>throwaway</em> {@link Evaluator} (its own JShell,
 * with the same start-up imports as the user's), so the user's session gets no snippets,
 * variables, imports or output from it.
 *
 * <p>It never competes with a request for long: it starts only once the user's session is
 * ready and no request has been in flight for {@link #IDLE_MS}; before each snippet it waits
 * again until the kernel is idle, so a request that arrives meanwhile waits at most for the one
 * warm-up snippet that is running (on the other core, on a machine with two). It stops after
 * {@link #SNIPPETS} snippets and then drops its JShell. {@code LATENTLAB_KERNEL_WARMUP=false}
 * turns it off.
 */
final class IdleWarmup {
    /** How long the kernel must have been without requests before a warm-up snippet runs. */
    static final long IDLE_MS = 250;
    /** How many snippets the warm-up evaluates in all (about 10–20 s of one core). */
    static final int SNIPPETS = 240;

    /** What notebooks run most: expressions, declarations, statements, methods and records. */
    private static final List<String> CELLS = List.of(
            "1 + 1",
            "int warmUpCount = 2;",
            "warmUpCount * 3",
            "String warmUpText = \"warm-up \" + warmUpCount;",
            "warmUpText.length()",
            "var warmUpValues = new double[] {1, 2, 3};",
            "double warmUpSum = 0;\nfor (double v : warmUpValues) {\n    warmUpSum += v;\n}\nwarmUpSum",
            "int warmUpTwice(int n) {\n    return 2 * n;\n}",
            "warmUpTwice(warmUpCount)",
            "record WarmUpPoint(double x, double y) {}",
            "new WarmUpPoint(1, 2).x()",
            "java.util.List.of(1, 2, 3).stream().mapToInt(Integer::intValue).sum()");

    private final CompletableFuture<?> sessionReady;
    private final int snippets;
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private final AtomicInteger requestsInFlight = new AtomicInteger();
    private final Object idle = new Object();
    private volatile long lastRequestEnd = System.nanoTime();
    private volatile int snippetsRun;
    private volatile int failures;

    /** @param sessionReady completes once the user's JShell session is up (the warm-up waits for it) */
    IdleWarmup(CompletableFuture<?> sessionReady) {
        this(sessionReady, SNIPPETS);
    }

    /** A warm-up of {@code snippets} snippets in all (tests use a few). */
    IdleWarmup(CompletableFuture<?> sessionReady, int snippets) {
        if (snippets < 0) {
            throw new IllegalArgumentException("IdleWarmup: snippets must be >= 0 but got " + snippets);
        }
        this.sessionReady = sessionReady;
        this.snippets = snippets;
    }

    /** True unless the kernel's environment sets {@code LATENTLAB_KERNEL_WARMUP=false}. */
    static boolean enabled() {
        return !"false".equalsIgnoreCase(System.getenv("LATENTLAB_KERNEL_WARMUP"));
    }

    /** Starts the warm-up thread (a daemon); it does nothing until the kernel is idle. */
    void start() {
        Thread thread = new Thread(this::run, "latentlab-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** A request (any message on the shell or control channel) has arrived: warm-up pauses. */
    void requestStarted() {
        requestsInFlight.incrementAndGet();
    }

    /** The request has been answered. */
    void requestEnded() {
        lastRequestEnd = System.nanoTime();
        requestsInFlight.decrementAndGet();
        synchronized (idle) {
            idle.notifyAll();
        }
    }

    /** How many warm-up snippets have run so far. */
    int snippetsRun() {
        return snippetsRun;
    }

    /** How many warm-up snippets failed (did not compile or threw); 0 unless a JDK changes. */
    int failures() {
        return failures;
    }

    /** Completes when the warm-up has run all its snippets (or could not run). */
    CompletableFuture<Void> done() {
        return done;
    }

    private void run() {
        try {
            sessionReady.join();
        } catch (RuntimeException e) {
            done.complete(null);
            return; // no session: the kernel reports that to the first cell
        }
        Evaluator throwaway = null;
        try {
            awaitIdle();
            throwaway = new Evaluator();
            // The same imports as the user's session: every snippet compiles with them.
            throwaway.eval(Startup.script(), 0);
            Trace.mark("warm-up started");
            for (int i = 0; i < snippets; i++) {
                awaitIdle();
                try {
                    throwaway.eval(CELLS.get(i % CELLS.size()), 0);
                } catch (Exception e) {
                    failures++;
                    Trace.mark("warm-up snippet failed: " + e);
                }
                snippetsRun = i + 1;
                if (snippetsRun % 40 == 0) {
                    Trace.mark("warm-up: " + snippetsRun + " snippets");
                }
            }
            Trace.mark("warm-up done");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            Trace.mark("warm-up stopped: " + e); // a second JShell could not start: only speed is lost
        } finally {
            if (throwaway != null) {
                throwaway.close();
            }
            done.complete(null);
        }
    }

    /** Waits until no request is in flight and none has ended in the last {@link #IDLE_MS}. */
    private void awaitIdle() throws InterruptedException {
        synchronized (idle) {
            while (true) {
                long quietMs = (System.nanoTime() - lastRequestEnd) / 1_000_000;
                if (requestsInFlight.get() > 0) {
                    idle.wait(IDLE_MS);
                } else if (quietMs < IDLE_MS) {
                    idle.wait(IDLE_MS - quietMs);
                } else {
                    return;
                }
            }
        }
    }
}
