package latentlab.nn;

import latentlab.tensor.Failure;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A trainable array and its gradient, which have the same shape, dtype and ordering.
 * Layers overwrite {@code grad} in backward; optimizers update {@code value} in place.
 *
 * @param name  e.g. {@code "w"} or {@code "b"}, for messages and checkpoints
 * @param value the parameter, e.g. a weight [D, H]
 * @param grad  {@code dL/dvalue}, same shape as {@code value}
 */
public record Parameter(String name, INDArray value, INDArray grad) {

    public Parameter {
        if (!java.util.Arrays.equals(value.shape(), grad.shape()) || value.dataType() != grad.dataType()
                || value.ordering() != grad.ordering()) {
            throw Failure.in("Parameter").argument("grad")
                    .expected("the shape, dtype and ordering of value " + java.util.Arrays.toString(value.shape())
                            + " " + value.dataType() + " '" + value.ordering() + "'")
                    .got(java.util.Arrays.toString(grad.shape()) + " " + grad.dataType() + " '" + grad.ordering() + "'")
                    .exception();
        }
    }

    /** A parameter holding {@code value} with a zero gradient of the same layout. */
    public static Parameter of(String name, INDArray value) {
        return new Parameter(name, value, value.ulike().assign(0));
    }

    public long length() {
        return value.length();
    }
}
