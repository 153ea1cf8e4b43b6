package latentlab.nn;

import java.util.Arrays;
import java.util.List;
import latentlab.tensor.Backend;
import latentlab.tensor.Dense;
import latentlab.tensor.Gemm;
import latentlab.tensor.Rng;
import latentlab.tensor.Shapes;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A fully connected layer, {@code out = x·w + b}:
 * <ul>
 *   <li>x [N, D] (input), w [D, H], b [1, H], out [N, H];</li>
 *   <li>backward: {@code dx = dOut·wᵀ} [N, D], {@code dw = xᵀ·dOut} [D, H],
 *       {@code db = Σ_n dOut[n]} [1, H].</li>
 * </ul>
 *
 * <p>Two ways to use it. The static pair {@link #affineForward} / {@link #affineBackward}
 * is the plain textbook version on arrays you pass in (any floating dtype; it allocates
 * its results). A {@code Linear} instance owns its parameters and buffers, computes the
 * same thing with BLAS GEMM into preallocated column-major buffers, and is what models
 * train with. See {@link Layer} for the buffer and mutation contract.
 */
public final class Linear implements Layer<Linear.Cache> {

    /** What backward needs: the input x [N, D] and the weight w [D, H]. */
    public record Cache(INDArray x, INDArray w) {
    }

    /** All three gradients of the static pair: dx [N, D], dw [D, H], db [1, H]. */
    public record Gradients(INDArray dx, INDArray dw, INDArray db) {
    }

    private final Parameter weight;
    private final Parameter bias;
    private final Workspace buffers = new Workspace();
    private float[] rowScratch;
    private float[] columnScratch;

    private Linear(INDArray w, INDArray b) {
        Backend.configure();
        this.weight = Parameter.of("w", w.dup('f'));
        this.bias = Parameter.of("b", b.dup('f'));
    }

    /** A float32 layer D → H with weights from {@code init} and zero bias. */
    public static Linear create(long inputs, long outputs, Init init, Rng rng) {
        return create(inputs, outputs, init, rng, DataType.FLOAT);
    }

    public static Linear create(long inputs, long outputs, Init init, Rng rng, DataType dtype) {
        return new Linear(init.weights(rng, inputs, outputs, dtype), Nd4j.zeros(dtype, 1, outputs));
    }

    /** A layer holding copies of {@code w} [D, H] and {@code b} [1, H]. */
    public static Linear of(INDArray w, INDArray b) {
        Shapes.in("Linear.of").check("w", w, "D", "H").check("b", b, 1, "H").checkFloating("w", w);
        return new Linear(w, b.castTo(w.dataType()));
    }

    /** Textbook forward: returns {@code x·w + b} [N, H] and the cache. Allocates; modifies nothing. */
    public static Forward<Cache> affineForward(INDArray x, INDArray w, INDArray b) {
        checkForward("Linear.affineForward", x, w, b);
        return new Forward<>(x.mmul(w).addRowVector(b), new Cache(x, w));
    }

    /** Textbook backward: dx, dw, db for upstream {@code dOut} [N, H]. Allocates; modifies nothing. */
    public static Gradients affineBackward(INDArray dOut, Cache cache) {
        Shapes.in("Linear.affineBackward").check("x", cache.x(), "N", "D").check("w", cache.w(), "D", "H")
                .check("dOut", dOut, "N", "H");
        INDArray dx = dOut.mmul(cache.w().transpose());
        INDArray dw = cache.x().transpose().mmul(dOut);
        INDArray db = dOut.sum(true, 0);
        return new Gradients(dx, dw, db);
    }

    /** {@code x·w + b} [N, H] into this layer's buffer. */
    @Override
    public Forward<Cache> forward(INDArray x) {
        INDArray w = weight.value();
        checkForward("Linear.forward", x, w, bias.value());
        INDArray out = buffers.get("out", w.dataType(), 'f', x.size(0), w.size(1));
        fillRowsWithBias(out);
        Gemm.multiply(x, false, w, false, out, 1.0, 1.0);
        return new Forward<>(out, new Cache(x, w));
    }

    /** Sets dw, db and returns {@code dx = dOut·wᵀ} [N, D] in this layer's buffer. */
    @Override
    public INDArray backward(INDArray dOut, Cache cache) {
        backwardParameters(dOut, cache);
        return inputGradient(dOut, cache);
    }

    /** {@code dx = dOut·wᵀ} [N, D] in this layer's buffer; dw and db are left as they were. */
    @Override
    public INDArray backwardInput(INDArray dOut, Cache cache) {
        Shapes.in("Linear.backwardInput").check("x", cache.x(), "N", "D").check("w", cache.w(), "D", "H")
                .check("dOut", dOut, "N", "H");
        return inputGradient(dOut, cache);
    }

    private INDArray inputGradient(INDArray dOut, Cache cache) {
        INDArray x = cache.x();
        INDArray dx = buffers.get("dx", x.dataType(), 'f', x.shape());
        Gemm.multiply(dOut, false, cache.w(), true, dx, 1.0, 0.0);
        return dx;
    }

    /** Sets {@code dw = xᵀ·dOut} and {@code db = Σ_n dOut[n]} only. */
    @Override
    public void backwardParameters(INDArray dOut, Cache cache) {
        Shapes.in("Linear.backward").check("x", cache.x(), "N", "D").check("w", cache.w(), "D", "H")
                .check("dOut", dOut, "N", "H");
        Gemm.multiply(cache.x(), true, dOut, false, weight.grad(), 1.0, 0.0);
        sumRowsInto(dOut, bias.grad());
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(weight, bias);
    }

    /** The weight w [D, H] (this layer's own array: changing it changes the layer). */
    public INDArray weight() {
        return weight.value();
    }

    /** The bias b [1, H] (this layer's own array). */
    public INDArray bias() {
        return bias.value();
    }

    @Override
    public String describe() {
        return "Linear(" + weight.value().size(0) + " -> " + weight.value().size(1) + ")";
    }

    private static void checkForward(String operation, INDArray x, INDArray w, INDArray b) {
        Shapes.in(operation).hint("flatten images to rows first, one sample per row")
                .check("x", x, "N", "D").check("w", w, "D", "H").check("b", b, 1, "H").checkFloating("x", x);
        if (x.dataType() != w.dataType()) {
            throw latentlab.tensor.Failure.in(operation).argument("x").expected(w.dataType() + ", like w")
                    .got(x.dataType().toString()).hint("cast with x.castTo(DataType." + w.dataType() + ")")
                    .exception();
        }
    }

    /** out[n, :] = b for every row n, so that GEMM with beta = 1 adds x·w on top. */
    private void fillRowsWithBias(INDArray out) {
        INDArray b = bias.value();
        if (!Dense.sameLayout(out) || out.ordering() != 'f' || b.dataType() != DataType.FLOAT) {
            out.assign(0).addiRowVector(b);
            return;
        }
        int rows = (int) out.size(0);
        int cols = (int) out.size(1);
        rowScratch = Dense.read(b, rowScratch);
        columnScratch = columnScratch != null && columnScratch.length >= out.length() ? columnScratch
                : new float[(int) out.length()];
        for (int j = 0; j < cols; j++) {
            Arrays.fill(columnScratch, j * rows, (j + 1) * rows, rowScratch[j]);
        }
        Dense.write(columnScratch, out);
    }

    /** db[0, j] = Σ_n dOut[n, j]. */
    private void sumRowsInto(INDArray dOut, INDArray db) {
        if (!Dense.sameLayout(dOut) || dOut.ordering() != 'f' || db.dataType() != DataType.FLOAT) {
            db.assign(dOut.sum(true, 0).castTo(db.dataType()));
            return;
        }
        int rows = (int) dOut.size(0);
        int cols = (int) dOut.size(1);
        columnScratch = Dense.read(dOut, columnScratch);
        rowScratch = rowScratch != null && rowScratch.length >= cols ? rowScratch : new float[cols];
        for (int j = 0; j < cols; j++) {
            rowScratch[j] = (float) columnSum(columnScratch, j * rows, rows);
        }
        Dense.write(rowScratch, db);
    }

    /** Σ values[start .. start + n), in four interleaved double sums (faster than one, as exact). */
    private static double columnSum(float[] values, int start, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = start;
        int end = start + n;
        for (; i + 3 < end; i += 4) {
            s0 += values[i];
            s1 += values[i + 1];
            s2 += values[i + 2];
            s3 += values[i + 3];
        }
        for (; i < end; i++) {
            s0 += values[i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
