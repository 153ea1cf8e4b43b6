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
        // BEGIN SOLUTION
        // HINT: mask the scales and shifts first (s ⊙ (1 − m)): then exp(s) is 1 on the pass-through features.
        INDArray keep = f64(mask);
        INDArray change = keep.rsub(1.0);
        INDArray scale = f64(s).mulRowVector(change);
        INDArray shift = f64(t).mulRowVector(change);
        INDArray y = f64(x).mul(Transforms.exp(scale)).add(shift);
        INDArray logDet = scale.sum(true, 1);
        return new CouplingResult(y.castTo(x.dataType()), logDet.castTo(x.dataType()));
        // END SOLUTION
    }

    @Override
    public CouplingResult affineCouplingInverse(INDArray y, INDArray mask, INDArray s, INDArray t) {
        Shapes.in("Flows.affineCouplingInverse").check("y", y, "N", "D").check("mask", mask, 1, "D")
                .check("s", s, "N", "D").check("t", t, "N", "D");
        // BEGIN SOLUTION
        // HINT: undo the shift, then the scale: (y − t)·exp(−s) on the transformed features only.
        INDArray change = f64(mask).rsub(1.0);
        INDArray scale = f64(s).mulRowVector(change);
        INDArray shift = f64(t).mulRowVector(change);
        INDArray x = f64(y).sub(shift).mul(Transforms.exp(scale.neg()));
        INDArray logDet = scale.sum(true, 1).neg();
        return new CouplingResult(x.castTo(y.dataType()), logDet.castTo(y.dataType()));
        // END SOLUTION
    }

    @Override
    public CouplingGrads affineCouplingBackward(INDArray dY, INDArray dLogDet, INDArray x, INDArray mask,
            INDArray s) {
        Shapes.in("Flows.affineCouplingBackward").check("dY", dY, "N", "D").check("dLogDet", dLogDet, "N", 1)
                .check("x", x, "N", "D").check("mask", mask, 1, "D").check("s", s, "N", "D");
        // BEGIN SOLUTION
        // HINT: y_j = x_j e^{s_j} + t_j on transformed features, so ∂y/∂x = e^s, ∂y/∂s = x e^s, ∂y/∂t = 1.
        // HINT: logDet = Σ_j (1 − m_j) s_j, so each dS_j also gets dLogDet of its row.
        INDArray change = f64(mask).rsub(1.0);
        INDArray expScale = Transforms.exp(f64(s).mulRowVector(change));
        INDArray d = f64(dY);
        INDArray dx = d.mul(expScale);
        INDArray dS = d.mul(f64(x)).mul(expScale).addColumnVector(f64(dLogDet)).mulRowVector(change);
        INDArray dT = d.mulRowVector(change);
        DataType type = dY.dataType();
        return new CouplingGrads(dx.castTo(type), dS.castTo(type), dT.castTo(type));
        // END SOLUTION
    }

    @Override
    public INDArray uniformDequantize(INDArray x, INDArray u, int levels) {
        Shapes.in("Flows.uniformDequantize").check("x", x, "N", "D").check("u", u, "N", "D");
        if (levels < 1) {
            throw Failure.in("Flows.uniformDequantize").argument("levels").expected("K >= 1")
                    .got(String.valueOf(levels)).exception();
        }
        // BEGIN SOLUTION
        // HINT: (x + u)/K maps level k to the interval [k/K, (k+1)/K).
        return f64(x).add(f64(u)).div(levels).castTo(x.dataType());
        // END SOLUTION
    }

    /** The array in float64: the same array if it already is, else a converted copy. */
    private static INDArray f64(INDArray a) {
        return a.castTo(DataType.DOUBLE);
    }
}
