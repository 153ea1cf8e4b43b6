package latentlab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import latentlab.tensor.Rng;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class InitTest {

    @Test
    void heHasVarianceTwoOverFanIn() {
        INDArray w = Init.HE.weights(Rng.seeded(1), 400, 300, DataType.DOUBLE);
        double variance = w.varNumber().doubleValue();
        assertEquals(2.0 / 400, variance, 0.05 * 2.0 / 400);
        assertEquals(0, w.meanNumber().doubleValue(), 0.002);
    }

    @Test
    void xavierStaysWithinItsBoundAndHasItsVariance() {
        INDArray w = Init.XAVIER.weights(Rng.seeded(2), 200, 100, DataType.DOUBLE);
        double a = Math.sqrt(6.0 / 300);
        assertTrue(w.amaxNumber().doubleValue() <= a);
        assertEquals(a * a / 3, w.varNumber().doubleValue(), 0.05 * a * a / 3);
    }

    @Test
    void weightsAreColumnMajorOfTheRequestedType() {
        INDArray w = Init.HE.weights(Rng.seeded(3), 4, 3, DataType.FLOAT);
        assertEquals('f', w.ordering());
        assertEquals(DataType.FLOAT, w.dataType());
    }
}
