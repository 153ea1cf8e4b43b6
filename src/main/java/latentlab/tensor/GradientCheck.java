package latentlab.tensor;

import java.util.function.ToDoubleFunction;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Numerical gradients by central differences, in float64:
 * {@code df/dx_i ≈ (f(x + h·e_i) - f(x - h·e_i)) / 2h}.
 *
 * <p>The function is evaluated on a float64 copy of {@code x} that this class perturbs;
 * the caller's array is never modified.
 */
public final class GradientCheck {
    /** Step size for float64 central differences: error O(h²) against round-off O(ε/h). */
    public static final double DEFAULT_STEP = 1e-5;

    private GradientCheck() {
    }

    /** The numerical gradient of scalar {@code f} at {@code x}, shape [shape of x], float64. */
    public static INDArray numerical(ToDoubleFunction<INDArray> f, INDArray x) {
        return numerical(f, x, DEFAULT_STEP);
    }

    public static INDArray numerical(ToDoubleFunction<INDArray> f, INDArray x, double step) {
        INDArray point = x.castTo(DataType.DOUBLE).dup('c');
        INDArray flat = point.reshape(point.length());
        INDArray gradient = point.ulike();
        INDArray flatGradient = gradient.reshape(gradient.length());
        for (long i = 0; i < flat.length(); i++) {
            double original = flat.getDouble(i);
            flat.putScalar(i, original + step);
            double plus = f.applyAsDouble(point);
            flat.putScalar(i, original - step);
            double minus = f.applyAsDouble(point);
            flat.putScalar(i, original);
            flatGradient.putScalar(i, (plus - minus) / (2 * step));
        }
        return gradient;
    }

    /**
     * The numerical gradient of {@code sum(upstream ⊙ f(x))} for an array-valued {@code f},
     * which is what a backward pass given {@code dOut = upstream} must return.
     */
    public static INDArray numerical(java.util.function.Function<INDArray, INDArray> f, INDArray x,
                                     INDArray upstream) {
        INDArray weights = upstream.castTo(DataType.DOUBLE);
        return numerical(point -> f.apply(point).castTo(DataType.DOUBLE).mul(weights).sumNumber().doubleValue(), x);
    }

    /**
     * The relative error {@code max|a - b| / max(max|a| + max|b|, 1e-12)}, CS231n style: below
     * about 1e-7 in float64 a gradient is right; above 1e-3 it is almost surely wrong.
     */
    public static double relError(INDArray a, INDArray b) {
        Shapes.in("GradientCheck.relError").check("a", a, shapeOf(a)).check("b", b, shapeOf(a));
        INDArray x = a.castTo(DataType.DOUBLE);
        INDArray y = b.castTo(DataType.DOUBLE);
        double diff = x.sub(y).amaxNumber().doubleValue();
        double scale = x.amaxNumber().doubleValue() + y.amaxNumber().doubleValue();
        return diff / Math.max(scale, 1e-12);
    }

    private static Object[] shapeOf(INDArray a) {
        long[] shape = a.shape();
        Object[] dims = new Object[shape.length];
        for (int i = 0; i < shape.length; i++) {
            dims[i] = shape[i];
        }
        return dims;
    }
}
