package latentlab.course;

import latentlab.exercises.CycleConsistency;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Grader corpus: the loss allocates until the heap is full. */
public class CycleConsistencyImpl implements CycleConsistency {

    @Override
    public double cycleConsistencyLoss(INDArray x, INDArray xCycled, INDArray y, INDArray yCycled) {
        java.util.List<long[]> hoard = new java.util.ArrayList<>();
        while (hoard.size() >= 0) {
            hoard.add(new long[1 << 23]);
        }
        double xTerm = Transforms.abs(xCycled.castTo(DataType.DOUBLE).sub(x.castTo(DataType.DOUBLE))).sumNumber().doubleValue() / x.rows();
        double yTerm = Transforms.abs(yCycled.castTo(DataType.DOUBLE).sub(y.castTo(DataType.DOUBLE))).sumNumber().doubleValue() / y.rows();
        return xTerm + yTerm;
    }

    @Override
    public CycleGrads cycleConsistencyGradient(INDArray x, INDArray xCycled, INDArray y, INDArray yCycled) {
        INDArray dX = Transforms.sign(xCycled.castTo(DataType.DOUBLE).sub(x.castTo(DataType.DOUBLE))).div(x.rows());
        INDArray dY = Transforms.sign(yCycled.castTo(DataType.DOUBLE).sub(y.castTo(DataType.DOUBLE))).div(y.rows());
        return new CycleGrads(dX, dY);
    }
}
