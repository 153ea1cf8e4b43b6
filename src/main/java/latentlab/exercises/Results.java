package latentlab.exercises;

import java.lang.reflect.RecordComponent;
import java.util.Optional;
import latentlab.tensor.Comparison;
import latentlab.tensor.Tolerance;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Compares exercise results of any kind the contract allows: {@code double}, {@code int},
 * {@code INDArray}, or records of them (component by component), under a named tolerance,
 * describing the first mismatch with {@link Comparison#describe()}.
 */
public final class Results {

    private Results() {
    }

    /**
     * How {@code got} differs from {@code expected}, or empty if it matches within
     * {@code tolerance}; e.g. {@code "dLogVar: max abs error 0.5 at [0, 1] (expected 1.0, got 1.5), ..."}.
     */
    public static Optional<String> difference(Object expected, Object got, Tolerance tolerance) {
        return difference("", expected, got, tolerance);
    }

    private static Optional<String> difference(String path, Object expected, Object got, Tolerance tolerance) {
        String prefix = path.isEmpty() ? "" : path + ": ";
        if (expected == null || got == null) {
            return expected == got ? Optional.empty() : Optional.of(prefix + "expected " + describe(expected)
                    + " but got " + describe(got));
        }
        if (expected instanceof Number e) {
            if (!(got instanceof Number g)) {
                return Optional.of(prefix + "expected a number but got " + got.getClass().getSimpleName());
            }
            return compareArrays(prefix, Nd4j.scalar(e.doubleValue()), Nd4j.scalar(g.doubleValue()), tolerance);
        }
        if (expected instanceof INDArray e) {
            if (!(got instanceof INDArray g)) {
                return Optional.of(prefix + "expected an INDArray but got " + got.getClass().getSimpleName());
            }
            return compareArrays(prefix, e, g, tolerance);
        }
        if (expected instanceof Record) {
            if (got.getClass() != expected.getClass()) {
                return Optional.of(prefix + "expected a " + expected.getClass().getSimpleName() + " but got "
                        + got.getClass().getSimpleName());
            }
            for (RecordComponent component : expected.getClass().getRecordComponents()) {
                Optional<String> diff = difference(path.isEmpty() ? component.getName() : path + "." + component.getName(),
                        read(component, expected), read(component, got), tolerance);
                if (diff.isPresent()) {
                    return diff;
                }
            }
            return Optional.empty();
        }
        return expected.equals(got) ? Optional.empty()
                : Optional.of(prefix + "expected " + expected + " but got " + got);
    }

    private static Optional<String> compareArrays(String prefix, INDArray expected, INDArray got, Tolerance tolerance) {
        Comparison comparison = Comparison.of(expected, got, tolerance);
        return comparison.passed() ? Optional.empty() : Optional.of(prefix + comparison.describe());
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Results: cannot read " + component.getName(), e);
        }
    }

    private static String describe(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName();
    }
}
