package latentlab.course;

import latentlab.exercises.CycleConsistency;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Grader corpus: the loss writes a file outside its sandbox folder (and one inside, which is allowed). */
public class CycleConsistencyImpl implements CycleConsistency {

    @Override
    public double cycleConsistencyLoss(INDArray x, INDArray xCycled, INDArray y, INDArray yCycled) {
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("scratch.txt"), "inside the sandbox is fine");
            java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "latentlab-hostile-write.txt"), "escaped");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
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
