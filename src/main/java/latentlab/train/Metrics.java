package latentlab.train;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import latentlab.tensor.Failure;

/**
 * Named numbers from one training step or epoch, in a fixed order: {@code loss}, {@code kl}, …
 * They become the metric columns of a {@link History}.
 *
 * @param values metric name to value, in insertion order
 */
public record Metrics(Map<String, Double> values) {

    public Metrics {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Metrics from alternating names and values: {@code Metrics.of("loss", 1.2, "kl", 0.3)}. */
    public static Metrics of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw Failure.in("Metrics.of").argument("namesAndValues").expected("name, value pairs")
                    .got(namesAndValues.length + " arguments").exception();
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(String.valueOf(namesAndValues[i]), ((Number) namesAndValues[i + 1]).doubleValue());
        }
        return new Metrics(values);
    }

    public double get(String name) {
        Double value = values.get(name);
        if (value == null) {
            throw Failure.in("Metrics.get").argument("name").expected("one of " + values.keySet())
                    .got("'" + name + "'").exception();
        }
        return value;
    }

    /** {@code loss 0.1234, kl 5.678}: for progress lines. */
    @Override
    public String toString() {
        StringJoiner text = new StringJoiner(", ");
        values.forEach((name, value) -> text.add(name + " " + String.format("%.4g", value)));
        return text.toString();
    }
}
