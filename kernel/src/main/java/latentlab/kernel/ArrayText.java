package latentlab.kernel;

import java.util.Arrays;

import org.nd4j.linalg.api.ndarray.INDArray;

/** How an INDArray reads in a notebook: shape and dtype first, then the values. */
final class ArrayText {
    private ArrayText() {
    }

    static String plain(INDArray array) {
        return "INDArray shape=" + Arrays.toString(array.shape()) + " dtype=" + array.dataType()
                + "\n" + array;
    }

    static boolean smallEnoughForHtml(INDArray array, int maxElements) {
        return array.rank() <= 2 && array.length() <= maxElements && !array.isEmpty();
    }

    /** A rank 0, 1 or 2 array as an HTML table (a vector is one row). */
    static String html(INDArray array) {
        INDArray matrix = array.rank() == 2 ? array : array.reshape(1, array.length());
        StringBuilder html = new StringBuilder("<table class=\"latentlab-array\">");
        for (int i = 0; i < matrix.rows(); i++) {
            html.append("<tr>");
            for (int j = 0; j < matrix.columns(); j++) {
                html.append("<td>").append(format(matrix, i, j)).append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</table><small>shape=").append(Arrays.toString(array.shape()))
                .append(" dtype=").append(array.dataType()).append("</small>").toString();
    }

    private static String format(INDArray matrix, int i, int j) {
        if (matrix.dataType().isFPType()) {
            return String.format("%.4g", matrix.getDouble(i, j));
        }
        return matrix.dataType() == org.nd4j.linalg.api.buffer.DataType.BOOL
                ? String.valueOf(matrix.getDouble(i, j) != 0)
                : String.valueOf(matrix.getLong(i, j));
    }
}
