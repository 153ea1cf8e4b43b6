package latentlab.loss;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A loss value and its gradient with respect to the predictions.
 *
 * @param value    the reduced loss L (summed in double)
 * @param gradient {@code dL/dpredictions}, the shape of the predictions
 */
public record Loss(double value, INDArray gradient) {
}
