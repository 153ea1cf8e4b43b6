package latentlab.kernel;

/** Line and column arithmetic on a cell's text (lines and columns are 1-based). */
final class CellText {
    private CellText() {
    }

    static int lineOf(String text, int position) {
        int line = 1;
        for (int i = 0; i < Math.min(position, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    static int columnOf(String text, int position) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, Math.min(position, text.length()) - 1)) + 1;
        return Math.min(position, text.length()) - lineStart + 1;
    }

    static String lineAt(String text, int position) {
        int p = Math.max(0, Math.min(position, text.length()));
        int start = text.lastIndexOf('\n', p - 1) + 1;
        int end = text.indexOf('\n', p);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /** The source line at {@code position}, then a caret under its column. */
    static String pointAt(String text, int position) {
        String line = lineAt(text, position).replace('\t', ' ');
        int column = columnOf(text, position);
        return "    " + line + "\n    " + " ".repeat(Math.max(0, column - 1)) + "^";
    }
}
