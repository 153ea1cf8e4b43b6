package latentlab.course;

import latentlab.exercises.CycleConsistency;
import latentlab.tensor.Shapes;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Unit 5: the cycle-consistency loss and its subgradient. The spec of both methods is in
 * {@link CycleConsistency}. Work in float64 ({@link #f64}); never modify an argument.
 */
public class CycleConsistencyImpl implements CycleConsistency {

    @Override
    public double cycleConsistencyLoss(INDArray x, INDArray xCycled, INDArray y, INDArray yCycled) {
        Shapes.in("CycleConsistency.cycleConsistencyLoss").check("x", x, "N", "D").check("xCycled", xCycled, "N", "D")
                .check("y", y, "M", "E").check("yCycled", yCycled, "M", "E");
        // BEGIN SOLUTION
        // HINT: Σ|xCycled − x| / N + Σ|yCycled − y| / M: each batch is averaged over its own rows.
        double xTerm = Transforms.abs(f64(xCycled).sub(f64(x))).sumNumber().doubleValue() / x.rows();
        double yTerm = Transforms.abs(f64(yCycled).sub(f64(y))).sumNumber().doubleValue() / y.rows();
        return xTerm + yTerm;
        // END SOLUTION
    }

    @Override
    public CycleGrads cycleConsistencyGradient(INDArray x, INDArray xCycled, INDArray y, INDArray yCycled) {
        Shapes.in("CycleConsistency.cycleConsistencyGradient").check("x", x, "N", "D")
                .check("xCycled", xCycled, "N", "D").check("y", y, "M", "E").check("yCycled", yCycled, "M", "E");
        // BEGIN SOLUTION
        // HINT: d|v|/dv = sign(v), with sign(0) = 0; Transforms.sign does exactly that.
        INDArray dX = Transforms.sign(f64(xCycled).sub(f64(x))).div(x.rows());
        INDArray dY = Transforms.sign(f64(yCycled).sub(f64(y))).div(y.rows());
        return new CycleGrads(dX.castTo(x.dataType()), dY.castTo(x.dataType()));
        // END SOLUTION
    }

    /** The array in float64: the same array if it already is, else a converted copy. */
    private static INDArray f64(INDArray a) {
        return a.castTo(DataType.DOUBLE);
    }
}
