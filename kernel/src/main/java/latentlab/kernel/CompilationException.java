package latentlab.kernel;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jdk.jshell.Diag;
import jdk.jshell.Snippet;

/**
 * A cell that does not compile. The message gives, for each error, the cell line and
 * column, the compiler's message, the offending source line and a caret under the column.
 */
public final class CompilationException extends Exception {
    private CompilationException(String message) {
        super(message, null, false, false);
    }

    /** Errors of a snippet that starts at {@code snippetStart} in {@code cell}. */
    static CompilationException of(List<Diag> errors, String cell, int snippetStart) {
        if (errors.isEmpty()) {
            return new CompilationException("line " + CellText.lineOf(cell, snippetStart)
                    + ": the snippet was rejected by the compiler\n" + CellText.pointAt(cell, snippetStart));
        }
        String message = errors.stream()
                .map(diag -> describe(diag, cell, snippetStart))
                .collect(Collectors.joining("\n"));
        return new CompilationException(message);
    }

    private static String describe(Diag diag, String cell, int snippetStart) {
        int position = snippetStart + (int) Math.max(0, diag.getStartPosition());
        return "line " + CellText.lineOf(cell, position) + ", column " + CellText.columnOf(cell, position)
                + ": " + readable(diag.getMessage(Locale.ROOT)) + "\n" + CellText.pointAt(cell, position);
    }

    /** The compiler's message without JShell's wrapper class ("location: class " with no name). */
    private static String readable(String message) {
        return EvaluationException.withoutWrapperNames(message.lines()
                .filter(line -> !line.strip().equals("location: class"))
                .collect(Collectors.joining("\n")));
    }

    /** A declaration that refers to names that are not defined (yet). */
    static CompilationException unresolved(Snippet snippet, List<String> names, String cell, int snippetStart) {
        String what = names.isEmpty() ? "a declaration it depends on" : String.join(", ", names);
        return new CompilationException("line " + CellText.lineOf(cell, snippetStart)
                + ": cannot be used until " + what + " is defined\n"
                + CellText.pointAt(cell, snippetStart));
    }

    /** Source that ends in the middle of a statement (a missing brace or semicolon). */
    static CompilationException incomplete(String cell, int start) {
        return new CompilationException("line " + CellText.lineOf(cell, start)
                + ": incomplete source (missing a closing brace, parenthesis or semicolon?)\n"
                + CellText.pointAt(cell, start));
    }
}
