package latentlab.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class GemmTest {

    @Test
    void everyTransposeAndOrderingMatchesMmul() {
        INDArray a = Rng.seeded(1).normal(DataType.DOUBLE, 5, 3);
        INDArray b = Rng.seeded(2).normal(DataType.DOUBLE, 3, 4);
        INDArray c0 = Rng.seeded(3).normal(DataType.DOUBLE, 5, 4);
        INDArray expected = a.mmul(b).muli(0.5).addi(c0.mul(2));
        for (boolean transA : new boolean[] {false, true}) {
            for (boolean transB : new boolean[] {false, true}) {
                for (char orderA : new char[] {'c', 'f'}) {
                    for (char orderB : new char[] {'c', 'f'}) {
                        INDArray a32 = (transA ? a.transpose() : a).castTo(DataType.FLOAT).dup(orderA);
                        INDArray b32 = (transB ? b.transpose() : b).castTo(DataType.FLOAT).dup(orderB);
                        INDArray c = c0.castTo(DataType.FLOAT).dup('f');
                        Gemm.multiply(a32, transA, b32, transB, c, 0.5, 2.0);
                        Comparison result = Comparison.of(expected, c.castTo(DataType.DOUBLE), Tolerance.FLOAT32);
                        assertTrue(result.passed(), transA + " " + transB + " " + orderA + orderB + ": " + result.describe());
                    }
                }
            }
        }
    }

    @Test
    void float64FallsBackToNd4jAndModifiesOnlyC() {
        INDArray a = Rng.seeded(4).normal(DataType.DOUBLE, 2, 3);
        INDArray b = Rng.seeded(5).normal(DataType.DOUBLE, 3, 2);
        INDArray aBefore = a.dup();
        INDArray c = Nd4j.createUninitialized(DataType.DOUBLE, new long[] {2, 2}, 'f');
        Gemm.multiply(a, false, b, false, c, 1, 0);
        assertTrue(Comparison.of(a.mmul(b), c, Tolerance.CLOSE).passed());
        assertEquals(aBefore, a);
    }
}
