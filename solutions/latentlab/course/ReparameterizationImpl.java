package latentlab.course;

import latentlab.exercises.Reparameterization;
import latentlab.tensor.Rows;
import latentlab.tensor.Shapes;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Unit 3: reparameterization, BCE on logits, gradient estimators, the VAE loss. The spec of
 * every method is in {@link Reparameterization}. {@link #values} gives an argument as a float64
 * {@code double[N][D]} to loop over; {@link #array} turns results back into an array of the
 * dtype of the first argument. Never modify an argument.
 */
public class ReparameterizationImpl implements Reparameterization {

    @Override
    public INDArray reparameterize(INDArray mu, INDArray logVar, INDArray eps) {
        Shapes.in("Reparameterization.reparameterize").check("mu", mu, "N", "Z").check("logVar", logVar, "N", "Z")
                .check("eps", eps, "N", "Z");
        // BEGIN SOLUTION
        // HINT: σ = exp(½ logVar), not exp(logVar) and not sqrt of a possibly overflowing exp.
        // HINT: where ε = 0, z = μ exactly (σ may be +∞ for logVar near 1e4, and ∞·0 is NaN).
        double[][] m = Rows.toDoubles(mu);
        double[][] lv = Rows.toDoubles(logVar);
        double[][] e = Rows.toDoubles(eps);
        double[][] z = new double[m.length][];
        for (int n = 0; n < m.length; n++) {
            z[n] = new double[m[n].length];
            for (int j = 0; j < m[n].length; j++) {
                z[n][j] = e[n][j] == 0 ? m[n][j] : m[n][j] + Math.exp(0.5 * lv[n][j]) * e[n][j];
            }
        }
        return Rows.of(z, mu.dataType());
        // END SOLUTION
    }

    @Override
    public ReparameterizeGrads reparameterizeBackward(INDArray dZ, INDArray logVar, INDArray eps) {
        Shapes.in("Reparameterization.reparameterizeBackward").check("dZ", dZ, "N", "Z")
                .check("logVar", logVar, "N", "Z").check("eps", eps, "N", "Z");
        // BEGIN SOLUTION
        // HINT: ∂z/∂μ = 1 and ∂z/∂logVar = ½ σ ε; multiply each by dZ (chain rule, element-wise).
        double[][] d = Rows.toDoubles(dZ);
        double[][] lv = Rows.toDoubles(logVar);
        double[][] e = Rows.toDoubles(eps);
        double[][] dLogVar = new double[d.length][];
        for (int n = 0; n < d.length; n++) {
            dLogVar[n] = new double[d[n].length];
            for (int j = 0; j < d[n].length; j++) {
                double dze = d[n][j] * e[n][j];
                dLogVar[n][j] = dze == 0 ? 0 : 0.5 * Math.exp(0.5 * lv[n][j]) * dze;
            }
        }
        return new ReparameterizeGrads(Rows.of(d, dZ.dataType()), Rows.of(dLogVar, dZ.dataType()));
        // END SOLUTION
    }

    @Override
    public INDArray bceWithLogits(INDArray logits, INDArray x) {
        Shapes.in("Reparameterization.bceWithLogits").check("logits", logits, "N", "D").check("x", x, "N", "D");
        // BEGIN SOLUTION
        // HINT: per element max(l, 0) − l·x + log(1 + exp(−|l|)); Math.log1p helps for large |l|.
        double[][] l = Rows.toDoubles(logits);
        double[][] xv = Rows.toDoubles(x);
        double[][] bce = new double[l.length][1];
        for (int n = 0; n < l.length; n++) {
            double sum = 0;
            for (int j = 0; j < l[n].length; j++) {
                sum += Math.max(l[n][j], 0) - l[n][j] * xv[n][j] + Math.log1p(Math.exp(-Math.abs(l[n][j])));
            }
            bce[n][0] = sum;
        }
        return Rows.of(bce, logits.dataType());
        // END SOLUTION
    }

    @Override
    public INDArray bceWithLogitsGradient(INDArray logits, INDArray x) {
        Shapes.in("Reparameterization.bceWithLogitsGradient").check("logits", logits, "N", "D")
                .check("x", x, "N", "D");
        // BEGIN SOLUTION
        // HINT: σ(l) − x. A stable σ: for l ≥ 0, 1/(1 + e^{−l}); for l < 0, e^{l}/(1 + e^{l}).
        double[][] l = Rows.toDoubles(logits);
        double[][] xv = Rows.toDoubles(x);
        double[][] grad = new double[l.length][];
        for (int n = 0; n < l.length; n++) {
            grad[n] = new double[l[n].length];
            for (int j = 0; j < l[n].length; j++) {
                grad[n][j] = sigmoid(l[n][j]) - xv[n][j];
            }
        }
        return Rows.of(grad, logits.dataType());
        // END SOLUTION
    }

    @Override
    public INDArray pathwiseGradient(INDArray fPrimeAtZ) {
        Shapes.in("Reparameterization.pathwiseGradient").check("fPrimeAtZ", fPrimeAtZ, "N", "K");
        // BEGIN SOLUTION
        // HINT: ∂z/∂μ = 1, so the estimate is the mean of f'(z) over the K samples of each row.
        return f64(fPrimeAtZ).mean(true, 1).castTo(fPrimeAtZ.dataType());
        // END SOLUTION
    }

    @Override
    public INDArray scoreFunctionGradient(INDArray fAtZ, INDArray eps, INDArray sigma) {
        Shapes.in("Reparameterization.scoreFunctionGradient").check("fAtZ", fAtZ, "N", "K")
                .check("eps", eps, "N", "K").check("sigma", sigma, "N", 1);
        // BEGIN SOLUTION
        // HINT: the score ∂/∂μ log N(z; μ, σ²) is ε/σ; average f(z)·ε over K, then divide by σ.
        INDArray meanFEps = f64(fAtZ).mul(f64(eps)).mean(true, 1);
        return meanFEps.div(f64(sigma)).castTo(fAtZ.dataType());
        // END SOLUTION
    }

    @Override
    public VaeLossResult vaeLoss(INDArray logits, INDArray x, INDArray mu, INDArray logVar, double alpha) {
        Shapes.in("Reparameterization.vaeLoss").check("logits", logits, "N", "D").check("x", x, "N", "D")
                .check("mu", mu, "N", "Z").check("logVar", logVar, "N", "Z");
        // BEGIN SOLUTION
        // HINT: reuse bceWithLogits and bceWithLogitsGradient; KL_n = ½ Σ_j (exp(logVar) + μ² − 1 − logVar).
        // HINT: every term is a batch mean, so every gradient carries a factor 1/N.
        int batch = logits.rows();
        double reconstruction = f64(bceWithLogits(logits, x)).sumNumber().doubleValue() / batch;
        double[][] m = Rows.toDoubles(mu);
        double[][] lv = Rows.toDoubles(logVar);
        double[][] dMu = new double[m.length][];
        double[][] dLogVar = new double[m.length][];
        double klSum = 0;
        for (int n = 0; n < m.length; n++) {
            dMu[n] = new double[m[n].length];
            dLogVar[n] = new double[m[n].length];
            for (int j = 0; j < m[n].length; j++) {
                klSum += 0.5 * (DivergencesImpl.expm1MinusX(lv[n][j]) + m[n][j] * m[n][j]);
                dMu[n][j] = m[n][j] / batch;
                dLogVar[n][j] = 0.5 * Math.expm1(lv[n][j]) / batch;
            }
        }
        double kl = klSum / batch;
        INDArray dLogits = f64(bceWithLogitsGradient(logits, x)).mul(alpha / batch).castTo(logits.dataType());
        return new VaeLossResult(alpha * reconstruction + kl, reconstruction, kl, dLogits, Rows.of(dMu, logits.dataType()),
                Rows.of(dLogVar, logits.dataType()));
        // END SOLUTION
    }

    /** The logistic sigmoid 1/(1 + e^{−l}), without overflow for any l. */
    private static double sigmoid(double l) {
        // BEGIN SOLUTION
        if (l >= 0) {
            return 1 / (1 + Math.exp(-l));
        }
        double e = Math.exp(l);
        return e / (1 + e);
        // END SOLUTION
    }

    /** The array in float64: the same array if it already is, else a converted copy. */
    private static INDArray f64(INDArray a) {
        return a.castTo(DataType.DOUBLE);
    }
}
