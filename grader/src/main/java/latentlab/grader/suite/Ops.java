package latentlab.grader.suite;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Small float64 helpers for writing known wrong variants of exercise methods in suites.
 * None modifies its arguments.
 */
final class Ops {
    private Ops() {
    }

    static INDArray a(Object arg) {
        return ((INDArray) arg).castTo(DataType.DOUBLE);
    }

    static INDArray exp(INDArray x) {
        return Transforms.exp(x, true);
    }

    static INDArray log(INDArray x) {
        return Transforms.log(x, true);
    }

    /** Row sums as [N, 1]. */
    static INDArray rowSum(INDArray x) {
        return x.sum(true, 1);
    }

    /** Row means as [N, 1]. */
    static INDArray rowMean(INDArray x) {
        return x.mean(true, 1);
    }

    static INDArray sigmoid(INDArray x) {
        return Transforms.sigmoid(x, true);
    }

    /** The naive log(1 + exp(x)), which overflows for large x. */
    static INDArray naiveSoftplus(INDArray x) {
        return log(exp(x).add(1));
    }

    static double scalar(Object value) {
        return ((Number) value).doubleValue();
    }
}
