// Generated from the reference by latentlab.grader.Assign. Replace each TODO throw with your code;
// the spec of every method is in the interface's Javadoc.
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
        // HINT: Σ|xCycled − x| / N + Σ|yCycled − y| / M: each batch is averaged over its own rows.
        throw new UnsupportedOperationException("TODO: CycleConsistency.cycleConsistencyLoss");
    }

    @Override
    public CycleGrads cycleConsistencyGradient(INDArray x, INDArray xCycled, INDArray y, INDArray yCycled) {
        Shapes.in("CycleConsistency.cycleConsistencyGradient").check("x", x, "N", "D")
                .check("xCycled", xCycled, "N", "D").check("y", y, "M", "E").check("yCycled", yCycled, "M", "E");
        // HINT: d|v|/dv = sign(v), with sign(0) = 0; Transforms.sign does exactly that.
        throw new UnsupportedOperationException("TODO: CycleConsistency.cycleConsistencyGradient");
    }

    /** The array in float64: the same array if it already is, else a converted copy. */
    private static INDArray f64(INDArray a) {
        return a.castTo(DataType.DOUBLE);
    }
}
