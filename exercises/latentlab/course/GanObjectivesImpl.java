// Generated from the reference by latentlab.grader.Assign. Replace each TODO throw with your code;
// the spec of every method is in the interface's Javadoc.
package latentlab.course;

import latentlab.exercises.GanObjectives;
import latentlab.tensor.Rows;
import latentlab.tensor.Shapes;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Unit 4: optimal discriminator, JSD, value at the optimum, GAN losses on logits. The spec of
 * every method is in {@link GanObjectives}. {@link #values} gives an argument as a float64
 * {@code double[rows][columns]}; {@link #array} turns results back into an array of the dtype of
 * the first argument. Never modify an argument.
 */
public class GanObjectivesImpl implements GanObjectives {

    @Override
    public INDArray optimalDiscriminator(INDArray pData, INDArray pG) {
        Shapes.in("GanObjectives.optimalDiscriminator").check("pData", pData, 1, "K").check("pG", pG, 1, "K");
        // HINT: p_data / (p_data + p_G) point by point; ½ where both are 0.
        throw new UnsupportedOperationException("TODO: GanObjectives.optimalDiscriminator");
    }

    @Override
    public double jensenShannon(INDArray p, INDArray q) {
        Shapes.in("GanObjectives.jensenShannon").check("p", p, 1, "K").check("q", q, 1, "K");
        // HINT: m = (p + q)/2 is 0 only where p and q both are, so no term divides by zero.
        // HINT: skip terms whose probability is 0 (0·log 0 = 0).
        throw new UnsupportedOperationException("TODO: GanObjectives.jensenShannon");
    }

    @Override
    public double valueAtOptimum(INDArray pData, INDArray pG) {
        Shapes.in("GanObjectives.valueAtOptimum").check("pData", pData, 1, "K").check("pG", pG, 1, "K");
        // HINT: D* = p_data/(p_data + p_G) and 1 − D* = p_G/(p_data + p_G); skip terms with a zero weight.
        throw new UnsupportedOperationException("TODO: GanObjectives.valueAtOptimum");
    }

    @Override
    public double discriminatorLoss(INDArray realLogits, INDArray fakeLogits) {
        Shapes.in("GanObjectives.discriminatorLoss").check("realLogits", realLogits, "N", 1)
                .check("fakeLogits", fakeLogits, "M", 1);
        // HINT: −log σ(r) = softplus(−r) and −log(1 − σ(f)) = softplus(f); average each batch separately.
        throw new UnsupportedOperationException("TODO: GanObjectives.discriminatorLoss");
    }

    @Override
    public DiscriminatorGrads discriminatorLossGradient(INDArray realLogits, INDArray fakeLogits) {
        Shapes.in("GanObjectives.discriminatorLossGradient").check("realLogits", realLogits, "N", 1)
                .check("fakeLogits", fakeLogits, "M", 1);
        // HINT: d softplus(a)/da = σ(a); mind the chain rule's sign for softplus(−r).
        throw new UnsupportedOperationException("TODO: GanObjectives.discriminatorLossGradient");
    }

    @Override
    public double generatorLossSaturating(INDArray fakeLogits) {
        Shapes.in("GanObjectives.generatorLossSaturating").check("fakeLogits", fakeLogits, "M", 1);
        // HINT: log(1 − σ(f)) = −softplus(f).
        throw new UnsupportedOperationException("TODO: GanObjectives.generatorLossSaturating");
    }

    @Override
    public INDArray generatorLossSaturatingGradient(INDArray fakeLogits) {
        Shapes.in("GanObjectives.generatorLossSaturatingGradient").check("fakeLogits", fakeLogits, "M", 1);
        // HINT: −σ(f)/M: tiny when f ≪ 0, which is why this loss saturates.
        throw new UnsupportedOperationException("TODO: GanObjectives.generatorLossSaturatingGradient");
    }

    @Override
    public double generatorLossNonSaturating(INDArray fakeLogits) {
        Shapes.in("GanObjectives.generatorLossNonSaturating").check("fakeLogits", fakeLogits, "M", 1);
        // HINT: −log σ(f) = softplus(−f).
        throw new UnsupportedOperationException("TODO: GanObjectives.generatorLossNonSaturating");
    }

    @Override
    public INDArray generatorLossNonSaturatingGradient(INDArray fakeLogits) {
        Shapes.in("GanObjectives.generatorLossNonSaturatingGradient").check("fakeLogits", fakeLogits, "M", 1);
        // HINT: (σ(f) − 1)/M = −σ(−f)/M; computing σ(−f) directly keeps it exact when σ(f) ≈ 1.
        throw new UnsupportedOperationException("TODO: GanObjectives.generatorLossNonSaturatingGradient");
    }

    /** The mean over the rows of softplus(sign · l) for a column of logits l, [M, 1]. */
    private static double meanOf(double[][] logits, int sign) {
        double sum = 0;
        for (double[] row : logits) {
            sum += softplus(sign * row[0]);
        }
        return sum / logits.length;
    }

    /** softplus(a) = log(1 + e^a), without overflow: max(a, 0) + log(1 + e^{−|a|}). */
    private static double softplus(double a) {
        throw new UnsupportedOperationException("TODO: GanObjectives.softplus");
    }

    /** The logistic sigmoid 1/(1 + e^{−l}), without overflow for any l. */
    private static double sigmoid(double l) {
        throw new UnsupportedOperationException("TODO: GanObjectives.sigmoid");
    }
}
