package latentlab.grader.suite;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import latentlab.tensor.Comparison;
import latentlab.tensor.Tolerance;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Compares an exercise result with the expected one under a {@link Tolerance}: arrays and
 * numbers directly, records component by component. Numbers are compared as [1]-shaped
 * arrays so every mismatch is described the same way, by {@link Comparison#describe()}.
 */
public final class Compare {
    private Compare() {
    }

    /** One compared part of a result: its name ("result", "dMu", ...) and its comparison, or why it could not be compared. */
    public record Part(String name, Comparison comparison, String problem) {
        public boolean passed() {
            return problem == null && comparison.passed();
        }

        public String describe() {
            return problem != null ? problem : comparison.describe();
        }

        public long nonFinite() {
            return comparison == null ? 0 : comparison.nonFinite();
        }
    }

    public static List<Part> parts(Object expected, Object got, Tolerance tolerance) {
        List<Part> parts = new ArrayList<>();
        addParts("result", expected, got, tolerance, parts);
        return parts;
    }

    public static boolean matches(Object expected, Object got, Tolerance tolerance) {
        return parts(expected, got, tolerance).stream().allMatch(Part::passed);
    }

    /** The parts that failed, or an empty list. */
    public static List<Part> failures(Object expected, Object got, Tolerance tolerance) {
        return parts(expected, got, tolerance).stream().filter(p -> !p.passed()).toList();
    }

    private static void addParts(String name, Object expected, Object got, Tolerance tolerance, List<Part> parts) {
        if (expected instanceof Record record) {
            if (got == null || got.getClass() != record.getClass()) {
                parts.add(new Part(name, null, "expected a " + record.getClass().getSimpleName() + " but got "
                        + (got == null ? "null" : got.getClass().getSimpleName())));
                return;
            }
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    addParts(component.getName(), component.getAccessor().invoke(expected),
                            component.getAccessor().invoke(got), tolerance, parts);
                } catch (ReflectiveOperationException e) {
                    parts.add(new Part(component.getName(), null, "cannot read " + component.getName()));
                }
            }
            return;
        }
        INDArray e = asArray(expected);
        INDArray g = asArray(got);
        if (e == null) {
            parts.add(new Part(name, null, "unexpected result type " + expected));
        } else if (g == null) {
            parts.add(new Part(name, null, got == null ? "got null" : "got a " + got.getClass().getSimpleName()));
        } else {
            parts.add(new Part(name, Comparison.of(e, g, tolerance), null));
        }
    }

    /** A number as a [1] array, an array as is, anything else null. */
    public static INDArray asArray(Object value) {
        if (value instanceof INDArray a) {
            return a;
        }
        if (value instanceof Number n) {
            return Nd4j.create(new double[] {n.doubleValue()}, new long[] {1}, DataType.DOUBLE);
        }
        return null;
    }
}
