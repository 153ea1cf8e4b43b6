package latentlab.models;

import latentlab.tensor.Failure;
import latentlab.tensor.Shapes;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The maximum-likelihood Gaussian N(μ, Σ) of data [N, D] with a full covariance: the
 * baseline a flow must beat. log N(x; μ, Σ) = −½ (D log 2π + log det Σ + (x−μ)ᵀ Σ⁻¹ (x−μ)).
 * Computed in double via a Cholesky factor; D is small (2-D toy data).
 *
 * @param mean       μ, length D
 * @param covariance Σ, D×D, row-major
 */
public record GaussianFit(double[] mean, double[][] covariance) {

    /** Fits μ and Σ (the 1/N estimate) to {@code x} [N, D]; x is not modified. */
    public static GaussianFit of(INDArray x) {
        Shapes.in("GaussianFit.of").check("x", x, "N", "D");
        int n = (int) x.rows();
        int d = (int) x.columns();
        if (n < 2) {
            throw Failure.in("GaussianFit.of").argument("x").expected("at least 2 rows").got(x.shape()).exception();
        }
        double[] v = x.castTo(DataType.DOUBLE).dup('c').data().asDouble();
        double[] mu = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mu[j] += v[i * d + j] / n;
            }
        }
        double[][] cov = new double[d][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                for (int k = 0; k < d; k++) {
                    cov[j][k] += (v[i * d + j] - mu[j]) * (v[i * d + k] - mu[k]) / n;
                }
            }
        }
        return new GaussianFit(mu, cov);
    }

    /** log N(x_n; μ, Σ) per row, [N, 1] float64. */
    public INDArray logLikelihood(INDArray x) {
        int d = mean.length;
        Shapes.in("GaussianFit.logLikelihood").bind("D", d).check("x", x, "N", "D");
        double[][] l = cholesky();
        double logDet = 0;
        for (int j = 0; j < d; j++) {
            logDet += 2 * Math.log(l[j][j]);
        }
        int n = (int) x.rows();
        double[] v = x.castTo(DataType.DOUBLE).dup('c').data().asDouble();
        double[] out = new double[n];
        double[] y = new double[d];
        for (int i = 0; i < n; i++) {
            double quad = 0;
            for (int j = 0; j < d; j++) { // solve L y = x − μ
                double s = v[i * d + j] - mean[j];
                for (int k = 0; k < j; k++) {
                    s -= l[j][k] * y[k];
                }
                y[j] = s / l[j][j];
                quad += y[j] * y[j];
            }
            out[i] = -0.5 * (d * Math.log(2 * Math.PI) + logDet + quad);
        }
        return Nd4j.create(out, new long[] {n, 1}, DataType.DOUBLE);
    }

    /** The mean log-likelihood over the rows of x, in nats. */
    public double meanLogLikelihood(INDArray x) {
        return logLikelihood(x).meanNumber().doubleValue();
    }

    private double[][] cholesky() {
        int d = mean.length;
        double[][] l = new double[d][d];
        for (int j = 0; j < d; j++) {
            for (int k = 0; k <= j; k++) {
                double s = covariance[j][k];
                for (int m = 0; m < k; m++) {
                    s -= l[j][m] * l[k][m];
                }
                if (j == k) {
                    if (!(s > 0)) {
                        throw Failure.in("GaussianFit.logLikelihood").argument("covariance")
                                .expected("positive definite").got("a singular matrix (pivot " + s + ")")
                                .hint("the data lie on a line or a point").exception();
                    }
                    l[j][j] = Math.sqrt(s);
                } else {
                    l[j][k] = s / l[k][k];
                }
            }
        }
        return l;
    }
}
