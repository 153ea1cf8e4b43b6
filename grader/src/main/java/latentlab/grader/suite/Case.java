package latentlab.grader.suite;

import latentlab.tensor.Rng;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The recipe of one generated test case: a seed, a batch size {@code n}, a dimension
 * {@code d} and a {@link Style}. The helpers make float64 arrays of shape [n, d] whose values
 * follow the style, so a case can be rebuilt exactly (and shrunk) from these four numbers.
 */
public record Case(long seed, int n, int d, Style style) {

    /** What kind of values a case holds. */
    public enum Style {
        /** seeded random values of ordinary size */
        ORDINARY,
        /** small values on a grid of halves, easy to compute by hand */
        SIMPLE,
        /** all zeros (and, for probabilities, rows with zero entries) */
        ZEROS,
        /** huge magnitudes: |logVar| and |logits| up to 1e4 */
        EXTREME
    }

    public Case withSize(int n, int d) {
        return new Case(seed, n, d, style);
    }

    public Case withStyle(Style style) {
        return new Case(seed, n, d, style);
    }

    /** A generator for argument number {@code index}, so arguments are independent of each other. */
    public Rng rng(int index) {
        return Rng.seeded(seed * 1_000_003L + index * 7919L + style.ordinal());
    }

    /**
     * [n, d] values: N(0, scale²) when ORDINARY, halves in [-2, 2]·scale when SIMPLE, zeros
     * when ZEROS, and ±U(0.5, 1)·extreme mixed with ordinary values when EXTREME.
     */
    public INDArray values(int index, int rows, int cols, double scale, double extreme) {
        Rng rng = rng(index);
        double[] v = new double[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = switch (style) {
                case ORDINARY -> scale * rng.normal();
                case SIMPLE -> scale * (rng.nextInt(9) - 4) / 2.0;
                case ZEROS -> 0;
                case EXTREME -> i % 2 == 0 ? (rng.uniform() < 0.5 ? -1 : 1) * extreme * (0.5 + rng.uniform() / 2)
                        : scale * rng.normal();
            };
        }
        return Nd4j.create(v, new long[] {rows, cols}, DataType.DOUBLE);
    }

    public INDArray values(int index, double scale, double extreme) {
        return values(index, n, d, scale, extreme);
    }

    /** [rows, cols] of U(low, high); SIMPLE rounds to quarters, ZEROS gives {@code low}. */
    public INDArray uniform(int index, int rows, int cols, double low, double high) {
        Rng rng = rng(index);
        double[] v = new double[rows * cols];
        for (int i = 0; i < v.length; i++) {
            double u = rng.uniform();
            v[i] = switch (style) {
                case SIMPLE -> low + (high - low) * Math.round(u * 4) / 4.0;
                case ZEROS -> low;
                default -> low + (high - low) * u;
            };
        }
        return Nd4j.create(v, new long[] {rows, cols}, DataType.DOUBLE);
    }

    /** [rows, cols] of 0/1 with P(1) = p (SIMPLE alternates, ZEROS is all 0). */
    public INDArray bits(int index, int rows, int cols, double p) {
        Rng rng = rng(index);
        double[] v = new double[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = switch (style) {
                case SIMPLE -> i % 2;
                case ZEROS -> 0;
                default -> rng.uniform() < p ? 1 : 0;
            };
        }
        return Nd4j.create(v, new long[] {rows, cols}, DataType.DOUBLE);
    }

    /**
     * [1, d] probabilities summing to 1. ZEROS puts exact zeros in about half the entries,
     * EXTREME makes some entries tiny (down to 1e-300), SIMPLE uses multiples of 1/(2d).
     */
    public INDArray probabilities(int index, int d) {
        Rng rng = rng(index);
        double[] v = new double[d];
        double total = 0;
        for (int i = 0; i < d; i++) {
            v[i] = switch (style) {
                case SIMPLE -> 1 + rng.nextInt(3);
                case ZEROS -> i == 0 || rng.uniform() < 0.5 ? 0.5 + rng.uniform() : 0;
                case EXTREME -> rng.uniform() < 0.5 ? Math.pow(10, -300 * rng.uniform()) : rng.uniform();
                case ORDINARY -> 0.05 + rng.uniform();
            };
            total += v[i];
        }
        for (int i = 0; i < d; i++) {
            v[i] /= total;
        }
        return Nd4j.create(v, new long[] {1, d}, DataType.DOUBLE);
    }

    @Override
    public String toString() {
        return style.name().toLowerCase() + " values, N=" + n + ", D=" + d + ", seed " + seed;
    }
}
