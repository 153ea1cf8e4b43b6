package latentlab.tensor;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Between rank-2 arrays and Java's {@code double[][]}, for code that reads best as loops over
 * rows (the reference solutions, and students' first versions of them). Both directions copy:
 * neither the array nor the rows are shared afterwards.
 */
public final class Rows {
    private Rows() {
    }

    /** The values of a [N, K] array in float64, as a new {@code double[N][K]}. */
    public static double[][] toDoubles(INDArray a) {
        Shapes.in("Rows.toDoubles").check("a", a, "N", "K");
        double[] flat = a.castTo(DataType.DOUBLE).dup('c').data().asDouble();
        int columns = (int) a.columns();
        double[][] rows = new double[(int) a.rows()][columns];
        for (int n = 0; n < rows.length; n++) {
            System.arraycopy(flat, n * columns, rows[n], 0, columns);
        }
        return rows;
    }

    /** A new [N, K] array of {@code dtype} holding {@code rows}, which must all have length K. */
    public static INDArray of(double[][] rows, DataType dtype) {
        int columns = rows.length == 0 ? 0 : rows[0].length;
        double[] flat = new double[rows.length * columns];
        for (int n = 0; n < rows.length; n++) {
            if (rows[n].length != columns) {
                throw Failure.in("Rows.of").argument("rows[" + n + "]").expected("length " + columns + " like rows[0]")
                        .got("length " + rows[n].length).exception();
            }
            System.arraycopy(rows[n], 0, flat, n * columns, columns);
        }
        return Nd4j.createFromArray(flat).reshape('c', rows.length, columns).castTo(dtype);
    }
}
