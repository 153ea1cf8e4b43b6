package latentlab.course;

import latentlab.exercises.GanObjectives;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Grader corpus: does not compile (a missing semicolon and an undefined variable). */
public class GanObjectivesImpl implements GanObjectives {
    public INDArray optimalDiscriminator(INDArray pData, INDArray pG) {
        return pData.div(pData.add(pG))
    }
}
