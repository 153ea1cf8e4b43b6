package latentlab.data;

import latentlab.tensor.Failure;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Discrete data from continuous data: each feature of [min, max] is cut into K equal bins and
 * replaced by its bin index,
 * <pre>
 *   k = clamp(⌊K (x − min) / (max − min)⌋, 0, K − 1)  ∈ {0, …, K − 1}
 * </pre>
 * like 8-bit pixels (K = 256 on [0, 1]). Values outside [min, max] go to the first or last bin.
 * The result is what {@code Flows.uniformDequantize} turns back into continuous data in [0, 1).
 */
public final class Quantize {
    private Quantize() {
    }

    /**
     * The bin indices of every feature of {@code data}, as integer-valued float32 [N, D], with the
     * same labels. {@code data} is not modified.
     *
     * @param min    lower end of the range (bin 0 starts here)
     * @param max    upper end of the range (bin K − 1 ends here), &gt; min
     * @param levels K ≥ 2
     */
    public static Dataset levels(Dataset data, double min, double max, int levels) {
        if (!(max > min) || !Double.isFinite(max - min)) {
            throw Failure.in("Quantize.levels").argument("range").expected("finite min < max")
                    .got("[" + min + ", " + max + "]").exception();
        }
        if (levels < 2) {
            throw Failure.in("Quantize.levels").argument("levels").expected("K >= 2").got(String.valueOf(levels))
                    .exception();
        }
        double[] v = data.x().castTo(DataType.DOUBLE).dup('c').data().asDouble();
        float[] k = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            double bin = Math.floor(levels * (v[i] - min) / (max - min));
            k[i] = (float) Math.max(0, Math.min(levels - 1, bin));
        }
        return new Dataset(Nd4j.create(k, data.x().shape(), 'c'), data.labels().dup());
    }
}
