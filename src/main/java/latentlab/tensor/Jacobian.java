package latentlab.tensor;

import java.util.Arrays;
import java.util.function.Function;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The Jacobian of a map of one row, by central differences in float64, and the log of the
 * absolute value of a determinant, for checking the change-of-variables term of a flow:
 * <pre>
 *   J_ij = ∂f_i/∂x_j ≈ (f_i(x + h·e_j) − f_i(x − h·e_j)) / 2h,   log|det J| by LU with partial pivoting
 * </pre>
 * Arguments are never modified: the function is evaluated on perturbed float64 copies.
 */
public final class Jacobian {
    private Jacobian() {
    }

    /**
     * The numerical Jacobian of {@code f} at {@code x}, with step {@link GradientCheck#DEFAULT_STEP}.
     *
     * @param f maps a row [1, D] to a row [1, E] (float64 in, any float dtype out)
     * @param x the point, [1, D]
     * @return J, [E, D] float64: row i is the gradient of output i
     */
    public static INDArray numerical(Function<INDArray, INDArray> f, INDArray x) {
        return numerical(f, x, GradientCheck.DEFAULT_STEP);
    }

    /** As {@link #numerical(Function, INDArray)} with step {@code h}. */
    public static INDArray numerical(Function<INDArray, INDArray> f, INDArray x, double h) {
        Shapes.in("Jacobian.numerical").check("x", x, 1, "D");
        if (!(h > 0)) {
            throw Failure.in("Jacobian.numerical").argument("h").expected("> 0").got(String.valueOf(h)).exception();
        }
        INDArray point = x.castTo(DataType.DOUBLE).dup('c');
        int d = (int) point.columns();
        INDArray jacobian = null;
        for (int j = 0; j < d; j++) {
            double original = point.getDouble(0, j);
            point.putScalar(0, j, original + h);
            INDArray plus = output(f, point);
            point.putScalar(0, j, original - h);
            INDArray minus = output(f, point);
            point.putScalar(0, j, original);
            if (jacobian == null) {
                jacobian = Nd4j.zeros(DataType.DOUBLE, plus.columns(), d);
            }
            jacobian.putColumn(j, plus.sub(minus).divi(2 * h).reshape(plus.columns(), 1));
        }
        return jacobian;
    }

    /**
     * log|det A| of a square matrix, by LU decomposition with partial pivoting in float64:
     * log|det A| = Σ_i log|U_ii|. A singular matrix gives −∞.
     *
     * @param a the matrix, [D, D]; not modified
     */
    public static double logAbsDet(INDArray a) {
        Shapes.in("Jacobian.logAbsDet").hint("a determinant needs a square matrix").check("a", a, "D", "D");
        int d = (int) a.rows();
        double[][] lu = a.castTo(DataType.DOUBLE).toDoubleMatrix();
        double sum = 0;
        for (int k = 0; k < d; k++) {
            int pivot = k;
            for (int r = k + 1; r < d; r++) {
                if (Math.abs(lu[r][k]) > Math.abs(lu[pivot][k])) {
                    pivot = r;
                }
            }
            double[] swap = lu[k];
            lu[k] = lu[pivot];
            lu[pivot] = swap;
            if (lu[k][k] == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            sum += Math.log(Math.abs(lu[k][k]));
            for (int r = k + 1; r < d; r++) {
                double factor = lu[r][k] / lu[k][k];
                for (int c = k; c < d; c++) {
                    lu[r][c] -= factor * lu[k][c];
                }
            }
        }
        return sum;
    }

    private static INDArray output(Function<INDArray, INDArray> f, INDArray point) {
        INDArray out = f.apply(point.dup());
        if (out == null || out.rank() != 2 || out.rows() != 1) {
            throw Failure.in("Jacobian.numerical").argument("f(x)").expected("a row [1, E]")
                    .got(out == null ? "null" : Arrays.toString(out.shape())).exception();
        }
        return out.castTo(DataType.DOUBLE);
    }
}
