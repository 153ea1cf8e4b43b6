package latentlab.models;

import latentlab.exercises.Exercises;
import latentlab.exercises.Flows;
import latentlab.exercises.Flows.CouplingGrads;
import latentlab.exercises.Flows.CouplingResult;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The affine coupling layer a {@link CouplingFlow} is built from, as in the Unit 6 exercises:
 * <pre>
 *   y = m ⊙ x + (1 − m) ⊙ (x ⊙ exp(s) + t),   log|det ∂y/∂x| = Σ_j (1 − m_j) s_j
 *   x = m ⊙ y + (1 − m) ⊙ (y − t) ⊙ exp(−s)
 * </pre>
 * {@link #builtIn()} is the library's fused version; {@link #of(Flows)} runs an exercise
 * implementation. x, y, s, t are [N, D], the mask [1, D]; nothing is modified.
 */
public interface FlowFunctions {

    CouplingResult forward(INDArray x, INDArray mask, INDArray s, INDArray t);

    CouplingResult inverse(INDArray y, INDArray mask, INDArray s, INDArray t);

    CouplingGrads backward(INDArray dY, INDArray dLogDet, INDArray x, INDArray mask, INDArray s);

    String describe();

    static FlowFunctions builtIn() {
        return new FusedFlowFunctions();
    }

    static FlowFunctions reference() {
        return of(Exercises.reference(Flows.class), "reference");
    }

    static FlowFunctions student() {
        return of(Exercises.student(Flows.class), "student");
    }

    static FlowFunctions of(Flows flows, String name) {
        return new FlowFunctions() {
            @Override
            public CouplingResult forward(INDArray x, INDArray mask, INDArray s, INDArray t) {
                return flows.affineCouplingForward(x, mask, s, t);
            }

            @Override
            public CouplingResult inverse(INDArray y, INDArray mask, INDArray s, INDArray t) {
                return flows.affineCouplingInverse(y, mask, s, t);
            }

            @Override
            public CouplingGrads backward(INDArray dY, INDArray dLogDet, INDArray x, INDArray mask, INDArray s) {
                return flows.affineCouplingBackward(dY, dLogDet, x, mask, s);
            }

            @Override
            public String describe() {
                return name;
            }
        };
    }
}
