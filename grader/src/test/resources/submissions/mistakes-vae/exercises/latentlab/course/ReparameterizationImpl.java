package latentlab.course;

import latentlab.exercises.Reparameterization;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Grader corpus: plausible mistakes in Unit 3 (σ² instead of σ, a BCE that overflows). */
public class ReparameterizationImpl implements Reparameterization {
    @Override
    public INDArray reparameterize(INDArray mu, INDArray logVar, INDArray eps) {
        return mu.add(Transforms.exp(logVar).mul(eps));
    }

    @Override
    public ReparameterizeGrads reparameterizeBackward(INDArray dZ, INDArray logVar, INDArray eps) {
        throw new UnsupportedOperationException("TODO: Reparameterization.reparameterizeBackward");
    }

    @Override
    public INDArray bceWithLogits(INDArray logits, INDArray x) {
        INDArray softplus = Transforms.log(Transforms.exp(logits).add(1));
        return softplus.sub(logits.mul(x)).sum(true, 1);
    }

    @Override
    public INDArray bceWithLogitsGradient(INDArray logits, INDArray x) {
        throw new UnsupportedOperationException("TODO: Reparameterization.bceWithLogitsGradient");
    }

    @Override
    public INDArray pathwiseGradient(INDArray fPrimeAtZ) {
        throw new UnsupportedOperationException("TODO: Reparameterization.pathwiseGradient");
    }

    @Override
    public INDArray scoreFunctionGradient(INDArray fAtZ, INDArray eps, INDArray sigma) {
        throw new UnsupportedOperationException("TODO: Reparameterization.scoreFunctionGradient");
    }

    @Override
    public VaeLossResult vaeLoss(INDArray logits, INDArray x, INDArray mu, INDArray logVar, double alpha) {
        throw new UnsupportedOperationException("TODO: Reparameterization.vaeLoss");
    }
}
