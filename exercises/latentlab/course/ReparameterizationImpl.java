// Generated from the reference by latentlab.grader.Assign. Replace each TODO throw with your code;
// the spec of every method is in the interface's Javadoc.
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
        // HINT: σ = exp(½ logVar), not exp(logVar) and not sqrt of a possibly overflowing exp.
        // HINT: where ε = 0, z = μ exactly (σ may be +∞ for logVar near 1e4, and ∞·0 is NaN).
        throw new UnsupportedOperationException("TODO: Reparameterization.reparameterize");
    }

    @Override
    public ReparameterizeGrads reparameterizeBackward(INDArray dZ, INDArray logVar, INDArray eps) {
        Shapes.in("Reparameterization.reparameterizeBackward").check("dZ", dZ, "N", "Z")
                .check("logVar", logVar, "N", "Z").check("eps", eps, "N", "Z");
        // HINT: ∂z/∂μ = 1 and ∂z/∂logVar = ½ σ ε; multiply each by dZ (chain rule, element-wise).
        throw new UnsupportedOperationException("TODO: Reparameterization.reparameterizeBackward");
    }

    @Override
    public INDArray bceWithLogits(INDArray logits, INDArray x) {
        Shapes.in("Reparameterization.bceWithLogits").check("logits", logits, "N", "D").check("x", x, "N", "D");
        // HINT: per element max(l, 0) − l·x + log(1 + exp(−|l|)); Math.log1p helps for large |l|.
        throw new UnsupportedOperationException("TODO: Reparameterization.bceWithLogits");
    }

    @Override
    public INDArray bceWithLogitsGradient(INDArray logits, INDArray x) {
        Shapes.in("Reparameterization.bceWithLogitsGradient").check("logits", logits, "N", "D")
                .check("x", x, "N", "D");
        // HINT: σ(l) − x. A stable σ: for l ≥ 0, 1/(1 + e^{−l}); for l < 0, e^{l}/(1 + e^{l}).
        throw new UnsupportedOperationException("TODO: Reparameterization.bceWithLogitsGradient");
    }

    @Override
    public INDArray pathwiseGradient(INDArray fPrimeAtZ) {
        Shapes.in("Reparameterization.pathwiseGradient").check("fPrimeAtZ", fPrimeAtZ, "N", "K");
        // HINT: ∂z/∂μ = 1, so the estimate is the mean of f'(z) over the K samples of each row.
        throw new UnsupportedOperationException("TODO: Reparameterization.pathwiseGradient");
    }

    @Override
    public INDArray scoreFunctionGradient(INDArray fAtZ, INDArray eps, INDArray sigma) {
        Shapes.in("Reparameterization.scoreFunctionGradient").check("fAtZ", fAtZ, "N", "K")
                .check("eps", eps, "N", "K").check("sigma", sigma, "N", 1);
        // HINT: the score ∂/∂μ log N(z; μ, σ²) is ε/σ; average f(z)·ε over K, then divide by σ.
        throw new UnsupportedOperationException("TODO: Reparameterization.scoreFunctionGradient");
    }

    @Override
    public VaeLossResult vaeLoss(INDArray logits, INDArray x, INDArray mu, INDArray logVar, double alpha) {
        Shapes.in("Reparameterization.vaeLoss").check("logits", logits, "N", "D").check("x", x, "N", "D")
                .check("mu", mu, "N", "Z").check("logVar", logVar, "N", "Z");
        // HINT: reuse bceWithLogits and bceWithLogitsGradient; KL_n = ½ Σ_j (exp(logVar) + μ² − 1 − logVar).
        // HINT: every term is a batch mean, so every gradient carries a factor 1/N.
        throw new UnsupportedOperationException("TODO: Reparameterization.vaeLoss");
    }

    /** The logistic sigmoid 1/(1 + e^{−l}), without overflow for any l. */
    private static double sigmoid(double l) {
        throw new UnsupportedOperationException("TODO: Reparameterization.sigmoid");
    }

    /** The array in float64: the same array if it already is, else a converted copy. */
    private static INDArray f64(INDArray a) {
        return a.castTo(DataType.DOUBLE);
    }
}
