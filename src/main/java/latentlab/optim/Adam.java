package latentlab.optim;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import latentlab.nn.Parameter;
import latentlab.tensor.Backend;
import latentlab.tensor.Dense;
import latentlab.tensor.Failure;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Adam (Kingma and Ba, 2015), as in PyTorch: at step t, for each parameter θ with gradient g,
 *
 * <pre>
 * m ← β₁ m + (1 - β₁) g
 * v ← β₂ v + (1 - β₂) g²
 * θ ← θ - lr · m̂ / (√v̂ + ε),   m̂ = m / (1 - β₁ᵗ),  v̂ = v / (1 - β₂ᵗ)
 * </pre>
 *
 * m and v start at zero, one pair per parameter. For float32 parameters the whole update
 * is one fused loop over the buffers.
 */
public final class Adam implements Optimizer {

    /** Hyperparameters; the defaults are PyTorch's (lr 1e-3, β₁ 0.9, β₂ 0.999, ε 1e-8). */
    public record Config(double learningRate, double beta1, double beta2, double epsilon) {
        public Config {
            check("learningRate", learningRate, learningRate > 0, "> 0");
            check("beta1", beta1, beta1 >= 0 && beta1 < 1, "in [0, 1)");
            check("beta2", beta2, beta2 >= 0 && beta2 < 1, "in [0, 1)");
            check("epsilon", epsilon, epsilon > 0, "> 0");
        }

        public static Config defaults() {
            return new Config(1e-3, 0.9, 0.999, 1e-8);
        }

        public Config withLearningRate(double lr) {
            return new Config(lr, beta1, beta2, epsilon);
        }

        public Config withBetas(double b1, double b2) {
            return new Config(learningRate, b1, b2, epsilon);
        }

        private static void check(String name, double value, boolean ok, String expected) {
            if (!ok) {
                throw Failure.in("Adam.Config").argument(name).expected(expected).got(String.valueOf(value))
                        .exception();
            }
        }
    }

    /** First and second moments; float32 parameters keep theirs on the Java heap, others as arrays. */
    private record Moments(INDArray m, INDArray v, float[] mValues, float[] vValues) {
    }

    private final Config config;
    private final Map<INDArray, Moments> state = new IdentityHashMap<>();
    private long steps;
    private float[] thetaValues;
    private float[] gradValues;

    public Adam(Config config) {
        Backend.configure();
        this.config = config;
    }

    /** Adam with PyTorch's defaults and the given learning rate. */
    public static Adam withLearningRate(double learningRate) {
        return new Adam(Config.defaults().withLearningRate(learningRate));
    }

    public Config config() {
        return config;
    }

    @Override
    public void updateInPlace(List<Parameter> parameters) {
        steps++;
        double stepSize = config.learningRate() / (1 - Math.pow(config.beta1(), steps));
        double rootBias2 = Math.sqrt(1 - Math.pow(config.beta2(), steps));
        for (Parameter p : parameters) {
            Moments s = state.computeIfAbsent(p.value(), Adam::zeroMoments);
            if (s.mValues() != null && Dense.sameLayout(p.value(), p.grad())) {
                thetaValues = Dense.read(p.value(), thetaValues);
                gradValues = Dense.read(p.grad(), gradValues);
                stepFloat(thetaValues, gradValues, s.mValues(), s.vValues(), (int) p.length(), stepSize, rootBias2);
                Dense.write(thetaValues, p.value());
            } else {
                stepOps(p, s, stepSize, rootBias2);
            }
        }
    }

    @Override
    public long steps() {
        return steps;
    }

    /**
     * A snapshot of the optimizer, for checkpoints: the step count and, for each parameter in
     * order, copies of m and v shaped like it (null where the parameter has no state yet).
     */
    public record State(long steps, List<INDArray> m, List<INDArray> v) {
    }

    /** Copies of the step count and of each parameter's moments; changes nothing. */
    public State state(List<Parameter> parameters) {
        List<INDArray> ms = new java.util.ArrayList<>();
        List<INDArray> vs = new java.util.ArrayList<>();
        for (Parameter p : parameters) {
            Moments s = state.get(p.value());
            ms.add(s == null ? null : copyOf(s.m(), s.mValues(), p.value()));
            vs.add(s == null ? null : copyOf(s.v(), s.vValues(), p.value()));
        }
        return new State(steps, ms, vs);
    }

    /** Sets the step count and the moments of each parameter from {@code saved} (copied in). */
    public void restoreInPlace(List<Parameter> parameters, State saved) {
        if (saved.m().size() != parameters.size() || saved.v().size() != parameters.size()) {
            throw Failure.in("Adam.restoreInPlace").argument("saved")
                    .expected("moments for " + parameters.size() + " parameters").got(saved.m().size() + "")
                    .exception();
        }
        for (int i = 0; i < parameters.size(); i++) {
            INDArray value = parameters.get(i).value();
            if (saved.m().get(i) == null) {
                state.remove(value);
                continue;
            }
            Moments s = zeroMoments(value);
            copyInto(saved.m().get(i), s.m(), s.mValues(), value.ordering());
            copyInto(saved.v().get(i), s.v(), s.vValues(), value.ordering());
            state.put(value, s);
        }
        steps = saved.steps();
    }

    private static INDArray copyOf(INDArray array, float[] values, INDArray like) {
        if (array != null) {
            return array.dup();
        }
        INDArray copy = like.ulike();
        Dense.write(values, copy);
        return copy;
    }

    /** Copies source into array, or into values (the parameter's elements in its {@code order}). */
    private static void copyInto(INDArray source, INDArray array, float[] values, char order) {
        if (array != null) {
            array.assign(source);
        } else {
            INDArray floats = source.castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT).dup(order);
            System.arraycopy(floats.data().asFloat(), 0, values, 0, values.length);
        }
    }

    private static Moments zeroMoments(INDArray value) {
        if (value.dataType() == org.nd4j.linalg.api.buffer.DataType.FLOAT && Dense.contiguous(value)) {
            int n = (int) value.length();
            return new Moments(null, null, new float[n], new float[n]);
        }
        return new Moments(value.ulike().assign(0), value.ulike().assign(0), null, null);
    }

    /** θ -= stepSize · m / (√v / rootBias2 + ε), which equals lr · m̂ / (√v̂ + ε). */
    private void stepFloat(float[] theta, float[] g, float[] m, float[] v, int n, double stepSize,
                           double rootBias2) {
        float b1 = (float) config.beta1();
        float b2 = (float) config.beta2();
        float a = (float) stepSize;
        float invRoot = (float) (1 / rootBias2);
        float eps = (float) config.epsilon();
        for (int i = 0; i < n; i++) {
            float grad = g[i];
            float mi = b1 * m[i] + (1f - b1) * grad;
            float vi = b2 * v[i] + (1f - b2) * grad * grad;
            m[i] = mi;
            v[i] = vi;
            theta[i] -= a * mi / ((float) Math.sqrt(vi) * invRoot + eps);
        }
    }

    private void stepOps(Parameter p, Moments s, double stepSize, double rootBias2) {
        INDArray g = p.grad();
        s.m().muli(config.beta1()).addi(g.mul(1 - config.beta1()));
        s.v().muli(config.beta2()).addi(g.mul(g).muli(1 - config.beta2()));
        INDArray denominator = Transforms.sqrt(s.v(), true).divi(rootBias2).addi(config.epsilon());
        p.value().subi(s.m().div(denominator).muli(stepSize));
    }
}
