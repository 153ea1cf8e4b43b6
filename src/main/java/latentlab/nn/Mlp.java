package latentlab.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Supplier;
import latentlab.tensor.Failure;
import latentlab.tensor.Rng;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A multilayer perceptron: Linear, activation, Linear, activation, …, Linear. The last
 * Linear has no activation, so the output is a pre-activation (logits, a mean, a log
 * variance); losses take it from there. With sizes {@code 784, 400, 20}: x [N, 784] →
 * Linear → [N, 400] → activation → Linear → out [N, 20].
 *
 * <p>Backward runs the layers in reverse, passing each one its own cache. See
 * {@link Layer} for the buffer and mutation contract.
 */
public final class Mlp implements Layer<Mlp.Cache> {

    /** Each layer's cache, in forward order. */
    public record Cache(List<Object> layerCaches) {
    }

    private final List<Layer<?>> layers;

    private Mlp(List<Layer<?>> layers) {
        this.layers = List.copyOf(layers);
    }

    /** An MLP of the given layers, run in order. */
    public static Mlp of(List<? extends Layer<?>> layers) {
        if (layers.isEmpty()) {
            throw Failure.in("Mlp.of").argument("layers").expected("at least one layer").got("none").exception();
        }
        return new Mlp(new ArrayList<>(layers));
    }

    /**
     * A float32 MLP through {@code sizes} (at least input and output), with a fresh
     * {@code activation} after every Linear but the last, weights from {@code init}.
     * Example: {@code Mlp.create(rng, Init.HE, ReLU::new, 784, 400, 20)}.
     */
    public static Mlp create(Rng rng, Init init, Supplier<? extends Activation> activation, long... sizes) {
        return create(rng, init, activation, DataType.FLOAT, sizes);
    }

    public static Mlp create(Rng rng, Init init, Supplier<? extends Activation> activation, DataType dtype,
                             long... sizes) {
        if (sizes.length < 2) {
            throw Failure.in("Mlp.create").argument("sizes").expected("at least 2 sizes (input, output)")
                    .got(java.util.Arrays.toString(sizes)).exception();
        }
        List<Layer<?>> layers = new ArrayList<>();
        for (int i = 0; i + 1 < sizes.length; i++) {
            layers.add(Linear.create(sizes[i], sizes[i + 1], init, rng, dtype));
            if (i + 2 < sizes.length) {
                layers.add(activation.get());
            }
        }
        return new Mlp(layers);
    }

    @Override
    public Forward<Cache> forward(INDArray x) {
        List<Object> caches = new ArrayList<>(layers.size());
        INDArray h = x;
        for (Layer<?> layer : layers) {
            Forward<?> step = layer.forward(h);
            caches.add(step.cache());
            h = step.out();
        }
        return new Forward<>(h, new Cache(caches));
    }

    @Override
    public INDArray backward(INDArray dOut, Cache cache) {
        return backFrom(dOut, cache, 0, Mlp::backwardThrough);
    }

    /** dx [N, in] only: every layer's {@link Layer#backwardInput}, no parameter gradients. */
    @Override
    public INDArray backwardInput(INDArray dOut, Cache cache) {
        return backFrom(dOut, cache, 0, Mlp::inputThrough);
    }

    /** Like {@link #backward} but skips the first layer's dx, which only an input would need. */
    @Override
    public void backwardParameters(INDArray dOut, Cache cache) {
        INDArray d = backFrom(dOut, cache, 1, Mlp::backwardThrough);
        parametersThrough(layers.get(0), d, cache.layerCaches().get(0));
    }

    /** One layer's backward step, given its cache from the forward pass. */
    private interface BackStep {
        INDArray apply(Layer<?> layer, INDArray dOut, Object cache);
    }

    /** Runs {@code step} from the last layer down to layer {@code first}; returns the gradient below it. */
    private INDArray backFrom(INDArray dOut, Cache cache, int first, BackStep step) {
        INDArray d = dOut;
        for (int i = layers.size() - 1; i >= first; i--) {
            d = step.apply(layers.get(i), d, cache.layerCaches().get(i));
        }
        return d;
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        for (Layer<?> layer : layers) {
            all.addAll(layer.parameters());
        }
        return all;
    }

    public List<Layer<?>> layers() {
        return layers;
    }

    @Override
    public String describe() {
        StringJoiner text = new StringJoiner(", ", "Mlp[", "]");
        layers.forEach(layer -> text.add(layer.describe()));
        return text.toString();
    }

    @Override
    public String toString() {
        return describe();
    }

    @SuppressWarnings("unchecked")
    private static <C> INDArray backwardThrough(Layer<C> layer, INDArray dOut, Object cache) {
        return layer.backward(dOut, (C) cache);
    }

    @SuppressWarnings("unchecked")
    private static <C> INDArray inputThrough(Layer<C> layer, INDArray dOut, Object cache) {
        return layer.backwardInput(dOut, (C) cache);
    }

    @SuppressWarnings("unchecked")
    private static <C> void parametersThrough(Layer<C> layer, INDArray dOut, Object cache) {
        layer.backwardParameters(dOut, (C) cache);
    }
}
