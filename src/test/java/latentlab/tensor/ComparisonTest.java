package latentlab.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ComparisonTest {

    @Test
    void equalArraysPass() {
        INDArray a = Nd4j.create(new double[][] {{1, 2}, {3, 4}});
        Comparison c = Comparison.of(a, a.dup(), Tolerance.EXACT);
        assertTrue(c.passed());
        assertEquals("max abs error 0.0, max rel error 0.0", c.describe());
    }

    @Test
    void passingComparisonPointsAtItsLargestError() {
        INDArray expected = Nd4j.create(new double[] {1, 2, 3});
        INDArray got = Nd4j.create(new double[] {1, 2 + 1e-7, 3 + 2e-7});
        Comparison c = Comparison.of(expected, got, Tolerance.FLOAT32);
        assertTrue(c.passed());
        assertEquals(2, c.worstIndex()[0]);
    }

    @Test
    void mismatchNamesTheWorstElementAndCounts() {
        INDArray expected = Nd4j.create(new double[][] {{1, 2}, {3, 4}});
        INDArray got = Nd4j.create(new double[][] {{1, 2}, {4.5, 4}});
        Comparison c = Comparison.of(expected, got, Tolerance.FLOAT32);
        assertFalse(c.passed());
        assertEquals(1, c.badCount());
        assertEquals("max abs error 1.50000 at [1, 0] (expected 3.00000, got 4.50000), max rel error 0.500000; "
                + "1 element outside float32 (abs 1.0E-5, rel 1.0E-4)", c.describe());
    }

    @Test
    void nanWhereAFiniteValueWasExpectedIsCounted() {
        Comparison c = Comparison.of(Nd4j.create(new double[] {1, 2}), Nd4j.create(new double[] {1, Double.NaN}),
                Tolerance.CLOSE);
        assertFalse(c.passed());
        assertEquals(1, c.nonFinite());
        assertTrue(c.describe().endsWith("; 1 NaN/Inf where a finite value was expected"), c.describe());
    }

    @Test
    void shapeMismatchIsReportedWithoutComparingElements() {
        Comparison c = Comparison.of(Nd4j.zeros(2, 3), Nd4j.zeros(3, 2), Tolerance.EXACT);
        assertFalse(c.passed());
        assertEquals("shape [3, 2] but expected [2, 3]", c.describe());
        assertEquals("KL: result must be within exact (float64) (abs 1.0E-12, rel 1.0E-10) of the reference "
                + "but got shape [3, 2] but expected [2, 3].", c.toFailure("KL", null).message());
    }

    @Test
    void toleranceAcceptsWithinAbsPlusRelTimesExpected() {
        Tolerance t = new Tolerance("t", 0.1, 0.01);
        assertTrue(t.accepts(100, 101.1));
        assertFalse(t.accepts(100, 101.2));
        assertTrue(t.accepts(Double.NaN, Double.NaN));
        assertFalse(t.accepts(Double.POSITIVE_INFINITY, 1e308));
    }
}
