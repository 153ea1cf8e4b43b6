package latentlab.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import latentlab.nn.Layer;
import latentlab.nn.Parameter;
import latentlab.tensor.Dense;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Plumbing shared by the models: naming parameters for checkpoints, and small fused loops. */
final class Networks {
    private Networks() {
    }

    /**
     * The parameters of {@code net} by name, e.g. {@code encoder.0.w}, {@code encoder.0.b},
     * {@code encoder.1.w}: the model's own arrays (restoring writes into them).
     */
    static Map<String, INDArray> named(String prefix, Layer<?> net) {
        Map<String, INDArray> named = new LinkedHashMap<>();
        List<Parameter> parameters = net.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            named.put(prefix + "." + (i / 2) + "." + p.name(), p.value());
        }
        return named;
    }

    /** All parameters of several networks, in order. */
    static List<Parameter> parameters(Layer<?>... nets) {
        List<Parameter> all = new ArrayList<>();
        for (Layer<?> net : nets) {
            all.addAll(net.parameters());
        }
        return all;
    }

    /** σ(x) element-wise into a new float32 'c' array; x is not modified. */
    static INDArray sigmoid(INDArray x) {
        INDArray in = x.castTo(DataType.FLOAT).dup('c');
        float[] v = in.data().asFloat();
        for (int i = 0; i < v.length; i++) {
            float s = v[i];
            v[i] = s >= 0 ? 1f / (1f + (float) Math.exp(-s)) : (float) (Math.exp(s) / (1 + Math.exp(s)));
        }
        return Nd4j.create(v, x.shape(), 'c');
    }

    /** A float32 'c' copy (for results handed to users, which must outlive layer buffers). */
    static INDArray copy(INDArray x) {
        return x.castTo(DataType.FLOAT).dup('c');
    }

    /** True if a and b are dense float32 arrays of one layout, so fused loops can run on their buffers. */
    static boolean fusable(INDArray... arrays) {
        return Dense.sameLayout(arrays);
    }
}
