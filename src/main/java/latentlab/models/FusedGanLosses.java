package latentlab.models;

import latentlab.exercises.GanObjectives.DiscriminatorGrads;
import latentlab.tensor.Dense;
import latentlab.tensor.StableMath;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** {@link GanLosses#builtIn()}: the losses as plain loops over the logits, summed in double. */
final class FusedGanLosses implements GanLosses {

    @Override
    public double discriminatorLoss(INDArray realLogits, INDArray fakeLogits) {
        double real = 0;
        for (float r : values(realLogits)) {
            real += StableMath.softplus(-r);
        }
        double fake = 0;
        for (float f : values(fakeLogits)) {
            fake += StableMath.softplus(f);
        }
        return real / realLogits.rows() + fake / fakeLogits.rows();
    }

    @Override
    public DiscriminatorGrads discriminatorLossGradient(INDArray realLogits, INDArray fakeLogits) {
        float[] r = values(realLogits);
        float[] f = values(fakeLogits);
        for (int i = 0; i < r.length; i++) {
            r[i] = (float) ((StableMath.sigmoid(r[i]) - 1) / r.length);
        }
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) (StableMath.sigmoid(f[i]) / f.length);
        }
        return new DiscriminatorGrads(column(r), column(f));
    }

    @Override
    public double generatorLoss(INDArray fakeLogits, GanConfig.GeneratorLoss kind) {
        double sum = 0;
        for (float f : values(fakeLogits)) {
            sum += kind == GanConfig.GeneratorLoss.SATURATING ? -StableMath.softplus(f) : StableMath.softplus(-f);
        }
        return sum / fakeLogits.rows();
    }

    @Override
    public INDArray generatorLossGradient(INDArray fakeLogits, GanConfig.GeneratorLoss kind) {
        float[] f = values(fakeLogits);
        for (int i = 0; i < f.length; i++) {
            double s = StableMath.sigmoid(f[i]);
            f[i] = (float) ((kind == GanConfig.GeneratorLoss.SATURATING ? -s : s - 1) / f.length);
        }
        return column(f);
    }

    @Override
    public String describe() {
        return "built-in";
    }

    /** A copy of the logits [N, 1] as floats (a column, so either ordering gives the same order). */
    private static float[] values(INDArray a) {
        if (a.dataType() == DataType.FLOAT && a.isVector() && Dense.contiguous(a)) {
            return Dense.read(a, null);
        }
        return a.castTo(DataType.FLOAT).dup('c').data().asFloat();
    }

    private static INDArray column(float[] v) {
        return Nd4j.create(v, new long[] {v.length, 1}, 'c');
    }
}
