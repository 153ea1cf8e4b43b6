package latentlab.course;

import latentlab.exercises.GanObjectives;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Grader corpus: plausible mistakes in Unit 4 (p_G/(p_data + p_G), the saturating loss for the non-saturating one, log σ that underflows). */
public class GanObjectivesImpl implements GanObjectives {
    @Override
    public INDArray optimalDiscriminator(INDArray pData, INDArray pG) {
        return pG.div(pData.add(pG));
    }

    @Override
    public double jensenShannon(INDArray p, INDArray q) {
        throw new UnsupportedOperationException("TODO: GanObjectives.jensenShannon");
    }

    @Override
    public double valueAtOptimum(INDArray pData, INDArray pG) {
        throw new UnsupportedOperationException("TODO: GanObjectives.valueAtOptimum");
    }

    @Override
    public double discriminatorLoss(INDArray realLogits, INDArray fakeLogits) {
        double real = -Transforms.log(Transforms.sigmoid(realLogits)).meanNumber().doubleValue();
        double fake = -Transforms.log(Transforms.sigmoid(fakeLogits).rsub(1)).meanNumber().doubleValue();
        return real + fake;
    }

    @Override
    public DiscriminatorGrads discriminatorLossGradient(INDArray realLogits, INDArray fakeLogits) {
        throw new UnsupportedOperationException("TODO: GanObjectives.discriminatorLossGradient");
    }

    @Override
    public double generatorLossSaturating(INDArray fakeLogits) {
        throw new UnsupportedOperationException("TODO: GanObjectives.generatorLossSaturating");
    }

    @Override
    public INDArray generatorLossSaturatingGradient(INDArray fakeLogits) {
        throw new UnsupportedOperationException("TODO: GanObjectives.generatorLossSaturatingGradient");
    }

    @Override
    public double generatorLossNonSaturating(INDArray fakeLogits) {
        return Transforms.log(Transforms.sigmoid(fakeLogits).rsub(1)).meanNumber().doubleValue();
    }

    @Override
    public INDArray generatorLossNonSaturatingGradient(INDArray fakeLogits) {
        throw new UnsupportedOperationException("TODO: GanObjectives.generatorLossNonSaturatingGradient");
    }
}
