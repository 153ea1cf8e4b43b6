package latentlab.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;

/**
 * The LatentLab Jupyter kernel: Java cells evaluated by JShell in this JVM, IJava's display
 * API and magics, and renderers for the course's charts, tables and arrays.
 */
public class LatentLabKernel extends BaseKernel {
    private static volatile LatentLabKernel current;

    /** The parts that need JShell, which takes a second or more to start. */
    private record Session(Evaluator evaluator, KernelMagics magics, EditingSupport editing) {}

    private final CompletableFuture<Session> session;
    private final IdleWarmup warmup;
    private final LanguageInfo languageInfo;
    private volatile String lastDisplayId;

    /**
     * Creates the kernel and starts JShell in the background, so that Jupyter's first
     * requests (kernel_info) are answered at once; the first cell waits for JShell if needed.
     */
    public LatentLabKernel() {
        this.languageInfo = new LanguageInfo.Builder("Java")
                .version(Runtime.version().toString())
                .mimetype("text/x-java-source")
                .fileExtension(".jshell")
                .pygments("java")
                .codemirror("java")
                .build();
        Renderers.registerAll(renderer);
        current = this;
        this.session = CompletableFuture.supplyAsync(this::startSession, runnable -> {
            Thread thread = new Thread(runnable, "latentlab-jshell-start");
            thread.setDaemon(true);
            thread.start();
        });
        this.warmup = new IdleWarmup(session);
    }

    /**
     * Starts warming the JIT up on a throwaway JShell whenever the kernel is idle
     * ({@link IdleWarmup}), unless {@code LATENTLAB_KERNEL_WARMUP=false}. The kernel's channels
     * report each request to {@link #warmup()}, so that the warm-up pauses for it.
     */
    public void startIdleWarmup() {
        if (IdleWarmup.enabled()) {
            warmup.start();
        }
    }

    /** The user's evaluator (waits for JShell to start). */
    Evaluator evaluator() {
        return session().evaluator();
    }

    /** The idle-time warm-up, which the channels tell when requests start and end. */
    IdleWarmup warmup() {
        return warmup;
    }

    private Session startSession() {
        Evaluator evaluator = new Evaluator();
        Trace.mark("jshell built");
        try {
            evaluator.eval(Startup.script(), 0);
            Trace.mark("startup imports done");
        } catch (Exception e) {
            System.err.println("LatentLab kernel: the startup imports failed: " + e.getMessage());
        }
        Startup.preloadNd4jInBackground();
        return new Session(evaluator, new KernelMagics(evaluator, this::runCell), new EditingSupport(evaluator));
    }

    private Session session() {
        try {
            return session.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("the kernel could not start JShell: " + e.getCause(), e.getCause());
        }
    }

    /** The kernel of this JVM (used by the display API), or null outside a kernel. */
    public static LatentLabKernel current() {
        return current;
    }

    @Override
    public LanguageInfo getLanguageInfo() {
        return languageInfo;
    }

    @Override
    public String getBanner() {
        return "LatentLab Java kernel (JShell, Java " + Runtime.version() + ")";
    }

    @Override
    public DisplayData eval(String code) throws Exception {
        lastDisplayId = null;
        long start = Trace.start();
        session().evaluator().startCell();
        Trace.took("waiting for the session", start);
        try {
            Object value = runCell(code, executionCount.get() - 1);
            if (value == null || value.equals(lastDisplayId)) {
                return null; // nothing to show, or the id of what display(...) has just shown
            }
            return value instanceof DisplayData data ? data : renderer.render(value);
        } finally {
            System.out.flush();
            System.err.flush();
            Trace.took("eval (cell and rendering)", start);
        }
    }

    /** Runs a cell (or a %load-ed file): a cell magic, or line magics and code in order. */
    Object runCell(String code, int cell) throws Exception {
        CellParts.CellMagic cellMagic = CellParts.cellMagic(code);
        if (cellMagic != null) {
            return session().magics().cell(cellMagic, cell);
        }
        Object last = null;
        for (CellParts.Part part : CellParts.split(code)) {
            last = part.isMagic()
                    ? session().magics().line(part.magic(), part.args(), cell)
                    : session().evaluator().eval(part.code(), cell);
        }
        return last;
    }

    @Override
    public void display(DisplayData data) {
        recordDisplayId(data);
        super.display(data);
    }

    /** Remembers the id of what was just shown, so that a cell ending in display(...) does not echo it. */
    protected final void recordDisplayId(DisplayData data) {
        lastDisplayId = data.getDisplayId();
    }

    /** Replaces the output shown under {@code id}. */
    public void updateDisplay(String id, DisplayData data) {
        getIO().display.updateDisplay(id, data);
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        return session().editing().complete(code, at);
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        return session().editing().inspect(code, at, extraDetail);
    }

    @Override
    public String isComplete(String code) {
        return switch (session().editing().completeness(code)) {
            case COMPLETE, COMPLETE_WITH_SEMI, EMPTY -> IS_COMPLETE_YES;
            case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> "    ";
            case UNKNOWN -> IS_COMPLETE_BAD;
        };
    }

    @Override
    public void interrupt() {
        if (session.isDone()) {
            session().evaluator().interrupt();
        }
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        if (session.isDone()) {
            session().evaluator().close();
        }
    }

    @Override
    public List<String> formatError(Exception e) {
        List<String> lines = new ArrayList<>();
        if (e instanceof EvaluationException thrown) {
            thrown.trace().forEach(line -> lines.add(errorStyler.secondary(line)));
        } else if (e instanceof CompilationException || e instanceof KernelMagics.MagicException
                || e instanceof EvaluationInterruptedException) {
            lines.add(errorStyler.primary(e.getClass().getSimpleName() + ":"));
            e.getMessage().lines().forEach(line -> lines.add(errorStyler.secondary(line)));
        } else {
            lines.addAll(super.formatError(e));
        }
        return lines;
    }
}
