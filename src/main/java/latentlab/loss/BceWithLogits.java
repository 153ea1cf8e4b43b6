package latentlab.loss;

import latentlab.tensor.Dense;
import latentlab.tensor.FastMath;
import latentlab.tensor.Failure;
import latentlab.tensor.Shapes;
import latentlab.tensor.StableMath;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Binary cross-entropy of targets y ∈ [0, 1] under Bernoulli probabilities σ(s), taken
 * from the logits s directly so that it never computes log 0:
 *
 * <pre>
 * ℓ = -y log σ(s) - (1 - y) log(1 - σ(s)) = softplus(s) - y·s
 * dℓ/ds = σ(s) - y
 * softplus(s) = max(s, 0) + log(1 + e^-|s|)
 * </pre>
 *
 * Finite and accurate for any finite logit (tested to |s| = 1e4). Logits and targets are
 * [N, D]; neither is modified. The gradient is written to a buffer this object owns and
 * reuses (valid until the next {@code compute}); {@code dup()} it to keep it.
 */
public final class BceWithLogits {
    private final Reduction reduction;
    private INDArray gradient;
    private float[] logitValues;
    private float[] targetValues;
    private float[] expValues;
    private float[] scratch;

    public BceWithLogits(Reduction reduction) {
        this.reduction = reduction;
    }

    /** Summed over pixels, averaged over the batch: the reconstruction term of a Bernoulli VAE. */
    public BceWithLogits() {
        this(Reduction.SUM_OVER_FEATURES);
    }

    public Loss compute(INDArray logits, INDArray targets) {
        Shapes.in("BceWithLogits.compute").check("logits", logits, "N", "D").check("targets", targets, "N", "D")
                .checkFloating("logits", logits);
        if (logits.dataType() != targets.dataType()) {
            throw Failure.in("BceWithLogits.compute").argument("targets").expected(logits.dataType() + ", like logits")
                    .got(targets.dataType().toString()).hint("cast with targets.castTo(logits.dataType())").exception();
        }
        double c = reduction.divisor(logits);
        if (Dense.sameLayout(logits, targets)) {
            INDArray grad = gradientBufferLike(logits);
            logitValues = Dense.read(logits, logitValues);
            targetValues = Dense.read(targets, targetValues);
            double sum = fusedFloat(logitValues, targetValues, (int) logits.length(), (float) (1 / c));
            Dense.write(logitValues, grad);
            return new Loss(sum / c, grad);
        }
        return exact(logits, targets, c);
    }

    /**
     * Per element: accumulates softplus(s) - y·s and replaces s by (σ(s) - y)·scale. Sums
     * in float within blocks of 256 and in double across blocks. The element-wise work is in
     * branch-free loops the JIT vectorises; only the (ordered) sum is a plain loop.
     */
    private double fusedFloat(float[] logitsThenGradient, float[] y, int n, float scale) {
        float[] s = logitsThenGradient;
        expValues = expValues != null && expValues.length >= n ? expValues : new float[n];
        scratch = scratch != null && scratch.length >= n ? scratch : new float[n];
        float[] e = expValues;
        for (int i = 0; i < n; i++) {
            e[i] = -Math.abs(s[i]);
        }
        FastMath.exp(e, e, scratch, n);
        float[] terms = scratch;
        for (int i = 0; i < n; i++) {
            terms[i] = Math.max(s[i], 0f) + FastMath.log1pUnit(e[i]) - y[i] * s[i];
        }
        double sum = 0;
        for (int start = 0; start < n; start += 256) {
            int end = Math.min(n, start + 256);
            float block = 0;
            for (int i = start; i < end; i++) {
                block += terms[i];
            }
            sum += block;
        }
        for (int i = 0; i < n; i++) {
            // σ(s) = 1/(1 + e) for s ≥ 0, e/(1 + e) below: see Sigmoid's loop for the numerator
            float numerator = Math.max(e[i], Math.min(1f, Math.max(0f, s[i] * 0x1p100f)));
            s[i] = (numerator / (1f + e[i]) - y[i]) * scale;
        }
        return sum;
    }

    /** Any dtype, in float64 with {@link StableMath}; allocates the gradient. */
    private static Loss exact(INDArray logits, INDArray targets, double c) {
        double[] s = logits.castTo(DataType.DOUBLE).dup('c').data().asDouble();
        double[] y = targets.castTo(DataType.DOUBLE).dup('c').data().asDouble();
        double[] g = new double[s.length];
        double sum = 0;
        for (int i = 0; i < s.length; i++) {
            sum += StableMath.softplus(s[i]) - y[i] * s[i];
            g[i] = (StableMath.sigmoid(s[i]) - y[i]) / c;
        }
        INDArray gradient = Nd4j.create(g, logits.shape(), 'c').castTo(logits.dataType());
        return new Loss(sum / c, gradient);
    }

    private INDArray gradientBufferLike(INDArray logits) {
        char order = logits.isVector() ? 'f' : logits.ordering();
        if (gradient == null || !java.util.Arrays.equals(gradient.shape(), logits.shape())
                || gradient.ordering() != order) {
            gradient = Nd4j.createUninitialized(DataType.FLOAT, logits.shape(), order);
        }
        return gradient;
    }
}
