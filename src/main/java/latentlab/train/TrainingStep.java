package latentlab.train;

/**
 * One optimisation step on one mini-batch: forward, loss, backward, optimizer update. It
 * returns the step's metrics (at least the loss), which the fit loop records.
 */
@FunctionalInterface
public interface TrainingStep {

    Metrics run(Batch batch);
}
