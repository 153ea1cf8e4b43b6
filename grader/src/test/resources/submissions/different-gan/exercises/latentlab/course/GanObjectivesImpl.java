package latentlab.course;

import latentlab.exercises.GanObjectives;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Grader corpus: correct, with other stable formulas than the reference (loops over doubles, log1p forms). */
public class GanObjectivesImpl implements GanObjectives {
    @Override
    public INDArray optimalDiscriminator(INDArray pData, INDArray pG) {
        double[] a = pData.toDoubleVector();
        double[] b = pG.toDoubleVector();
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] + b[i] == 0 ? 0.5 : 1 / (1 + b[i] / a[i]);
        }
        return like(d, pData);
    }

    @Override
    public double jensenShannon(INDArray p, INDArray q) {
        double[] a = p.toDoubleVector();
        double[] b = q.toDoubleVector();
        double total = 0;
        for (int i = 0; i < a.length; i++) {
            double m = 0.5 * a[i] + 0.5 * b[i];
            total += (a[i] > 0 ? a[i] * (Math.log(a[i]) - Math.log(m)) : 0) + (b[i] > 0 ? b[i] * (Math.log(b[i]) - Math.log(m)) : 0);
        }
        return total / 2;
    }

    @Override
    public double valueAtOptimum(INDArray pData, INDArray pG) {
        double[] a = pData.toDoubleVector();
        double[] b = pG.toDoubleVector();
        double total = 0;
        for (int i = 0; i < a.length; i++) {
            double s = a[i] + b[i];
            total += (a[i] > 0 ? a[i] * Math.log(a[i] / s) : 0) + (b[i] > 0 ? b[i] * Math.log(b[i] / s) : 0);
        }
        return total;
    }

    @Override
    public double discriminatorLoss(INDArray realLogits, INDArray fakeLogits) {
        return mean(realLogits, -1) + mean(fakeLogits, 1);
    }

    @Override
    public DiscriminatorGrads discriminatorLossGradient(INDArray realLogits, INDArray fakeLogits) {
        double[] r = realLogits.toDoubleVector();
        double[] f = fakeLogits.toDoubleVector();
        double[] dr = new double[r.length];
        double[] df = new double[f.length];
        for (int i = 0; i < r.length; i++) {
            dr[i] = -sigmoid(-r[i]) / r.length;
        }
        for (int i = 0; i < f.length; i++) {
            df[i] = sigmoid(f[i]) / f.length;
        }
        return new DiscriminatorGrads(like(dr, realLogits), like(df, fakeLogits));
    }

    @Override
    public double generatorLossSaturating(INDArray fakeLogits) {
        return -mean(fakeLogits, 1);
    }

    @Override
    public INDArray generatorLossSaturatingGradient(INDArray fakeLogits) {
        double[] f = fakeLogits.toDoubleVector();
        double[] g = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            g[i] = -sigmoid(f[i]) / f.length;
        }
        return like(g, fakeLogits);
    }

    @Override
    public double generatorLossNonSaturating(INDArray fakeLogits) {
        return mean(fakeLogits, -1);
    }

    @Override
    public INDArray generatorLossNonSaturatingGradient(INDArray fakeLogits) {
        double[] f = fakeLogits.toDoubleVector();
        double[] g = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            g[i] = -sigmoid(-f[i]) / f.length;
        }
        return like(g, fakeLogits);
    }

    /** mean of softplus(sign·l), with softplus(a) = log1p(exp(a)) for a ≤ 0 and a + log1p(exp(−a)) above. */
    private static double mean(INDArray logits, double sign) {
        double total = 0;
        for (double l : logits.toDoubleVector()) {
            double a = sign * l;
            total += a > 0 ? a + Math.log1p(Math.exp(-a)) : Math.log1p(Math.exp(a));
        }
        return total / logits.length();
    }

    private static double sigmoid(double a) {
        return a >= 0 ? 1 / (1 + Math.exp(-a)) : Math.exp(a) / (1 + Math.exp(a));
    }

    private static INDArray like(double[] values, INDArray shapeOf) {
        return Nd4j.create(values, shapeOf.shape(), DataType.DOUBLE).castTo(shapeOf.dataType());
    }
}
