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
        // BEGIN SOLUTION
        // HINT: p_data / (p_data + p_G) point by point; ½ where both are 0.
        double[] a = Rows.toDoubles(pData)[0];
        double[] b = Rows.toDoubles(pG)[0];
        double[][] d = new double[1][a.length];
        for (int i = 0; i < a.length; i++) {
            d[0][i] = a[i] + b[i] == 0 ? 0.5 : a[i] / (a[i] + b[i]);
        }
        return Rows.of(d, pData.dataType());
        // END SOLUTION
    }

    @Override
    public double jensenShannon(INDArray p, INDArray q) {
        Shapes.in("GanObjectives.jensenShannon").check("p", p, 1, "K").check("q", q, 1, "K");
        // BEGIN SOLUTION
        // HINT: m = (p + q)/2 is 0 only where p and q both are, so no term divides by zero.
        // HINT: skip terms whose probability is 0 (0·log 0 = 0).
        double[] pv = Rows.toDoubles(p)[0];
        double[] qv = Rows.toDoubles(q)[0];
        double js = 0;
        for (int i = 0; i < pv.length; i++) {
            double m = 0.5 * (pv[i] + qv[i]);
            if (pv[i] > 0) {
                js += 0.5 * pv[i] * Math.log(pv[i] / m);
            }
            if (qv[i] > 0) {
                js += 0.5 * qv[i] * Math.log(qv[i] / m);
            }
        }
        return js;
        // END SOLUTION
    }

    @Override
    public double valueAtOptimum(INDArray pData, INDArray pG) {
        Shapes.in("GanObjectives.valueAtOptimum").check("pData", pData, 1, "K").check("pG", pG, 1, "K");
        // BEGIN SOLUTION
        // HINT: D* = p_data/(p_data + p_G) and 1 − D* = p_G/(p_data + p_G); skip terms with a zero weight.
        double[] a = Rows.toDoubles(pData)[0];
        double[] b = Rows.toDoubles(pG)[0];
        double value = 0;
        for (int i = 0; i < a.length; i++) {
            double sum = a[i] + b[i];
            if (a[i] > 0) {
                value += a[i] * Math.log(a[i] / sum);
            }
            if (b[i] > 0) {
                value += b[i] * Math.log(b[i] / sum);
            }
        }
        return value;
        // END SOLUTION
    }

    @Override
    public double discriminatorLoss(INDArray realLogits, INDArray fakeLogits) {
        Shapes.in("GanObjectives.discriminatorLoss").check("realLogits", realLogits, "N", 1)
                .check("fakeLogits", fakeLogits, "M", 1);
        // BEGIN SOLUTION
        // HINT: −log σ(r) = softplus(−r) and −log(1 − σ(f)) = softplus(f); average each batch separately.
        return meanOf(Rows.toDoubles(realLogits), -1) + meanOf(Rows.toDoubles(fakeLogits), 1);
        // END SOLUTION
    }

    @Override
    public DiscriminatorGrads discriminatorLossGradient(INDArray realLogits, INDArray fakeLogits) {
        Shapes.in("GanObjectives.discriminatorLossGradient").check("realLogits", realLogits, "N", 1)
                .check("fakeLogits", fakeLogits, "M", 1);
        // BEGIN SOLUTION
        // HINT: d softplus(a)/da = σ(a); mind the chain rule's sign for softplus(−r).
        double[][] r = Rows.toDoubles(realLogits);
        double[][] f = Rows.toDoubles(fakeLogits);
        double[][] dReal = new double[r.length][1];
        double[][] dFake = new double[f.length][1];
        for (int n = 0; n < r.length; n++) {
            dReal[n][0] = -sigmoid(-r[n][0]) / r.length;
        }
        for (int m = 0; m < f.length; m++) {
            dFake[m][0] = sigmoid(f[m][0]) / f.length;
        }
        return new DiscriminatorGrads(Rows.of(dReal, realLogits.dataType()), Rows.of(dFake, realLogits.dataType()));
        // END SOLUTION
    }

    @Override
    public double generatorLossSaturating(INDArray fakeLogits) {
        Shapes.in("GanObjectives.generatorLossSaturating").check("fakeLogits", fakeLogits, "M", 1);
        // BEGIN SOLUTION
        // HINT: log(1 − σ(f)) = −softplus(f).
        return -meanOf(Rows.toDoubles(fakeLogits), 1);
        // END SOLUTION
    }

    @Override
    public INDArray generatorLossSaturatingGradient(INDArray fakeLogits) {
        Shapes.in("GanObjectives.generatorLossSaturatingGradient").check("fakeLogits", fakeLogits, "M", 1);
        // BEGIN SOLUTION
        // HINT: −σ(f)/M: tiny when f ≪ 0, which is why this loss saturates.
        double[][] f = Rows.toDoubles(fakeLogits);
        double[][] grad = new double[f.length][1];
        for (int m = 0; m < f.length; m++) {
            grad[m][0] = -sigmoid(f[m][0]) / f.length;
        }
        return Rows.of(grad, fakeLogits.dataType());
        // END SOLUTION
    }

    @Override
    public double generatorLossNonSaturating(INDArray fakeLogits) {
        Shapes.in("GanObjectives.generatorLossNonSaturating").check("fakeLogits", fakeLogits, "M", 1);
        // BEGIN SOLUTION
        // HINT: −log σ(f) = softplus(−f).
        return meanOf(Rows.toDoubles(fakeLogits), -1);
        // END SOLUTION
    }

    @Override
    public INDArray generatorLossNonSaturatingGradient(INDArray fakeLogits) {
        Shapes.in("GanObjectives.generatorLossNonSaturatingGradient").check("fakeLogits", fakeLogits, "M", 1);
        // BEGIN SOLUTION
        // HINT: (σ(f) − 1)/M = −σ(−f)/M; computing σ(−f) directly keeps it exact when σ(f) ≈ 1.
        double[][] f = Rows.toDoubles(fakeLogits);
        double[][] grad = new double[f.length][1];
        for (int m = 0; m < f.length; m++) {
            grad[m][0] = -sigmoid(-f[m][0]) / f.length;
        }
        return Rows.of(grad, fakeLogits.dataType());
        // END SOLUTION
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
        // BEGIN SOLUTION
        return Math.max(a, 0) + Math.log1p(Math.exp(-Math.abs(a)));
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
}
