package latentlab.models;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import latentlab.nn.Parameter;
import latentlab.optim.Adam;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Adam's state as named arrays for a {@link Checkpoint}: {@code i.m} and {@code i.v} for the
 * i-th parameter, and {@code steps}. Restoring puts copies back, so training resumes exactly.
 */
final class Optimizers {
    private Optimizers() {
    }

    static Map<String, INDArray> state(Adam adam, List<Parameter> parameters) {
        Map<String, INDArray> named = new LinkedHashMap<>();
        Map<INDArray, Object> moments = moments(adam);
        for (int i = 0; i < parameters.size(); i++) {
            Object m = moments.get(parameters.get(i).value());
            if (m != null) {
                named.put(i + ".m", component(m, "m"));
                named.put(i + ".v", component(m, "v"));
            }
        }
        named.put("steps", Nd4j.scalar((double) adam.steps()));
        return named;
    }

    static void restore(Adam adam, List<Parameter> parameters, Map<String, INDArray> saved) {
        INDArray steps = saved.get("steps");
        if (steps == null) {
            throw latentlab.tensor.Failure.in("Checkpoint.restore").argument("optimizer state")
                    .expected("Adam's moments and step count").got("arrays " + saved.keySet()).exception();
        }
        // A step on zero gradients creates zeroed moments, which we then overwrite.
        Map<String, INDArray> targets = new LinkedHashMap<>();
        Map<INDArray, Object> moments = moments(adam);
        for (int i = 0; i < parameters.size(); i++) {
            if (saved.containsKey(i + ".m")) {
                moments.put(parameters.get(i).value(), newMoments(parameters.get(i).value()));
                Object m = moments.get(parameters.get(i).value());
                targets.put(i + ".m", component(m, "m"));
                targets.put(i + ".v", component(m, "v"));
            }
        }
        Map<String, INDArray> savedMoments = new LinkedHashMap<>(saved);
        savedMoments.remove("steps");
        Checkpoint.restoreInto("optimizer state", savedMoments, targets);
        set(adam, "steps", (long) steps.getDouble(0));
    }

    @SuppressWarnings("unchecked")
    private static Map<INDArray, Object> moments(Adam adam) {
        return (Map<INDArray, Object>) get(adam, "state");
    }

    private static INDArray component(Object moments, String name) {
        return (INDArray) get(moments, name);
    }

    private static Object newMoments(INDArray value) {
        try {
            Class<?> type = Class.forName(Adam.class.getName() + "$Moments");
            var constructor = type.getDeclaredConstructor(INDArray.class, INDArray.class);
            constructor.setAccessible(true);
            return constructor.newInstance(value.ulike().assign(0), value.ulike().assign(0));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Adam's state layout changed: " + e, e);
        }
    }

    private static Object get(Object owner, String field) {
        try {
            Field f = owner.getClass().getDeclaredField(field);
            f.setAccessible(true);
            return f.get(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Adam's state layout changed: " + e, e);
        }
    }

    private static void set(Object owner, String field, long value) {
        try {
            Field f = owner.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.setLong(owner, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Adam's state layout changed: " + e, e);
        }
    }
}
