package latentlab.loss;

import latentlab.tensor.Shapes;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The negative log-likelihood of x under a diagonal Gaussian N(μ, σ²) with
 * {@code logVar = log σ²}, per element:
 *
 * <pre>
 * ℓ = ½ (log 2π + logVar + (x - μ)² e^(-logVar))
 * dℓ/dμ      = -(x - μ) e^(-logVar)
 * dℓ/dlogVar = ½ (1 - (x - μ)² e^(-logVar))
 * </pre>
 *
 * reduced by a {@link Reduction}. x, mu and logVar are [N, D]; none is modified.
 */
public final class GaussianNll {
    private static final double LOG_2PI = Math.log(2 * Math.PI);
    private final Reduction reduction;

    /**
     * @param value   the reduced loss
     * @param dMu     dL/dμ [N, D]
     * @param dLogVar dL/dlogVar [N, D]
     */
    public record Result(double value, INDArray dMu, INDArray dLogVar) {
    }

    public GaussianNll(Reduction reduction) {
        this.reduction = reduction;
    }

    /** Summed over features, averaged over the batch, as in a Gaussian decoder's ELBO term. */
    public GaussianNll() {
        this(Reduction.SUM_OVER_FEATURES);
    }

    public Result compute(INDArray x, INDArray mu, INDArray logVar) {
        Shapes.in("GaussianNll.compute").check("x", x, "N", "D").check("mu", mu, "N", "D")
                .check("logVar", logVar, "N", "D").checkFloating("mu", mu);
        DataType dtype = mu.dataType();
        double c = reduction.divisor(mu);
        INDArray diff = x.castTo(DataType.DOUBLE).sub(mu.castTo(DataType.DOUBLE));
        INDArray lv = logVar.castTo(DataType.DOUBLE);
        INDArray precision = Transforms.exp(lv.neg(), false);
        INDArray scaledSquare = diff.mul(diff).muli(precision);
        double sum = lv.sumNumber().doubleValue() + scaledSquare.sumNumber().doubleValue()
                + LOG_2PI * mu.length();
        INDArray dMu = diff.mul(precision).negi().divi(c);
        INDArray dLogVar = scaledSquare.rsub(1.0).muli(0.5 / c);
        return new Result(0.5 * sum / c, dMu.castTo(dtype), dLogVar.castTo(dtype));
    }
}
