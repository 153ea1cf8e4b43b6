package latentlab.tensor;

/**
 * A named tolerance: a value {@code got} matches {@code expected} when
 * {@code |got - expected| <= abs + rel * |expected|}. Names make test failures and grader
 * feedback say which standard was applied.
 */
public record Tolerance(String name, double abs, double rel) {

    /** Float64 reference arithmetic done a different but stable way. */
    public static final Tolerance EXACT = new Tolerance("exact (float64)", 1e-12, 1e-10);
    /** Float64 results where the order of summation or a different stable formula may differ. */
    public static final Tolerance CLOSE = new Tolerance("close (float64)", 1e-9, 1e-7);
    /** Float32 training arithmetic. */
    public static final Tolerance FLOAT32 = new Tolerance("float32", 1e-5, 1e-4);
    /** Finite-difference gradient checks in float64. */
    public static final Tolerance GRADIENT_CHECK = new Tolerance("finite differences", 1e-6, 1e-5);

    public Tolerance {
        if (!(abs >= 0) || !(rel >= 0)) {
            throw Failure.in("Tolerance").argument("abs, rel").expected("non-negative numbers")
                    .got(abs + ", " + rel).exception();
        }
    }

    public boolean accepts(double expected, double got) {
        if (Double.isNaN(expected) || Double.isNaN(got)) {
            return Double.isNaN(expected) && Double.isNaN(got);
        }
        if (Double.isInfinite(expected) || Double.isInfinite(got)) {
            return expected == got;
        }
        return Math.abs(got - expected) <= abs + rel * Math.abs(expected);
    }

    @Override
    public String toString() {
        return name + " (abs " + abs + ", rel " + rel + ")";
    }
}
