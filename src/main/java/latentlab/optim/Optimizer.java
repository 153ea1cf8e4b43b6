package latentlab.optim;

import java.util.List;
import latentlab.nn.Parameter;

/**
 * Updates parameters from their gradients. An optimizer keeps its state (momentum,
 * moment estimates) per parameter, keyed by the parameter's value array, so it can be given
 * the same list every step, or a subset (a GAN's generator and discriminator each get their
 * own optimizer).
 */
public interface Optimizer {

    /**
     * One step: changes each parameter's {@code value} in place from its {@code grad}; reads
     * but does not modify the gradients.
     */
    void updateInPlace(List<Parameter> parameters);

    /** How many steps this optimizer has taken. */
    long steps();
}
