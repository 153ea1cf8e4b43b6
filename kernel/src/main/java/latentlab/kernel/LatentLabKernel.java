package latentlab.kernel;

import java.util.ArrayList;
import java.util.List;

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

    private final Evaluator evaluator;
    private final KernelMagics magics;
    private final EditingSupport editing;
    private final LanguageInfo languageInfo;
    private volatile String lastDisplayId;

    public LatentLabKernel() throws Exception {
        this.evaluator = new Evaluator();
        this.magics = new KernelMagics(evaluator, this::runCell);
        this.editing = new EditingSupport(evaluator);
        this.languageInfo = new LanguageInfo.Builder("Java")
                .version(Runtime.version().toString())
                .mimetype("text/x-java-source")
                .fileExtension(".jshell")
                .pygments("java")
                .codemirror("java")
                .build();
        Renderers.registerAll(renderer);
        current = this;
        evaluator.eval(Startup.script(), 0);
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
        evaluator.startCell();
        try {
            Object value = runCell(code, executionCount.get() - 1);
            if (value == null || value.equals(lastDisplayId)) {
                return null; // nothing to show, or the id of what display(...) has just shown
            }
            return value instanceof DisplayData data ? data : renderer.render(value);
        } finally {
            System.out.flush();
            System.err.flush();
        }
    }

    /** Runs a cell (or a %load-ed file): a cell magic, or line magics and code in order. */
    Object runCell(String code, int cell) throws Exception {
        CellParts.CellMagic cellMagic = CellParts.cellMagic(code);
        if (cellMagic != null) {
            return magics.cell(cellMagic, cell);
        }
        Object last = null;
        for (CellParts.Part part : CellParts.split(code)) {
            last = part.isMagic() ? magics.line(part.magic(), part.args(), cell) : evaluator.eval(part.code(), cell);
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
        return editing.complete(code, at);
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        return editing.inspect(code, at, extraDetail);
    }

    @Override
    public String isComplete(String code) {
        return switch (editing.completeness(code)) {
            case COMPLETE, COMPLETE_WITH_SEMI, EMPTY -> IS_COMPLETE_YES;
            case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> "    ";
            case UNKNOWN -> IS_COMPLETE_BAD;
        };
    }

    @Override
    public void interrupt() {
        evaluator.interrupt();
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        evaluator.close();
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
