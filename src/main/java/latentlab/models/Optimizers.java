package latentlab.models;

import java.util.ArrayList;
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
        Adam.State state = adam.state(parameters);
        for (int i = 0; i < parameters.size(); i++) {
            if (state.m().get(i) != null) {
                named.put(i + ".m", state.m().get(i));
                named.put(i + ".v", state.v().get(i));
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
        Map<String, INDArray> targets = new LinkedHashMap<>();
        List<INDArray> m = new ArrayList<>();
        List<INDArray> v = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            boolean has = saved.containsKey(i + ".m");
            INDArray value = parameters.get(i).value();
            m.add(has ? value.ulike() : null);
            v.add(has ? value.ulike() : null);
            if (has) {
                targets.put(i + ".m", m.get(i));
                targets.put(i + ".v", v.get(i));
            }
        }
        Map<String, INDArray> savedMoments = new LinkedHashMap<>(saved);
        savedMoments.remove("steps");
        Checkpoint.restoreInto("optimizer state", savedMoments, targets);
        adam.restoreInPlace(parameters, new Adam.State((long) steps.getDouble(0), m, v));
    }
}
