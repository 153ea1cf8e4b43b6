package latentlab.course;

import latentlab.exercises.Divergences;
import latentlab.tensor.Failure;
import latentlab.tensor.Rows;
import latentlab.tensor.Shapes;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Unit 2: KL divergences, Gaussian log-density, log-mean-exp, ELBO and importance sampling.
 * The spec of every method is in {@link Divergences}. {@link #values} gives an argument as a
 * float64 {@code double[N][K]} to loop over; {@link #array} turns results back into an array of
 * the dtype of the first argument. Never modify an argument.
 */
public class DivergencesImpl implements Divergences {
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    @Override
    public double klGaussians(double mu1, double sigma1, double mu2, double sigma2) {
        if (!(sigma1 > 0) || !(sigma2 > 0)) {
            throw Failure.in("Divergences.klGaussians").argument("sigma1, sigma2").expected("> 0")
                    .got(sigma1 + ", " + sigma2).hint("pass standard deviations, not log-variances").exception();
        }
        // BEGIN SOLUTION
        // HINT: log(σ2/σ1) + (σ1² + (μ1 − μ2)²)/(2σ2²) − ½.
        // HINT: with a = log(σ1/σ2), the σ-part is ½(e^{2a} − 1 − 2a) = ½ expm1MinusX(2a), exact when σ1 ≈ σ2.
        double a = Math.log(sigma1 / sigma2);
        double diff = (mu1 - mu2) / sigma2;
        return 0.5 * expm1MinusX(2 * a) + 0.5 * diff * diff;
        // END SOLUTION
    }

    @Override
    public INDArray klToStandardNormal(INDArray mu, INDArray logVar) {
        Shapes.in("Divergences.klToStandardNormal").check("mu", mu, "N", "Z").check("logVar", logVar, "N", "Z");
        // BEGIN SOLUTION
        // HINT: per row, ½ Σ_j (exp(logVar) + μ² − 1 − logVar); exp(logVar) − 1 − logVar is expm1MinusX(logVar).
        double[][] m = Rows.toDoubles(mu);
        double[][] lv = Rows.toDoubles(logVar);
        double[][] kl = new double[m.length][1];
        for (int n = 0; n < m.length; n++) {
            double sum = 0;
            for (int j = 0; j < m[n].length; j++) {
                sum += expm1MinusX(lv[n][j]) + m[n][j] * m[n][j];
            }
            kl[n][0] = 0.5 * sum;
        }
        return Rows.of(kl, mu.dataType());
        // END SOLUTION
    }

    @Override
    public KlGrads klToStandardNormalGradient(INDArray mu, INDArray logVar) {
        Shapes.in("Divergences.klToStandardNormalGradient").check("mu", mu, "N", "Z")
                .check("logVar", logVar, "N", "Z");
        // BEGIN SOLUTION
        // HINT: dMu = μ (a copy, not mu itself); dLogVar = ½(exp(logVar) − 1).
        double[][] lv = Rows.toDoubles(logVar);
        double[][] dLogVar = new double[lv.length][];
        for (int n = 0; n < lv.length; n++) {
            dLogVar[n] = new double[lv[n].length];
            for (int j = 0; j < lv[n].length; j++) {
                dLogVar[n][j] = 0.5 * Math.expm1(lv[n][j]);
            }
        }
        return new KlGrads(Rows.of(Rows.toDoubles(mu), mu.dataType()), Rows.of(dLogVar, mu.dataType()));
        // END SOLUTION
    }

    @Override
    public double klDiscrete(INDArray p, INDArray q) {
        Shapes.in("Divergences.klDiscrete").check("p", p, 1, "K").check("q", q, 1, "K");
        // BEGIN SOLUTION
        // HINT: skip terms with p_i = 0; a term with q_i = 0 < p_i makes the whole KL +∞.
        double[] pv = Rows.toDoubles(p)[0];
        double[] qv = Rows.toDoubles(q)[0];
        double kl = 0;
        for (int i = 0; i < pv.length; i++) {
            if (pv[i] == 0) {
                continue;
            }
            if (qv[i] == 0) {
                return Double.POSITIVE_INFINITY;
            }
            kl += pv[i] * Math.log(pv[i] / qv[i]);
        }
        return kl;
        // END SOLUTION
    }

    @Override
    public INDArray logNormal(INDArray x, INDArray mu, INDArray logVar) {
        Shapes.in("Divergences.logNormal").check("x", x, "N", "Z").check("mu", mu, "N", "Z")
                .check("logVar", logVar, "N", "Z");
        // BEGIN SOLUTION
        // HINT: standardise first, u = (x − μ)·exp(−½ logVar), and treat x = μ as u = 0 (avoids 0·∞).
        double[][] xv = Rows.toDoubles(x);
        double[][] m = Rows.toDoubles(mu);
        double[][] lv = Rows.toDoubles(logVar);
        double[][] logp = new double[xv.length][1];
        for (int n = 0; n < xv.length; n++) {
            double sum = 0;
            for (int j = 0; j < xv[n].length; j++) {
                double diff = xv[n][j] - m[n][j];
                double u = diff == 0 ? 0 : diff * Math.exp(-0.5 * lv[n][j]);
                sum += LOG_2PI + lv[n][j] + u * u;
            }
            logp[n][0] = -0.5 * sum;
        }
        return Rows.of(logp, x.dataType());
        // END SOLUTION
    }

    @Override
    public INDArray logMeanExp(INDArray logWeights) {
        Shapes.in("Divergences.logMeanExp").check("logWeights", logWeights, "N", "K");
        // BEGIN SOLUTION
        // HINT: subtract the row maximum m before exp, add it back after the log; handle m = ±∞ first.
        double[][] w = Rows.toDoubles(logWeights);
        double[][] out = new double[w.length][1];
        for (int n = 0; n < w.length; n++) {
            double max = Double.NEGATIVE_INFINITY;
            for (double v : w[n]) {
                max = Math.max(max, v);
            }
            if (Double.isInfinite(max)) {
                out[n][0] = max;
                continue;
            }
            double sum = 0;
            for (double v : w[n]) {
                sum += Math.exp(v - max);
            }
            out[n][0] = max + Math.log(sum / w[n].length);
        }
        return Rows.of(out, logWeights.dataType());
        // END SOLUTION
    }

    @Override
    public INDArray elboEstimate(INDArray logPxGivenZ, INDArray logPz, INDArray logQz) {
        Shapes.in("Divergences.elboEstimate").check("logPxGivenZ", logPxGivenZ, "N", "K")
                .check("logPz", logPz, "N", "K").check("logQz", logQz, "N", "K");
        // BEGIN SOLUTION
        // HINT: the mean over the K samples (columns) of log p(x|z) + log p(z) − log q(z|x).
        INDArray terms = f64(logPxGivenZ).add(f64(logPz)).sub(f64(logQz));
        return terms.mean(true, 1).castTo(logPxGivenZ.dataType());
        // END SOLUTION
    }

    @Override
    public INDArray importanceSampledLogLikelihood(INDArray logPxGivenZ, INDArray logPz, INDArray logQz) {
        Shapes.in("Divergences.importanceSampledLogLikelihood").check("logPxGivenZ", logPxGivenZ, "N", "K")
                .check("logPz", logPz, "N", "K").check("logQz", logQz, "N", "K");
        // BEGIN SOLUTION
        // HINT: log-weights log p(x|z) + log p(z) − log q(z|x), then your logMeanExp.
        INDArray logWeights = f64(logPxGivenZ).add(f64(logPz)).sub(f64(logQz));
        return logMeanExp(logWeights).castTo(logPxGivenZ.dataType());
        // END SOLUTION
    }

    /**
     * e^v − 1 − v without cancellation: a Taylor series for |v| &lt; 0.01 (error below 1e-16
     * relative), {@code Math.expm1(v) - v} elsewhere. +∞ for v &gt; ≈709.
     */
    static double expm1MinusX(double v) {
        if (Math.abs(v) < 0.01) {
            double v2 = v * v;
            return v2 * (1.0 / 2 + v * (1.0 / 6 + v * (1.0 / 24 + v * (1.0 / 120 + v * (1.0 / 720 + v / 5040)))));
        }
        return Math.expm1(v) - v;
    }

    /** The array in float64: the same array if it already is, else a converted copy. */
    private static INDArray f64(INDArray a) {
        return a.castTo(DataType.DOUBLE);
    }
}
