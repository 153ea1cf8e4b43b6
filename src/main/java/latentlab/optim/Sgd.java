package latentlab.optim;

import java.nio.FloatBuffer;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import latentlab.nn.Parameter;
import latentlab.tensor.Backend;
import latentlab.tensor.Dense;
import latentlab.tensor.Failure;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Stochastic gradient descent with (heavy-ball) momentum, as in PyTorch:
 *
 * <pre>
 * v ← μ·v + g
 * θ ← θ - lr·v
 * </pre>
 *
 * With μ = 0 this is plain {@code θ ← θ - lr·g}. The velocity v starts at zero, one per parameter.
 */
public final class Sgd implements Optimizer {

    /**
     * @param learningRate lr &gt; 0
     * @param momentum     μ in [0, 1)
     */
    public record Config(double learningRate, double momentum) {
        public Config {
            if (!(learningRate > 0)) {
                throw Failure.in("Sgd.Config").argument("learningRate").expected("> 0")
                        .got(String.valueOf(learningRate)).exception();
            }
            if (!(momentum >= 0 && momentum < 1)) {
                throw Failure.in("Sgd.Config").argument("momentum").expected("in [0, 1)")
                        .got(String.valueOf(momentum)).exception();
            }
        }

        public Config withLearningRate(double lr) {
            return new Config(lr, momentum);
        }

        public Config withMomentum(double mu) {
            return new Config(learningRate, mu);
        }
    }

    private final Config config;
    private final Map<INDArray, INDArray> velocity = new IdentityHashMap<>();
    private long steps;

    public Sgd(Config config) {
        Backend.configure();
        this.config = config;
    }

    public static Sgd of(double learningRate, double momentum) {
        return new Sgd(new Config(learningRate, momentum));
    }

    public Config config() {
        return config;
    }

    @Override
    public void updateInPlace(List<Parameter> parameters) {
        for (Parameter p : parameters) {
            INDArray v = velocity.computeIfAbsent(p.value(), value -> value.ulike().assign(0));
            if (Dense.sameLayout(p.value(), p.grad(), v)) {
                stepFloat(Dense.floats(p.value()), Dense.floats(p.grad()), Dense.floats(v), (int) v.length());
            } else {
                v.muli(config.momentum()).addi(p.grad());
                p.value().subi(v.mul(config.learningRate()));
            }
        }
        steps++;
    }

    @Override
    public long steps() {
        return steps;
    }

    private void stepFloat(FloatBuffer theta, FloatBuffer g, FloatBuffer v, int n) {
        float mu = (float) config.momentum();
        float lr = (float) config.learningRate();
        for (int i = 0; i < n; i++) {
            float velocity = mu * v.get(i) + g.get(i);
            v.put(i, velocity);
            theta.put(i, theta.get(i) - lr * velocity);
        }
    }
}
