package latentlab.models;

import latentlab.tensor.Failure;
import latentlab.tensor.Shapes;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Points in latent space to decode: a 2-D manifold grid, a traversal of one coordinate and
 * a straight-line interpolation. Each returns a new float32 array of latent rows [K, Z];
 * arguments are never modified.
 */
public final class LatentPaths {
    private LatentPaths() {
    }

    /**
     * An n×n grid over the 2-D standard normal prior at the quantiles
     * z = Φ⁻¹((i + ½)/n), so that equal areas of prior mass get equal cells (Kingma &amp;
     * Welling's manifold figure). Row r·n + c has z₁ from column c and z₂ from row r, with z₂
     * decreasing down the rows so the grid reads like a plot. Returns [n², 2].
     */
    public static INDArray manifoldGrid(int n) {
        if (n < 1) {
            throw Failure.in("LatentPaths.manifoldGrid").argument("n").expected("≥ 1").got(String.valueOf(n))
                    .exception();
        }
        float[] z = new float[2 * n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                z[2 * (r * n + c)] = (float) inverseNormalCdf((c + 0.5) / n);
                z[2 * (r * n + c) + 1] = (float) inverseNormalCdf(1 - (r + 0.5) / n);
            }
        }
        return Nd4j.create(z, new long[] {(long) n * n, 2}, 'c');
    }

    /**
     * Copies of {@code base} [1, Z] where coordinate {@code dim} takes {@code steps} evenly
     * spaced values from {@code from} to {@code to}. Returns [steps, Z].
     */
    public static INDArray traversal(INDArray base, int dim, double from, double to, int steps) {
        Shapes.in("LatentPaths.traversal").check("base", base, 1, "Z");
        if (dim < 0 || dim >= base.columns()) {
            throw Failure.in("LatentPaths.traversal").argument("dim").expected("in [0, Z=" + base.columns() + ")")
                    .got(String.valueOf(dim)).exception();
        }
        checkSteps("LatentPaths.traversal", steps);
        INDArray out = Nd4j.zeros(DataType.FLOAT, steps, base.columns());
        out.addiRowVector(base.castTo(DataType.FLOAT));
        for (int k = 0; k < steps; k++) {
            out.putScalar(k, dim, from + (to - from) * k / Math.max(1, steps - 1));
        }
        return out;
    }

    /** z_k = (1 − t_k) a + t_k b for t_k evenly spaced in [0, 1]; a and b are [1, Z]. Returns [steps, Z]. */
    public static INDArray interpolation(INDArray a, INDArray b, int steps) {
        Shapes.in("LatentPaths.interpolation").check("a", a, 1, "Z").check("b", b, 1, "Z");
        checkSteps("LatentPaths.interpolation", steps);
        INDArray fa = a.castTo(DataType.FLOAT);
        INDArray fb = b.castTo(DataType.FLOAT);
        INDArray out = Nd4j.zeros(DataType.FLOAT, steps, a.columns());
        for (int k = 0; k < steps; k++) {
            double t = steps == 1 ? 0 : (double) k / (steps - 1);
            out.getRow(k).assign(fa.mul(1 - t).addi(fb.mul(t)));
        }
        return out;
    }

    /** Φ⁻¹(p) for p in (0, 1), by Acklam's rational approximation (relative error &lt; 1.2e-9). */
    public static double inverseNormalCdf(double p) {
        if (!(p > 0 && p < 1)) {
            throw Failure.in("LatentPaths.inverseNormalCdf").argument("p").expected("in (0, 1)")
                    .got(String.valueOf(p)).exception();
        }
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
            -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
            -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
            4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
        double x;
        if (p < 0.02425) {
            double q = Math.sqrt(-2 * Math.log(p));
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        } else if (p > 1 - 0.02425) {
            double q = Math.sqrt(-2 * Math.log(1 - p));
            x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        } else {
            double q = p - 0.5;
            double r = q * q;
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                    / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
        }
        return x;
    }

    private static void checkSteps(String op, int steps) {
        if (steps < 1) {
            throw Failure.in(op).argument("steps").expected("≥ 1").got(String.valueOf(steps)).exception();
        }
    }
}
