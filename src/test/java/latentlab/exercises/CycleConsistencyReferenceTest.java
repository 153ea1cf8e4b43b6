package latentlab.exercises;

import static latentlab.exercises.Arrays64.assertClose;
import static latentlab.exercises.Arrays64.assertGradient;
import static latentlab.exercises.Arrays64.m;

import latentlab.exercises.CycleConsistency.CycleGrads;
import latentlab.tensor.GradientCheck;
import latentlab.tensor.Rng;
import latentlab.tensor.Tolerance;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class CycleConsistencyReferenceTest {
    private final CycleConsistency ref = Exercises.reference(CycleConsistency.class);
    private final Rng rng = Rng.seeded(5);

    @Test
    void lossHandComputedWithEachBatchAveragedSeparately() {
        // (0.5 + 1)/1 + (1 + 3)/2 = 3.5
        double loss = ref.cycleConsistencyLoss(m(new double[] {1, 2}), m(new double[] {1.5, 1}),
                m(new double[] {0}, new double[] {0}), m(new double[] {1}, new double[] {-3}));
        assertClose(3.5, loss, Tolerance.EXACT);
    }

    @Test
    void lossIsZeroForPerfectCycles() {
        INDArray x = rng.normal(DataType.DOUBLE, 2, 3);
        INDArray y = rng.normal(DataType.DOUBLE, 4, 2);
        assertClose(0.0, ref.cycleConsistencyLoss(x, x.dup(), y, y.dup()), Tolerance.EXACT);
    }

    @Test
    void subgradientIsSignOverBatchSizeWithSignOfZeroZero() {
        CycleGrads grads = ref.cycleConsistencyGradient(m(new double[] {1, 2, 3}), m(new double[] {1.5, 1, 3}),
                m(new double[] {0}, new double[] {0}), m(new double[] {1}, new double[] {-3}));
        assertClose(m(new double[] {1, -1, 0}), grads.dXCycled(), Tolerance.EXACT);
        assertClose(m(new double[] {0.5}, new double[] {-0.5}), grads.dYCycled(), Tolerance.EXACT);
    }

    @Test
    void subgradientMatchesNumericalGradientAwayFromZero() {
        INDArray x = rng.normal(DataType.DOUBLE, 3, 4);
        INDArray xCycled = rng.normal(DataType.DOUBLE, 3, 4);
        INDArray y = rng.normal(DataType.DOUBLE, 2, 5);
        INDArray yCycled = rng.normal(DataType.DOUBLE, 2, 5);
        CycleGrads grads = ref.cycleConsistencyGradient(x, xCycled, y, yCycled);
        assertGradient(GradientCheck.numerical(p -> ref.cycleConsistencyLoss(x, p, y, yCycled), xCycled),
                grads.dXCycled());
        assertGradient(GradientCheck.numerical(p -> ref.cycleConsistencyLoss(x, xCycled, y, p), yCycled),
                grads.dYCycled());
    }
}
