package latentlab.loss;

import latentlab.tensor.Failure;
import latentlab.tensor.Shapes;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Squared error {@code ℓ = (pred - target)²}, reduced by a {@link Reduction}:
 * {@code L = Σ ℓ / c} and {@code dL/dpred = 2 (pred - target) / c}, where c is the
 * reduction's divisor. pred and target are [N, D]. Modifies neither; allocates the gradient.
 */
public final class Mse {
    private final Reduction reduction;

    public Mse(Reduction reduction) {
        this.reduction = reduction;
    }

    /** Mean over all elements, the usual "MSE". */
    public Mse() {
        this(Reduction.MEAN);
    }

    public Loss compute(INDArray pred, INDArray target) {
        Shapes.in("Mse.compute").check("pred", pred, "N", "D").check("target", target, "N", "D")
                .checkFloating("pred", pred);
        if (pred.dataType() != target.dataType()) {
            throw Failure.in("Mse.compute").argument("target").expected(pred.dataType() + ", like pred")
                    .got(target.dataType().toString()).exception();
        }
        double c = reduction.divisor(pred);
        INDArray diff = pred.sub(target);
        double sum = diff.castTo(DataType.DOUBLE).norm2Number().doubleValue();
        return new Loss(sum * sum / c, diff.muli(2.0 / c));
    }
}
