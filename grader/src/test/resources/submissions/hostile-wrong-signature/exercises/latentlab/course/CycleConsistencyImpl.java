package latentlab.course;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Grader corpus: the methods have the wrong signature and the class does not implement the interface. */
public class CycleConsistencyImpl {
    public float cycleConsistencyLoss(INDArray x, INDArray xCycled) {
        return 0f;
    }
}
