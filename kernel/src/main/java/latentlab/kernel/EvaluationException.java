package latentlab.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jdk.jshell.EvalException;
import jdk.jshell.JShellException;

/**
 * An exception thrown by user code. Its message is the user's exception ({@code
 * java.lang.IllegalStateException: ...}); {@link #trace()} is its stack trace without the
 * kernel's and JShell's frames, with snippet frames shown as cell lines.
 */
public final class EvaluationException extends Exception {
    private final String exceptionClass;
    private final List<String> trace;

    EvaluationException(EvalException thrown, Map<String, Evaluator.Origin> origins) {
        super(headline(thrown), null, false, false);
        this.exceptionClass = thrown.getExceptionClassName();
        this.trace = describe(thrown, origins);
    }

    /** The class name of the user's exception, e.g. {@code java.lang.ArithmeticException}. */
    public String exceptionClass() {
        return exceptionClass;
    }

    /** The headline and trimmed stack trace, one line per element, with causes. */
    public List<String> trace() {
        return trace;
    }

    private static String headline(EvalException e) {
        String message = e.getMessage();
        return e.getExceptionClassName() + (message == null ? "" : ": " + withoutWrapperNames(message));
    }

    /** JShell's wrapper classes ({@code REPL.$JShell$19.o}) mean nothing to a reader: keep {@code o}. */
    static String withoutWrapperNames(String text) {
        return text.replaceAll("REPL\\.\\$JShell\\$\\d+[A-Z]?\\.", "");
    }

    private static List<String> describe(EvalException thrown, Map<String, Evaluator.Origin> origins) {
        List<String> lines = new ArrayList<>();
        JShellException current = thrown;
        String prefix = "";
        while (current instanceof EvalException e) {
            lines.add(prefix + headline(e));
            for (StackTraceElement frame : e.getStackTrace()) {
                lines.add("    at " + frame(frame, origins));
            }
            current = e.getCause();
            prefix = "Caused by: ";
        }
        return lines;
    }

    private static String frame(StackTraceElement frame, Map<String, Evaluator.Origin> origins) {
        String file = frame.getFileName();
        if (file != null && file.startsWith("#")) {
            Evaluator.Origin origin = origins.get(file.substring(1));
            String method = frame.getMethodName().isEmpty() ? "cell" : frame.getMethodName();
            if (origin != null) {
                return method + " (cell [" + origin.cell() + "], line "
                        + (origin.firstLine() + frame.getLineNumber() - 1) + ")";
            }
        }
        return frame.toString();
    }
}
