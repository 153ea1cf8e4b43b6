package latentlab.course;

import latentlab.exercises.Divergences;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Grader corpus: plausible mistakes in Unit 2 (a missing ½, p and q swapped, an unstable log-mean-exp). */
public class DivergencesImpl implements Divergences {
    @Override
    public double klGaussians(double mu1, double sigma1, double mu2, double sigma2) {
        throw new UnsupportedOperationException("TODO: Divergences.klGaussians");
    }

    @Override
    public INDArray klToStandardNormal(INDArray mu, INDArray logVar) {
        return Transforms.exp(logVar).add(mu.mul(mu)).sub(1).sub(logVar).sum(true, 1);
    }

    @Override
    public KlGrads klToStandardNormalGradient(INDArray mu, INDArray logVar) {
        return new KlGrads(mu.dup(), Transforms.exp(logVar).sub(1).mul(0.5));
    }

    @Override
    public double klDiscrete(INDArray p, INDArray q) {
        double kl = 0;
        for (int i = 0; i < p.length(); i++) {
            double pi = p.getDouble(i);
            double qi = q.getDouble(i);
            kl += qi == 0 ? 0 : qi * Math.log(qi / pi);
        }
        return kl;
    }

    @Override
    public INDArray logNormal(INDArray x, INDArray mu, INDArray logVar) {
        throw new UnsupportedOperationException("TODO: Divergences.logNormal");
    }

    @Override
    public INDArray logMeanExp(INDArray logWeights) {
        return Transforms.log(Transforms.exp(logWeights).mean(true, 1));
    }

    @Override
    public INDArray elboEstimate(INDArray logPxGivenZ, INDArray logPz, INDArray logQz) {
        throw new UnsupportedOperationException("TODO: Divergences.elboEstimate");
    }

    @Override
    public INDArray importanceSampledLogLikelihood(INDArray logPxGivenZ, INDArray logPz, INDArray logQz) {
        throw new UnsupportedOperationException("TODO: Divergences.importanceSampledLogLikelihood");
    }
}
