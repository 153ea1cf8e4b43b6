package latentlab.exercises;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import latentlab.tensor.Rng;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Generated, seeded float64 inputs for every exercise method: a batch of 1, an ordinary batch,
 * and a batch with large magnitudes (logits and logVar around ±30) that only a numerically
 * stable implementation passes. Used by {@link Check}; the arguments of each case are valid for
 * the method's spec (probabilities sum to 1, masks are 0/1, σ &gt; 0, and so on).
 */
public final class Cases {
    /** The exercise methods of each interface, in the order the course introduces them. */
    public static final Map<Class<?>, List<String>> METHODS = new LinkedHashMap<>();

    static {
        METHODS.put(Reconstruction.class, List.of("mse", "mseGradient", "linearForward", "linearBackward",
                "corruptGaussian", "corruptMasking"));
        METHODS.put(Divergences.class, List.of("klGaussians", "klToStandardNormal", "klToStandardNormalGradient",
                "klDiscrete", "logNormal", "logMeanExp", "elboEstimate", "importanceSampledLogLikelihood"));
        METHODS.put(Reparameterization.class, List.of("reparameterize", "reparameterizeBackward", "bceWithLogits",
                "bceWithLogitsGradient", "pathwiseGradient", "scoreFunctionGradient", "vaeLoss"));
        METHODS.put(GanObjectives.class, List.of("optimalDiscriminator", "jensenShannon", "valueAtOptimum",
                "discriminatorLoss", "discriminatorLossGradient", "generatorLossSaturating",
                "generatorLossSaturatingGradient", "generatorLossNonSaturating", "generatorLossNonSaturatingGradient"));
        METHODS.put(CycleConsistency.class, List.of("cycleConsistencyLoss", "cycleConsistencyGradient"));
        METHODS.put(Flows.class, List.of("affineCouplingForward", "affineCouplingInverse", "affineCouplingBackward",
                "uniformDequantize"));
    }

    /** One call: the method's name, what the inputs are like, and the arguments. */
    public record Case(String method, String label, Object[] args) {
    }

    /** The label of the cases with large magnitudes (logits and logVar around ±30). */
    public static final String LARGE = "large magnitudes";

    private record Size(String label, int n, int d, double scale) {
    }

    private static final List<Size> SIZES = List.of(new Size("batch of 1", 1, 3, 1),
            new Size("ordinary batch", 4, 5, 1), new Size(LARGE, 3, 4, 30));

    private Cases() {
    }

    /** Cases for every method of {@code exercise}, in course order, from {@code seed}. */
    public static List<Case> of(Class<?> exercise, long seed) {
        List<String> methods = METHODS.get(exercise);
        if (methods == null) {
            throw new IllegalArgumentException("Cases: " + exercise.getName() + " is not an exercise interface");
        }
        List<Case> cases = new ArrayList<>();
        Rng rng = Rng.seeded(seed);
        for (String method : methods) {
            for (Size size : SIZES) {
                cases.add(new Case(method, size.label(), args(method, size, rng.split())));
            }
        }
        return cases;
    }

