package latentlab.tensor;

/**
 * Scalar functions in forms that neither overflow nor lose precision at large |x|:
 *
 * <pre>
 * sigmoid(x)  = 1 / (1 + e^-x)            for x ≥ 0,   e^x / (1 + e^x) for x &lt; 0
 * softplus(x) = log(1 + e^x) = max(x, 0) + log1p(e^-|x|)
 * </pre>
 *
 * Both only ever exponentiate a non-positive number, so they stay finite for any finite x.
 */
public final class StableMath {
    private StableMath() {
    }

    public static double sigmoid(double x) {
        if (x >= 0) {
            return 1 / (1 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1 + e);
    }

    public static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    /** {@code log(sigmoid(x)) = -softplus(-x)}. */
    public static double logSigmoid(double x) {
        return -softplus(-x);
    }
}
