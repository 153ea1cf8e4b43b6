package latentlab.kernel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Evaluates Java cells with JShell, in this JVM.
 *
 * <p>A cell is split by JShell's source analysis into snippets (imports, declarations,
 * statements, expressions), which are evaluated in order; the first failing snippet stops the
 * cell. The value of the last snippet is returned when it is an expression; unlike in the
 * jshell tool, it is not kept as a {@code $N} variable.
 */
public final class Evaluator implements AutoCloseable {
    /** Where a snippet came from: its cell and the cell line it starts on (1-based). */
    record Origin(int cell, int firstLine) {}

    private final CellExecutionControl control = new CellExecutionControl();
    private final JShell shell;
    private final SourceCodeAnalysis analysis;
    private final Map<String, Origin> origins = new HashMap<>();

    public Evaluator() {
        ExecutionControlProvider provider = new ExecutionControlProvider() {
            @Override
            public String name() {
                return "latentlab";
            }

            @Override
            public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
                return control;
            }
        };
        this.shell = JShell.builder()
                .executionEngine(provider, Map.of())
                .fileManager(SnippetFileManager::new)
                .build();
        this.analysis = shell.sourceCodeAnalysis();
    }

    /**
     * Evaluates every snippet of {@code code}.
     *
     * @param cell the cell's number, used to point errors at cell lines
     * @return the value of a final expression, or null if the cell ends with anything else
     * @throws CompilationException if a snippet does not compile (nothing after it runs)
     * @throws EvaluationException  if a snippet throws
     * @throws EvaluationInterruptedException if the cell was interrupted
     */
    public Object eval(String code, int cell) throws Exception {
        Object last = null;
        String remaining = code;
        CompletionInfo info = analysis.analyzeCompletion(remaining);
        while (info.completeness().isComplete()) {
            int start = sourceStart(code, code.length() - remaining.length(), info.source());
            last = evalSnippet(info.source(), code, start, cell);
            remaining = info.remaining();
            if (remaining.isBlank()) {
                return last; // the usual end: no need to analyse nothing
            }
            info = analysis.analyzeCompletion(remaining);
        }
        if (info.completeness() != Completeness.EMPTY) {
            int start = sourceStart(code, code.length() - remaining.length(), remaining.strip());
            throw CompilationException.incomplete(code, start);
        }
        return last;
    }

    private Object evalSnippet(String source, String cellCode, int start, int cell) throws Exception {
        if (control.wasStopped()) {
            throw new EvaluationInterruptedException();
        }
        long startNanos = Trace.start();
        List<SnippetEvent> events = shell.eval(source);
        Trace.took("jshell eval", startNanos);
        if (control.wasStopped()) {
            throw new EvaluationInterruptedException();
        }
        Object value = control.takeLastValue();
        Object result = null;
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                continue; // a dependent snippet updated by this one
            }
            Snippet snippet = event.snippet();
            // Stack traces count snippet lines from its first non-blank character.
            int firstCode = start + source.length() - source.stripLeading().length();
            origins.put(snippet.id(), new Origin(cell, CellText.lineOf(cellCode, firstCode)));
            JShellException exception = event.exception();
            if (exception instanceof EvalException thrown) {
                dropIfTemporary(snippet);
                throw new EvaluationException(thrown, origins);
            }
            if (exception instanceof UnresolvedReferenceException unresolved) {
                throw CompilationException.unresolved(unresolved.getSnippet(),
                        shell.unresolvedDependencies(unresolved.getSnippet()).toList(), cellCode, start);
            }
            if (!event.status().isDefined()) {
                List<Diag> errors = shell.diagnostics(snippet).filter(Diag::isError).toList();
                if (errors.isEmpty() && snippet instanceof DeclarationSnippet declaration) {
                    throw CompilationException.unresolved(snippet,
                            shell.unresolvedDependencies(declaration).toList(), cellCode, start);
                }
                throw CompilationException.of(errors, cellCode, start);
            }
            if (isExpression(snippet)) {
                result = value;
            }
            dropIfTemporary(snippet);
        }
        return result;
    }

    /**
     * JShell keeps an expression's value as a variable {@code $N} and imports every {@code $N}
     * into each later snippet, so each cell would compile slower than the one before. Notebooks
     * show the value as Out[n] and never name {@code $N}, so it is dropped once taken.
     */
    private void dropIfTemporary(Snippet snippet) {
        if (snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
            shell.drop(snippet);
        }
    }

    private static boolean isExpression(Snippet snippet) {
        return switch (snippet.subKind()) {
            case TEMP_VAR_EXPRESSION_SUBKIND, VAR_VALUE_SUBKIND, OTHER_EXPRESSION_SUBKIND -> true;
            default -> false;
        };
    }

    /**
     * Where {@code source} (a snippet as the analysis returns it) starts in the cell, at or after
     * {@code from}; positions in the snippet's diagnostics count from there.
     */
    private static int sourceStart(String code, int from, String source) {
        String head = source.strip();
        head = head.substring(0, Math.min(head.length(), 12));
        int at = head.isEmpty() ? -1 : code.indexOf(head, from);
        if (at >= 0) {
            int leading = source.length() - source.stripLeading().length();
            return Math.max(from, at - leading);
        }
        while (from < code.length() && Character.isWhitespace(code.charAt(from))) {
            from++;
        }
        return from;
    }

    /** How many snippets JShell keeps defined (each one is imported into every later snippet). */
    long definedSnippets() {
        return shell.snippets().filter(snippet -> shell.status(snippet).isDefined()).count();
    }

    /** How many snippets JShell knows, in any state (dropped and rejected ones too). */
    long snippetCount() {
        return shell.snippets().count();
    }

    /** Adds a jar or folder to both the compiler's and the class loader's class path. */
    public void addToClasspath(String path) {
        shell.addToClasspath(path);
    }

    /** Completeness of a cell as the front end asks it (is_complete). */
    public Completeness completeness(String code) {
        String remaining = code;
        CompletionInfo info = analysis.analyzeCompletion(remaining);
        while (info.completeness().isComplete() && !info.remaining().isBlank()) {
            info = analysis.analyzeCompletion(info.remaining());
        }
        return info.completeness();
    }

    public SourceCodeAnalysis analysis() {
        return analysis;
    }

    /**
     * Marks the start of a cell: an interrupt that arrived while no cell ran is forgotten.
     * Interrupts then apply to every snippet until the next call.
     */
    public void startCell() {
        control.clearStopped();
    }

    /** Stops the current cell (its running snippet, and the ones after it); safe from any thread. */
    public void interrupt() {
        control.stop();
    }

    @Override
    public void close() {
        shell.close();
    }
}
