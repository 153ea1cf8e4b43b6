package latentlab.tensor;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A seeded source of random arrays. All randomness in LatentLab comes from one of these
 * (or is passed in as an array), so every result is repeatable from its seed, on any
 * machine and any ND4J backend: the numbers are drawn in Java, not by the native library.
 *
 * <p>Not thread-safe; give each thread its own with {@link #split()}.
 */
public final class Rng {
    private final SplittableRandom random;
    private double spareNormal = Double.NaN;
    private float[] scratch;

    private Rng(SplittableRandom random) {
        this.random = random;
    }

    public static Rng seeded(long seed) {
        return new Rng(new SplittableRandom(seed));
    }

    /** An independent generator whose stream is fixed by this one's state. */
    public Rng split() {
        return new Rng(random.split());
    }

    public double uniform() {
        return random.nextDouble();
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    public long nextLong() {
        return random.nextLong();
    }

    /** A standard normal draw (Marsaglia's polar method). */
    public double normal() {
        if (!Double.isNaN(spareNormal)) {
            double z = spareNormal;
            spareNormal = Double.NaN;
            return z;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double factor = Math.sqrt(-2 * Math.log(s) / s);
        spareNormal = v * factor;
        return u * factor;
    }

    /** [shape] of N(0, 1) draws, in row-major order. */
    public INDArray normal(DataType dtype, long... shape) {
        double[] values = new double[checkedLength(shape)];
        for (int i = 0; i < values.length; i++) {
            values[i] = normal();
        }
        return Nd4j.create(values, shape, DataType.DOUBLE).castTo(dtype);
    }

    /**
     * Overwrites {@code out} [R, C] (float32, dense, either ordering) with N(0, 1) draws: the
     * values {@code normal(DataType.FLOAT, R, C)} would return, drawn in the same row-major
     * order, so a reused buffer gives the same numbers without allocating. Modifies {@code out}.
     */
    public void normalInto(INDArray out) {
        if (out.rank() != 2 || out.dataType() != DataType.FLOAT || !Dense.contiguous(out)) {
            throw Failure.in("Rng.normalInto").argument("out").expected("a dense float32 matrix [R, C]")
                    .got(out.dataType() + " " + java.util.Arrays.toString(out.shape()) + " with element-wise stride "
                            + out.elementWiseStride()).exception();
        }
        int rows = (int) out.size(0);
        int cols = (int) out.size(1);
        scratch = scratch != null && scratch.length >= rows * cols ? scratch : new float[rows * cols];
        boolean columnMajor = out.ordering() == 'f' && rows > 1 && cols > 1;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                scratch[columnMajor ? j * rows + i : i * cols + j] = (float) normal();
            }
        }
        Dense.write(scratch, out);
    }

    /** [shape] of U(low, high) draws, in row-major order. */
    public INDArray uniform(DataType dtype, double low, double high, long... shape) {
        double[] values = new double[checkedLength(shape)];
        for (int i = 0; i < values.length; i++) {
            values[i] = low + (high - low) * random.nextDouble();
        }
        return Nd4j.create(values, shape, DataType.DOUBLE).castTo(dtype);
    }

    /** [shape] of 0/1 draws, each 1 with probability {@code p}. */
    public INDArray bernoulli(DataType dtype, double p, long... shape) {
        if (!(p >= 0 && p <= 1)) {
            throw Failure.in("Rng.bernoulli").argument("p").expected("in [0, 1]").got(String.valueOf(p)).exception();
        }
        double[] values = new double[checkedLength(shape)];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextDouble() < p ? 1 : 0;
        }
        return Nd4j.create(values, shape, DataType.DOUBLE).castTo(dtype);
    }

    /** A uniformly random permutation of 0..n-1 (Fisher–Yates). */
    public int[] permutation(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private static int checkedLength(long[] shape) {
        long length = 1;
        for (long d : shape) {
            if (d < 0) {
                throw Failure.in("Rng").argument("shape").expected("non-negative dimensions")
                        .got(shape).exception();
            }
            length *= d;
        }
        if (length > Integer.MAX_VALUE) {
            throw Failure.in("Rng").argument("shape").expected("at most 2^31-1 elements").got(shape).exception();
        }
        return (int) length;
    }
}
