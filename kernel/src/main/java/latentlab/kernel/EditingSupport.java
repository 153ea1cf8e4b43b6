package latentlab.kernel;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.SourceCodeAnalysis.Documentation;
import jdk.jshell.SourceCodeAnalysis.Suggestion;

/**
 * Completion (Tab), inspection (Shift-Tab) and is_complete, from JShell's source analysis.
 * JShell analyses one snippet at a time, so the snippet around the cursor is cut out first.
 */
final class EditingSupport {
    /** The snippet of a cell that holds the cursor, and where it starts. */
    private record Around(String source, int start) {}

    private final Evaluator evaluator;

    EditingSupport(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    ReplacementOptions complete(String code, int at) {
        Around around = around(code, at);
        int[] anchor = new int[1];
        List<Suggestion> suggestions = analysis().completionSuggestions(around.source(), at - around.start(), anchor);
        Set<String> options = new LinkedHashSet<>();
        suggestions.stream().filter(Suggestion::matchesType).forEach(s -> options.add(s.continuation()));
        suggestions.forEach(s -> options.add(s.continuation()));
        if (options.isEmpty()) {
            return null;
        }
        return new ReplacementOptions(List.copyOf(options), around.start() + anchor[0], at);
    }

    DisplayData inspect(String code, int at, boolean extraDetail) {
        Around around = around(code, at);
        int cursor = at - around.start();
        // JShell documents the call around the cursor; step over an identifier to reach the '('.
        String source = around.source();
        while (cursor < source.length() && Character.isJavaIdentifierPart(source.charAt(cursor))) {
            cursor++;
        }
        if (cursor < source.length() && source.charAt(cursor) == '(') {
            cursor++;
        }
        List<Documentation> docs = analysis().documentation(source, cursor, true);
        if (docs.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Documentation doc : docs) {
            text.append(doc.signature()).append('\n');
            if (doc.javadoc() != null && !doc.javadoc().isBlank()) {
                text.append(doc.javadoc().strip()).append("\n\n");
            }
        }
        return new DisplayData(text.toString().strip());
    }

    Completeness completeness(String code) {
        String withoutMagics = String.join("\n", code.lines()
                .filter(line -> !line.strip().startsWith("%")).toList());
        return evaluator.completeness(withoutMagics);
    }

    private Around around(String code, int at) {
        int start = 0;
        String remaining = code;
        CompletionInfo info = analysis().analyzeCompletion(remaining);
        while (info.completeness().isComplete() && !info.remaining().isBlank()) {
            int end = code.length() - info.remaining().length();
            if (at <= end) {
                break;
            }
            start = end;
            remaining = info.remaining();
            info = analysis().analyzeCompletion(remaining);
        }
        int end = info.completeness().isComplete() ? code.length() - info.remaining().length() : code.length();
        return new Around(code.substring(start, Math.max(start, Math.min(end, code.length()))), start);
    }

    private SourceCodeAnalysis analysis() {
        return evaluator.analysis();
    }
}
