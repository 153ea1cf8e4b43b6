// Generated from the reference by latentlab.grader.Assign. Replace each TODO throw with your code;
// the spec of every method is in the interface's Javadoc.
package latentlab.course;

import latentlab.exercises.Flows;
import latentlab.tensor.Failure;
import latentlab.tensor.Shapes;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Unit 6: the affine coupling layer and uniform dequantization. The spec of every method is in
 * {@link Flows}. Work in float64 ({@link #f64}); never modify an argument.
 */
public class FlowsImpl implements Flows {

    @Override
    public CouplingResult affineCouplingForward(INDArray x, INDArray mask, INDArray s, INDArray t) {
        Shapes.in("Flows.affineCouplingForward").check("x", x, "N", "D").check("mask", mask, 1, "D")
                .check("s", s, "N", "D").check("t", t, "N", "D");
        // HINT: mask the scales and shifts first (s ⊙ (1 − m)): then exp(s) is 1 on the pass-through features.
        throw new UnsupportedOperationException("TODO: Flows.affineCouplingForward");
    }

    @Override
    public CouplingResult affineCouplingInverse(INDArray y, INDArray mask, INDArray s, INDArray t) {
        Shapes.in("Flows.affineCouplingInverse").check("y", y, "N", "D").check("mask", mask, 1, "D")
                .check("s", s, "N", "D").check("t", t, "N", "D");
        // HINT: undo the shift, then the scale: (y − t)·exp(−s) on the transformed features only.
        throw new UnsupportedOperationException("TODO: Flows.affineCouplingInverse");
    }

    @Override
    public CouplingGrads affineCouplingBackward(INDArray dY, INDArray dLogDet, INDArray x, INDArray mask,
            INDArray s) {
        Shapes.in("Flows.affineCouplingBackward").check("dY", dY, "N", "D").check("dLogDet", dLogDet, "N", 1)
                .check("x", x, "N", "D").check("mask", mask, 1, "D").check("s", s, "N", "D");
        // HINT: y_j = x_j e^{s_j} + t_j on transformed features, so ∂y/∂x = e^s, ∂y/∂s = x e^s, ∂y/∂t = 1.
        // HINT: logDet = Σ_j (1 − m_j) s_j, so each dS_j also gets dLogDet of its row.
        throw new UnsupportedOperationException("TODO: Flows.affineCouplingBackward");
    }

    @Override
    public INDArray uniformDequantize(INDArray x, INDArray u, int levels) {
        Shapes.in("Flows.uniformDequantize").check("x", x, "N", "D").check("u", u, "N", "D");
        if (levels < 1) {
            throw Failure.in("Flows.uniformDequantize").argument("levels").expected("K >= 1")
                    .got(String.valueOf(levels)).exception();
        }
        // HINT: (x + u)/K maps level k to the interval [k/K, (k+1)/K).
        throw new UnsupportedOperationException("TODO: Flows.uniformDequantize");
    }

    /** The array in float64: the same array if it already is, else a converted copy. */
    private static INDArray f64(INDArray a) {
        return a.castTo(DataType.DOUBLE);
    }
}
