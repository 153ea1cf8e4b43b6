// Generated from the reference by latentlab.grader.Assign. Replace each TODO throw with your code;
// the spec of every method is in the interface's Javadoc.
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
        // HINT: log(σ2/σ1) + (σ1² + (μ1 − μ2)²)/(2σ2²) − ½.
        // HINT: with a = log(σ1/σ2), the σ-part is ½(e^{2a} − 1 − 2a) = ½ expm1MinusX(2a), exact when σ1 ≈ σ2.
        throw new UnsupportedOperationException("TODO: Divergences.klGaussians");
    }

    @Override
    public INDArray klToStandardNormal(INDArray mu, INDArray logVar) {
        Shapes.in("Divergences.klToStandardNormal").check("mu", mu, "N", "Z").check("logVar", logVar, "N", "Z");
        // HINT: per row, ½ Σ_j (exp(logVar) + μ² − 1 − logVar); exp(logVar) − 1 − logVar is expm1MinusX(logVar).
        throw new UnsupportedOperationException("TODO: Divergences.klToStandardNormal");
    }

    @Override
    public KlGrads klToStandardNormalGradient(INDArray mu, INDArray logVar) {
        Shapes.in("Divergences.klToStandardNormalGradient").check("mu", mu, "N", "Z")
                .check("logVar", logVar, "N", "Z");
        // HINT: dMu = μ (a copy, not mu itself); dLogVar = ½(exp(logVar) − 1).
        throw new UnsupportedOperationException("TODO: Divergences.klToStandardNormalGradient");
    }

    @Override
    public double klDiscrete(INDArray p, INDArray q) {
        Shapes.in("Divergences.klDiscrete").check("p", p, 1, "K").check("q", q, 1, "K");
        // HINT: skip terms with p_i = 0; a term with q_i = 0 < p_i makes the whole KL +∞.
        throw new UnsupportedOperationException("TODO: Divergences.klDiscrete");
    }

    @Override
    public INDArray logNormal(INDArray x, INDArray mu, INDArray logVar) {
        Shapes.in("Divergences.logNormal").check("x", x, "N", "Z").check("mu", mu, "N", "Z")
                .check("logVar", logVar, "N", "Z");
        // HINT: standardise first, u = (x − μ)·exp(−½ logVar), and treat x = μ as u = 0 (avoids 0·∞).
        throw new UnsupportedOperationException("TODO: Divergences.logNormal");
    }

    @Override
    public INDArray logMeanExp(INDArray logWeights) {
        Shapes.in("Divergences.logMeanExp").check("logWeights", logWeights, "N", "K");
        // HINT: subtract the row maximum m before exp, add it back after the log; handle m = ±∞ first.
        throw new UnsupportedOperationException("TODO: Divergences.logMeanExp");
    }

    @Override
    public INDArray elboEstimate(INDArray logPxGivenZ, INDArray logPz, INDArray logQz) {
        Shapes.in("Divergences.elboEstimate").check("logPxGivenZ", logPxGivenZ, "N", "K")
                .check("logPz", logPz, "N", "K").check("logQz", logQz, "N", "K");
        // HINT: the mean over the K samples (columns) of log p(x|z) + log p(z) − log q(z|x).
        throw new UnsupportedOperationException("TODO: Divergences.elboEstimate");
    }

    @Override
    public INDArray importanceSampledLogLikelihood(INDArray logPxGivenZ, INDArray logPz, INDArray logQz) {
        Shapes.in("Divergences.importanceSampledLogLikelihood").check("logPxGivenZ", logPxGivenZ, "N", "K")
                .check("logPz", logPz, "N", "K").check("logQz", logQz, "N", "K");
        // HINT: log-weights log p(x|z) + log p(z) − log q(z|x), then your logMeanExp.
        throw new UnsupportedOperationException("TODO: Divergences.importanceSampledLogLikelihood");
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
