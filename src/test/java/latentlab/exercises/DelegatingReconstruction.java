package latentlab.exercises;

import org.nd4j.linalg.api.ndarray.INDArray;

/** A Reconstruction that forwards every call; tests override one method to break it. */
class DelegatingReconstruction implements Reconstruction {
    private final Reconstruction inner;

    DelegatingReconstruction(Reconstruction inner) {
        this.inner = inner;
    }

    @Override
    public double mse(INDArray xHat, INDArray x) {
        return inner.mse(xHat, x);
    }

    @Override
    public INDArray mseGradient(INDArray xHat, INDArray x) {
        return inner.mseGradient(xHat, x);
    }

    @Override
    public INDArray linearForward(INDArray x, INDArray w, INDArray b) {
        return inner.linearForward(x, w, b);
    }

    @Override
    public LinearGrads linearBackward(INDArray dOut, INDArray x, INDArray w) {
        return inner.linearBackward(dOut, x, w);
    }

    @Override
    public INDArray corruptGaussian(INDArray x, INDArray noise, double sigma) {
        return inner.corruptGaussian(x, noise, sigma);
    }

    @Override
    public INDArray corruptMasking(INDArray x, INDArray mask) {
        return inner.corruptMasking(x, mask);
    }
}
