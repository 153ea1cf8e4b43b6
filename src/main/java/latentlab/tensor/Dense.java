package latentlab.tensor;

import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Direct access to the float32 elements of dense arrays, for fused element-wise loops in
 * plain Java. ND4J's transcendental ops cost a few ns per element and each op is a native
 * call, so a loop that does several steps at once (an activation and its derivative, Adam's
 * whole update) is much faster written here.
 *
 * <p>An array is <em>dense</em> when it is float32 and its elements are one contiguous run
 * (element-wise stride 1), including contiguous views such as a column block of an 'f' array.
 * Element-wise loops over several arrays also need the same ordering, see {@link #sameLayout}.
 */
public final class Dense {
    private Dense() {
    }

    /** True when every array is float32, contiguous, and all share one memory layout. */
    public static boolean sameLayout(INDArray... arrays) {
        INDArray first = arrays[0];
        for (INDArray a : arrays) {
            if (a.dataType() != DataType.FLOAT || !contiguous(a) || !java.util.Arrays.equals(a.shape(), first.shape())) {
                return false;
            }
            if (a.ordering() != first.ordering() && !a.isVector() && a.rank() > 1) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code a}'s elements form one contiguous run in its own ordering. */
    public static boolean contiguous(INDArray a) {
        return a.length() <= 1 || a.elementWiseStride() == 1;
    }

    /**
     * A view of {@code a}'s elements in its ordering: index 0 is {@code a}'s first element.
     * Writes go to {@code a}. Only for arrays that are float32 and {@link #contiguous}.
     */
    public static FloatBuffer floats(INDArray a) {
        if (a.dataType() != DataType.FLOAT || !contiguous(a)) {
            throw Failure.in("Dense.floats").argument("a").expected("a contiguous float32 array")
                    .got(a.dataType() + " with element-wise stride " + a.elementWiseStride()).exception();
        }
        FloatBuffer all = a.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer();
        all.position((int) a.offset());
        return all.slice();
    }

    /**
     * Copies {@code a}'s elements (in its ordering) into {@code scratch}, or into a new array
     * if {@code scratch} is null or too short, and returns the array used. A bulk copy costs
     * about 0.2 ns per element, and loops over a {@code float[]} are vectorised by the JIT
     * where loops over a buffer are not, so a loop reads, computes and {@link #write}s back.
     */
    public static float[] read(INDArray a, float[] scratch) {
        int n = (int) a.length();
        float[] values = scratch != null && scratch.length >= n ? scratch : new float[n];
        floats(a).get(0, values, 0, n);
        return values;
    }

    /** Copies the first {@code a.length()} values into {@code a}, in its ordering. Modifies {@code a}. */
    public static void write(float[] values, INDArray a) {
        floats(a).put(0, values, 0, (int) a.length());
    }

    /** A new uninitialised float32 array of {@code shape} in 'f' (column-major) order, the layout BLAS prefers. */
    public static INDArray columnMajor(DataType dtype, long... shape) {
        return Nd4j.createUninitialized(dtype, shape, 'f');
    }
}
