package latentlab.models;

import java.util.function.DoubleUnaryOperator;
import latentlab.tensor.Failure;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Integrals of 1-D densities on a fixed grid by composite Simpson's rule, for the
 * GAN-optimality checks of Unit 4:
 * <pre>
 *   D*(x) = p_data(x) / (p_data(x) + p_G(x))
 *   V(D, G) = ∫ p_data log D + p_G log(1 − D) dx
 *   C(G) = V(D*, G) = −log 4 + 2·JSD(p_data ‖ p_G)
 * </pre>
 * Densities are given as functions or as their values at {@link #points()} (length M).
 * Arrays passed in are never modified. Logarithms are natural (nats); 0·log 0 = 0.
 *
 * <pre>{@code
 * var grid = Quadrature1d.simpson(-8, 8, 4001);
 * double[] pData = grid.evaluate(x -> Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI));
 * double[] pG = grid.evaluate(x -> Math.exp(-(x - 1) * (x - 1) / 2) / Math.sqrt(2 * Math.PI));
 * double c = grid.valueAtOptimum(pData, pG);   // = -log 4 + 2 * grid.jensenShannon(pData, pG)
 * }</pre>
 */
public final class Quadrature1d {
    private final double[] x;
    private final double[] w;

    private Quadrature1d(double[] x, double[] w) {
        this.x = x;
        this.w = w;
    }

    /** A grid of {@code m} points on [lo, hi] (m odd, ≥ 3) with Simpson weights. */
    public static Quadrature1d simpson(double lo, double hi, int m) {
        if (m < 3 || m % 2 == 0) {
            throw Failure.in("Quadrature1d.simpson").argument("m").expected("an odd number ≥ 3")
                    .got(String.valueOf(m)).hint("Simpson's rule needs an even number of intervals").exception();
        }
        if (!(hi > lo) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            throw Failure.in("Quadrature1d.simpson").argument("lo, hi").expected("finite with lo < hi")
                    .got(lo + ", " + hi).exception();
        }
        double h = (hi - lo) / (m - 1);
        double[] x = new double[m];
        double[] w = new double[m];
        for (int i = 0; i < m; i++) {
            x[i] = lo + i * h;
            w[i] = h / 3 * (i == 0 || i == m - 1 ? 1 : i % 2 == 1 ? 4 : 2);
        }
        return new Quadrature1d(x, w);
    }

    /** The grid points, a copy, length M. */
    public double[] points() {
        return x.clone();
    }

    /** The grid points as a float32 column [M, 1], ready to feed a trained discriminator. */
    public INDArray pointsColumn() {
        return Nd4j.create(x, new long[] {x.length, 1}, DataType.DOUBLE).castTo(DataType.FLOAT);
    }

    public int size() {
        return x.length;
    }

    /** f at every grid point, length M. */
    public double[] evaluate(DoubleUnaryOperator f) {
        double[] values = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            values[i] = f.applyAsDouble(x[i]);
        }
        return values;
    }

    /** ∫ f dx from the values of f at the grid points. */
    public double integrate(double[] f) {
        check("integrate", "f", f);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += w[i] * f[i];
        }
        return sum;
    }

    public double integrate(DoubleUnaryOperator f) {
        return integrate(evaluate(f));
    }

    /** D*(x) = p_data / (p_data + p_G) pointwise; ½ where both densities are 0. */
    public static double[] optimalDiscriminator(double[] pData, double[] pG) {
        double[] d = new double[pData.length];
        for (int i = 0; i < d.length; i++) {
            double s = pData[i] + pG[i];
            d[i] = s > 0 ? pData[i] / s : 0.5;
        }
        return d;
    }

    /** V(D, G) = ∫ p_data log D + p_G log(1 − D) dx for a discriminator's values D at the points. */
    public double value(double[] pData, double[] pG, double[] d) {
        check("value", "pData", pData);
        check("value", "pG", pG);
        check("value", "d", d);
        double[] integrand = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            integrand[i] = xLogY(pData[i], d[i]) + xLogY(pG[i], 1 - d[i]);
        }
        return integrate(integrand);
    }

    /** C(G) = V(D*, G), which theory says equals −log 4 + 2·JSD(p_data ‖ p_G). */
    public double valueAtOptimum(double[] pData, double[] pG) {
        check("valueAtOptimum", "pData", pData);
        check("valueAtOptimum", "pG", pG);
        // log D* = log p_data − log(p_data + p_G): exact in the tails, where D* rounds to 1.
        double[] integrand = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double s = pData[i] + pG[i];
            integrand[i] = (pData[i] > 0 ? pData[i] * Math.log(pData[i] / s) : 0)
                    + (pG[i] > 0 ? pG[i] * Math.log(pG[i] / s) : 0);
        }
        return integrate(integrand);
    }

    /** KL(p ‖ q) = ∫ p log(p / q) dx; +∞ where q = 0 < p. */
    public double kl(double[] p, double[] q) {
        check("kl", "p", p);
        check("kl", "q", q);
        double[] integrand = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if (p[i] > 0) {
                integrand[i] = q[i] > 0 ? p[i] * Math.log(p[i] / q[i]) : Double.POSITIVE_INFINITY;
            }
        }
        return integrate(integrand);
    }

    /** JSD(p ‖ q) = ½ KL(p ‖ m) + ½ KL(q ‖ m), m = (p + q)/2; in [0, log 2]. */
    public double jensenShannon(double[] p, double[] q) {
        check("jensenShannon", "p", p);
        check("jensenShannon", "q", q);
        double[] m = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            m[i] = 0.5 * (p[i] + q[i]);
        }
        return 0.5 * kl(p, m) + 0.5 * kl(q, m);
    }

    private static double xLogY(double px, double y) {
        if (px == 0) {
            return 0;
        }
        return y > 0 ? px * Math.log(y) : Double.NEGATIVE_INFINITY;
    }

    private void check(String op, String argument, double[] values) {
        if (values == null || values.length != x.length) {
            throw Failure.in("Quadrature1d." + op).argument(argument).expected("length M=" + x.length)
                    .got(values == null ? "null" : "length " + values.length)
                    .hint("evaluate densities with grid.evaluate(...) on this grid").exception();
        }
    }
}
