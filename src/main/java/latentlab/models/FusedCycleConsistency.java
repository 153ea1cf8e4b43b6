package latentlab.models;

import latentlab.exercises.CycleConsistency;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The built-in cycle-consistency loss (1/N)Σ‖F(G(x)) − x‖₁ + (1/M)Σ‖G(F(y)) − y‖₁ and its subgradient. */
final class FusedCycleConsistency implements CycleConsistency {

    @Override
    public double cycleConsistencyLoss(INDArray x, INDArray xCycled, INDArray y, INDArray yCycled) {
        return l1(x, xCycled) + l1(y, yCycled);
    }

    @Override
    public CycleGrads cycleConsistencyGradient(INDArray x, INDArray xCycled, INDArray y, INDArray yCycled) {
        return new CycleGrads(sign(x, xCycled), sign(y, yCycled));
    }

    private static double l1(INDArray a, INDArray cycled) {
        float[] u = values(a);
        float[] v = values(cycled);
        double sum = 0;
        for (int i = 0; i < u.length; i++) {
            sum += Math.abs(v[i] - u[i]);
        }
        return sum / a.rows();
    }

    private static INDArray sign(INDArray a, INDArray cycled) {
        float[] u = values(a);
        float[] v = values(cycled);
        float n = a.rows();
        for (int i = 0; i < u.length; i++) {
            v[i] = Math.signum(v[i] - u[i]) / n;
        }
        return Nd4j.create(v, a.shape(), 'c');
    }

    private static float[] values(INDArray a) {
        return a.castTo(DataType.FLOAT).dup('c').data().asFloat();
    }
}
