package latentlab.models;

import java.util.List;
import latentlab.nn.Forward;
import latentlab.nn.Linear;
import latentlab.nn.Mlp;
import latentlab.nn.Parameter;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A residual translator out = x + mlp(x) (as CycleGAN's ResNet generators), [N, D] → [N, D].
 * The MLP's last layer starts at zero, so the translator starts as the identity and learns
 * a displacement. Returns new arrays; x is not modified.
 */
final class Residual {
    private final Mlp mlp;

    Residual(Mlp mlp) {
        this.mlp = mlp;
        ((Linear) mlp.layers().get(mlp.layers().size() - 1)).weight().assign(0);
    }

    Forward<Mlp.Cache> forward(INDArray x) {
        Forward<Mlp.Cache> f = mlp.forward(x);
        return new Forward<>(f.out().add(x).dup('f'), f.cache());
    }

    /** dx = dOut + the MLP's dx; sets the MLP's parameter gradients. */
    INDArray backward(INDArray dOut, Mlp.Cache cache) {
        return mlp.backward(dOut, cache).add(dOut).dup('f');
    }

    void backwardParameters(INDArray dOut, Mlp.Cache cache) {
        mlp.backwardParameters(dOut, cache);
    }

    List<Parameter> parameters() {
        return mlp.parameters();
    }

    Mlp mlp() {
        return mlp;
    }
}
