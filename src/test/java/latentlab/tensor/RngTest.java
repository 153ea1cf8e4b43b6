package latentlab.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class RngTest {

    @Test
    void sameSeedGivesTheSameArraysAndScalars() {
        Rng a = Rng.seeded(42);
        Rng b = Rng.seeded(42);
        assertEquals(a.normal(DataType.FLOAT, 3, 4), b.normal(DataType.FLOAT, 3, 4));
        assertEquals(a.uniform(DataType.DOUBLE, -1, 1, 5), b.uniform(DataType.DOUBLE, -1, 1, 5));
        assertEquals(a.bernoulli(DataType.FLOAT, 0.3, 7), b.bernoulli(DataType.FLOAT, 0.3, 7));
        assertArrayEquals(a.permutation(20), b.permutation(20));
        assertEquals(a.normal(), b.normal());
    }

    @Test
    void normalIntoGivesTheDrawsOfNormalInEitherOrdering() {
        Rng a = Rng.seeded(7);
        Rng b = Rng.seeded(7);
        INDArray columnMajor = org.nd4j.linalg.factory.Nd4j.createUninitialized(DataType.FLOAT, new long[] {5, 3}, 'f');
        INDArray rowMajor = org.nd4j.linalg.factory.Nd4j.createUninitialized(DataType.FLOAT, new long[] {3, 5}, 'c');
        a.normalInto(columnMajor);
        a.normalInto(rowMajor);
        // bit for bit: float32 draws compared as floats, not within a tolerance
        assertArrayEquals(b.normal(DataType.FLOAT, 5, 3).dup('c').data().asFloat(), columnMajor.dup('c').data().asFloat());
        assertArrayEquals(b.normal(DataType.FLOAT, 3, 5).dup('c').data().asFloat(), rowMajor.dup('c').data().asFloat());
        assertEquals(a.normal(), b.normal());
    }

    @Test
    void normalIntoRejectsANonFloatArray() {
        INDArray doubles = org.nd4j.linalg.factory.Nd4j.zeros(DataType.DOUBLE, 2, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Rng.seeded(1).normalInto(doubles));
        assertEquals("Rng.normalInto: out must be a dense float32 matrix [R, C] but got DOUBLE [2, 2] with "
                + "element-wise stride 1.", e.getMessage());
    }

    @Test
    void differentSeedsDiffer() {
        assertNotEquals(Rng.seeded(1).normal(DataType.DOUBLE, 8), Rng.seeded(2).normal(DataType.DOUBLE, 8));
    }

    @Test
    void splitStreamsAreRepeatableAndIndependentOfTheParent() {
        Rng parent = Rng.seeded(9);
        Rng child = parent.split();
        Rng parentAgain = Rng.seeded(9);
        Rng childAgain = parentAgain.split();
        assertEquals(child.uniform(), childAgain.uniform());
        assertNotEquals(child.normal(DataType.DOUBLE, 4), parent.normal(DataType.DOUBLE, 4));
    }

    @Test
    void normalDrawsHaveUnitMomentsAndUniformStaysInRange() {
        INDArray z = Rng.seeded(3).normal(DataType.DOUBLE, 100_000);
        assertEquals(0, z.meanNumber().doubleValue(), 0.01);
        assertEquals(1, z.stdNumber().doubleValue(), 0.01);
        INDArray u = Rng.seeded(4).uniform(DataType.DOUBLE, 2, 3, 10_000);
        assertTrue(u.minNumber().doubleValue() >= 2 && u.maxNumber().doubleValue() < 3);
    }

    @Test
    void permutationHoldsEachIndexOnce() {
        int[] p = Rng.seeded(5).permutation(100);
        int[] sorted = p.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < 100; i++) {
            assertEquals(i, sorted[i]);
        }
    }

    @Test
    void invalidArgumentsAreReported() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Rng.seeded(0).bernoulli(DataType.FLOAT, 1.5, 3));
        assertEquals("Rng.bernoulli: p must be in [0, 1] but got 1.5.", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Rng.seeded(0).normal(DataType.FLOAT, 2, -1));
        assertEquals("Rng: shape must be non-negative dimensions but got [2, -1].", e.getMessage());
    }
}
