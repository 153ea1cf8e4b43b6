package latentlab.models;

import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/** Appending rows of metrics to a history {@link Table}: int columns for counters, double for metrics. */
final class Histories {
    private Histories() {
    }

    /** Adds one row; creates the columns on the first row (Integer → int column, else double). */
    static void append(Table table, Map<String, ? extends Number> row) {
        if (table.columnCount() == 0) {
            row.forEach((name, value) -> table.addColumns(value instanceof Integer
                    ? IntColumn.create(name) : DoubleColumn.create(name)));
        }
        row.forEach((name, value) -> {
            if (value instanceof Integer i) {
                table.intColumn(name).append(i);
            } else {
                table.doubleColumn(name).append(value.doubleValue());
            }
        });
    }
}
