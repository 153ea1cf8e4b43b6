package latentlab.kernel;

/** The running cell was stopped by an interrupt; later cells run normally. */
public final class EvaluationInterruptedException extends Exception {
    public EvaluationInterruptedException() {
        super("the cell was interrupted", null, false, false);
    }
}
