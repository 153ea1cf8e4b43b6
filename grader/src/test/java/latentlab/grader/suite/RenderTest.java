package latentlab.grader.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class RenderTest {

    @Test
    void aSmallCaseBecomesALineToPasteIntoANotebook() {
        INDArray mu = Nd4j.create(new double[] {0.5, -1}, new long[] {1, 2}, DataType.DOUBLE);
        INDArray logVar = Nd4j.create(new double[] {0.1, Double.NEGATIVE_INFINITY}, new long[] {1, 2}, DataType.DOUBLE);
        assertEquals("Exercises.student(Divergences.class).klToStandardNormal("
                        + "Nd4j.createFromArray(new double[][] {{0.5, -1.0}}), "
                        + "Nd4j.createFromArray(new double[][] {{0.1, Double.NEGATIVE_INFINITY}}))",
                Render.call("Divergences", "klToStandardNormal", List.of(mu, logVar)));
    }

    @Test
    void smallArraysArePrintedInFullAndLargeOnesSummarised() {
        assertEquals("[[1.0, 2.50000], [-3.0, 4.0]] [2, 2]",
                Render.value(Nd4j.create(new double[] {1, 2.5, -3, 4}, new long[] {2, 2}, DataType.DOUBLE)));
        double[] values = new double[100];
        for (int i = 0; i < 100; i++) {
            values[i] = i / 99.0;
        }
        String large = Render.value(Nd4j.create(values, new long[] {10, 10}, DataType.DOUBLE));
        assertTrue(large.startsWith("array [10, 10] double, min 0.0, max 1.0, mean 0.500000, first values [0.0,"), large);
    }
}
