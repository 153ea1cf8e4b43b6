package latentlab.course;

import latentlab.exercises.Reconstruction;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Grader corpus: plausible mistakes in Unit 1 (mean over all entries, a sign error, no bias, global randomness, in-place ops). */
public class ReconstructionImpl implements Reconstruction {
    @Override
    public double mse(INDArray xHat, INDArray x) {
        INDArray diff = xHat.sub(x);
        return diff.mul(diff).meanNumber().doubleValue();
    }

    @Override
    public INDArray mseGradient(INDArray xHat, INDArray x) {
        return x.sub(xHat).mul(2.0 / x.rows());
    }

    @Override
    public INDArray linearForward(INDArray x, INDArray w, INDArray b) {
        return x.mmul(w);
    }

    @Override
    public LinearGrads linearBackward(INDArray dOut, INDArray x, INDArray w) {
        throw new UnsupportedOperationException("TODO: Reconstruction.linearBackward");
    }

    @Override
    public INDArray corruptGaussian(INDArray x, INDArray noise, double sigma) {
        return x.add(noise.mul(sigma)).add(Math.random() * 1e-3);
    }

    @Override
    public INDArray corruptMasking(INDArray x, INDArray mask) {
        return x.muli(mask);
    }
}
