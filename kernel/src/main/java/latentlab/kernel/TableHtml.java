package latentlab.kernel;

import tech.tablesaw.api.Table;

/** A Tablesaw table as an HTML table of at most {@code maxRows} rows (head and tail), with its shape. */
final class TableHtml {
    private TableHtml() {
    }

    static String of(Table table, int maxRows) {
        StringBuilder html = new StringBuilder("<div class=\"latentlab-table\">");
        if (table.name() != null && !table.name().isBlank()) {
            html.append("<b>").append(escape(table.name())).append("</b>");
        }
        html.append("<table><thead><tr>");
        for (String name : table.columnNames()) {
            html.append("<th>").append(escape(name)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        int rows = table.rowCount();
        int head = rows <= maxRows ? rows : maxRows - maxRows / 4;
        int tailStart = rows <= maxRows ? rows : rows - maxRows / 4;
        appendRows(html, table, 0, head);
        if (tailStart > head) {
            html.append("<tr><td colspan=\"").append(table.columnCount()).append("\">… ")
                    .append(tailStart - head).append(" more rows …</td></tr>");
        }
        appendRows(html, table, tailStart, rows);
        html.append("</tbody></table><small>").append(rows).append(" rows × ")
                .append(table.columnCount()).append(" columns</small></div>");
        return html.toString();
    }

    private static void appendRows(StringBuilder html, Table table, int from, int to) {
        for (int row = from; row < to; row++) {
            html.append("<tr>");
            for (int column = 0; column < table.columnCount(); column++) {
                html.append("<td>").append(escape(table.getString(row, column))).append("</td>");
            }
            html.append("</tr>");
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
