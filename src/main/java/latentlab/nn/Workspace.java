package latentlab.nn;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A layer's own output buffers, allocated on first use and reused while the shape stays
 * the same, so steady-state training allocates nothing. One buffer per name and shape, so
 * a smaller last batch gets its own buffers rather than reallocating every epoch.
 */
final class Workspace {
    private final Map<String, INDArray> arrays = new HashMap<>();

    /** An uninitialised array named {@code name} of {@code shape}, reused across calls. */
    INDArray get(String name, DataType dtype, char order, long... shape) {
        String key = name + Arrays.toString(shape) + dtype + order;
        INDArray array = arrays.get(key);
        if (array == null) {
            array = Nd4j.createUninitialized(dtype, shape, order);
            arrays.put(key, array);
        }
        return array;
    }

    /** A buffer with the shape, dtype and ordering of {@code template}. */
    INDArray like(String name, INDArray template) {
        char order = template.rank() < 2 || template.isVector() ? 'f' : template.ordering();
        return get(name, template.dataType(), order, template.shape());
    }
}
