package latentlab.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * A cell cut into what runs in order: line magics ({@code %name args}, a whole line) and the
 * Java code between them. A code part keeps its lines where they were in the cell (the other
 * lines are blanked), so errors point at cell lines.
 */
final class CellParts {
    /** One part: either a line magic (name and arguments) or Java code. */
    record Part(String magic, List<String> args, String code) {
        boolean isMagic() {
            return magic != null;
        }
    }

    /** A cell that starts with {@code %%name args}: the magic applies to the whole body. */
    record CellMagic(String name, List<String> args, String body) {}

    private CellParts() {
    }

    /** The cell magic that heads {@code cell}, or null if it does not start with {@code %%}. */
    static CellMagic cellMagic(String cell) {
        String stripped = cell.stripLeading();
        if (!stripped.startsWith("%%")) {
            return null;
        }
        int newline = stripped.indexOf('\n');
        String header = newline < 0 ? stripped.substring(2) : stripped.substring(2, newline);
        String body = newline < 0 ? "" : stripped.substring(newline + 1);
        List<String> words = words(header);
        String name = words.isEmpty() ? "" : words.get(0);
        return new CellMagic(name, words.subList(Math.min(1, words.size()), words.size()), "\n" + body);
    }

    static List<Part> split(String cell) {
        String[] lines = cell.split("\n", -1);
        List<Part> parts = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        boolean hasCode = false;
        for (int i = 0; i < lines.length; i++) {
            String stripped = lines[i].strip();
            if (isLineMagic(stripped)) {
                if (hasCode) {
                    parts.add(new Part(null, List.of(), code.toString()));
                    hasCode = false;
                }
                List<String> words = words(stripped.substring(1));
                String name = words.isEmpty() ? "" : words.get(0);
                parts.add(new Part(name, words.subList(Math.min(1, words.size()), words.size()), null));
                code.setLength(0);
                code.append("\n".repeat(i + 1)); // the next code part starts at its cell line
            } else {
                code.append(lines[i]).append('\n');
                hasCode |= !stripped.isEmpty();
            }
        }
        if (hasCode) {
            parts.add(new Part(null, List.of(), code.toString()));
        }
        return parts;
    }

    private static boolean isLineMagic(String stripped) {
        return stripped.startsWith("%") && !stripped.startsWith("%%");
    }

    /** Splits magic arguments on blanks; single or double quotes group words. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (char c : text.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
