package latentlab.models;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import latentlab.tensor.Failure;

/**
 * Checks the config records share, and reads a config record back from its {@code toString()}, e.g.
 * {@code VaeConfig[inputs=784, hidden=400, latent=20, ...]}, so that a checkpoint names the
 * exact model it holds and can rebuild it. Components may be int, long, double, boolean,
 * String (without ", " or "]") or an enum.
 */
final class Configs {
    private Configs() {
    }

    /** Refuses a count (units, layers, epochs, batch size...) that is not positive, naming the record. */
    static void positive(String record, String name, long value) {
        if (value <= 0) {
            throw Failure.in(record).argument(name).expected("> 0").got(String.valueOf(value)).exception();
        }
    }

    static <R extends Record> R parse(Class<R> type, String text) {
        String prefix = type.getSimpleName() + "[";
        if (!text.startsWith(prefix) || !text.endsWith("]")) {
            throw bad(type, text, "it does not start with " + prefix);
        }
        Map<String, String> values = new LinkedHashMap<>();
        String body = text.substring(prefix.length(), text.length() - 1);
        for (String part : body.isEmpty() ? new String[0] : body.split(", ")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw bad(type, text, "'" + part + "' is not name=value");
            }
            values.put(part.substring(0, eq), part.substring(eq + 1));
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            String value = values.get(name);
            if (value == null) {
                throw bad(type, text, "it has no value for " + name);
            }
            types[i] = components[i].getType();
            args[i] = convert(types[i], value);
        }
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw bad(type, text, cause.getMessage());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(Class<?> type, String value) {
        if (type == int.class) {
            return Integer.parseInt(value);
        } else if (type == long.class) {
            return Long.parseLong(value);
        } else if (type == double.class) {
            return Double.parseDouble(value);
        } else if (type == boolean.class) {
            return Boolean.parseBoolean(value);
        } else if (type.isEnum()) {
            return Enum.valueOf((Class<? extends Enum>) type, value);
        }
        return value;
    }

    private static IllegalArgumentException bad(Class<?> type, String text, String why) {
        return Failure.in("Checkpoint.load").argument("config").expected("a " + type.getSimpleName())
                .got("'" + text + "' (" + why + ")").exception();
    }
}