    private static Object[] args(String method, Size s, Rng r) {
        int n = s.n();
        int d = s.d();
        double k = s.scale();
        return switch (method) {
            case "mse", "mseGradient" -> new Object[] {normal(r, n, d, 1), normal(r, n, d, 1)};
            case "linearForward" -> new Object[] {normal(r, n, d, 1), normal(r, d, 2, 1), normal(r, 1, 2, 1)};
            case "linearBackward" -> new Object[] {normal(r, n, 2, 1), normal(r, n, d, 1), normal(r, d, 2, 1)};
            case "corruptGaussian" -> new Object[] {normal(r, n, d, 1), normal(r, n, d, 1), 0.3};
            case "corruptMasking" -> new Object[] {normal(r, n, d, 1), r.bernoulli(DataType.DOUBLE, 0.7, n, d)};
            case "klGaussians" -> new Object[] {k * r.normal(), Math.exp(r.normal()), r.normal(), Math.exp(r.normal())};
            case "klToStandardNormal", "klToStandardNormalGradient" ->
                    new Object[] {normal(r, n, d, 1), normal(r, n, d, k)};
            case "klDiscrete", "jensenShannon", "valueAtOptimum" ->
                    new Object[] {distribution(r, d, true), distribution(r, d, false)};
            case "optimalDiscriminator" -> new Object[] {distribution(r, d, true), distribution(r, d, false)};
            case "logNormal" -> new Object[] {normal(r, n, d, 1), normal(r, n, d, 1), normal(r, n, d, k / 10)};
            case "logMeanExp" -> new Object[] {normal(r, n, 6, 10 * k)};
            case "elboEstimate", "importanceSampledLogLikelihood" ->
                    new Object[] {normal(r, n, 6, 10 * k), normal(r, n, 6, k), normal(r, n, 6, k)};
            case "reparameterize" -> new Object[] {normal(r, n, d, 1), normal(r, n, d, k / 10), normal(r, n, d, 1)};
            case "reparameterizeBackward" -> new Object[] {normal(r, n, d, 1), normal(r, n, d, k / 10),
                    normal(r, n, d, 1)};
            case "bceWithLogits", "bceWithLogitsGradient" -> new Object[] {normal(r, n, d, k), uniform(r, n, d)};
            case "pathwiseGradient" -> new Object[] {normal(r, n, 8, 1)};
            case "scoreFunctionGradient" -> new Object[] {normal(r, n, 8, 1), normal(r, n, 8, 1),
                    Transforms.exp(normal(r, n, 1, 0.5))};
            case "vaeLoss" -> new Object[] {normal(r, n, d, k), uniform(r, n, d), normal(r, n, 2, 1),
                    normal(r, n, 2, k / 10), 0.5 + r.uniform()};
            case "discriminatorLoss", "discriminatorLossGradient" ->
                    new Object[] {normal(r, n, 1, k), normal(r, n + 1, 1, k)};
            case "generatorLossSaturating", "generatorLossSaturatingGradient", "generatorLossNonSaturating",
                    "generatorLossNonSaturatingGradient" -> new Object[] {normal(r, n, 1, k)};
            case "cycleConsistencyLoss", "cycleConsistencyGradient" -> new Object[] {normal(r, n, d, 1),
                    normal(r, n, d, 1), normal(r, n + 1, 2, 1), normal(r, n + 1, 2, 1)};
            case "affineCouplingForward", "affineCouplingInverse" -> new Object[] {normal(r, n, d, 1), mask(d),
                    normal(r, n, d, k / 30), normal(r, n, d, 1)};
            case "affineCouplingBackward" -> new Object[] {normal(r, n, d, 1), normal(r, n, 1, 1), normal(r, n, d, 1),
                    mask(d), normal(r, n, d, k / 30)};
            case "uniformDequantize" -> new Object[] {levels(r, n, d, 256), uniform(r, n, d), 256};
            default -> throw new IllegalStateException("Cases: no generator for method " + method);
        };
    }

    private static INDArray normal(Rng r, int rows, int cols, double scale) {
        return r.normal(DataType.DOUBLE, rows, cols).mul(scale);
    }

    private static INDArray uniform(Rng r, int rows, int cols) {
        return r.uniform(DataType.DOUBLE, 0, 1, rows, cols);
    }

    /** A random distribution over K outcomes, as [1, K]; with {@code withZero}, its first outcome has probability 0. */
    private static INDArray distribution(Rng r, int outcomes, boolean withZero) {
        INDArray weights = r.uniform(DataType.DOUBLE, 0.1, 1, 1, outcomes);
        if (withZero && outcomes > 1) {
            weights.putScalar(0, 0, 0.0);
        }
        return weights.div(weights.sumNumber().doubleValue());
    }

    /** Alternating 1, 0, 1, … as [1, D]. */
    private static INDArray mask(int d) {
        double[][] m = new double[1][d];
        for (int j = 0; j < d; j += 2) {
            m[0][j] = 1;
        }
        return Nd4j.createFromArray(m);
    }

    private static INDArray levels(Rng r, int rows, int cols, int count) {
        double[][] x = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                x[i][j] = r.nextInt(count);
            }
        }
        return Nd4j.createFromArray(x);
    }
}
