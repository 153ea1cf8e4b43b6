package latentlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import latentlab.tensor.Rng;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

class SyntheticDigitsTest {

    @Test
    void sameSeedGivesByteIdenticalImagesAndLabels() {
        Dataset a = SyntheticDigits.generate(500, 42);
        Dataset b = SyntheticDigits.generate(500, 42);
        assertArrayEquals(a.x().data().asFloat(), b.x().data().asFloat());
        assertArrayEquals(a.labelArray(), b.labelArray());
    }

    @Test
    void imageDependsOnlyOnSeedAndIndexNotOnCount() {
        Dataset small = SyntheticDigits.generate(10, 7);
        Dataset large = SyntheticDigits.generate(300, 7);
        assertArrayEquals(small.x().data().asFloat(), large.head(10).x().data().asFloat());
    }

    @Test
    void differentSeedsGiveDifferentImages() {
        float[] a = SyntheticDigits.generate(20, 1).x().data().asFloat();
        float[] b = SyntheticDigits.generate(20, 2).x().data().asFloat();
        assertFalse(Arrays.equals(a, b));
    }

    @Test
    void imagesAreFloat784InUnitRangeWithBlackBackground() {
        Dataset d = SyntheticDigits.generate(200, 3);
        assertEquals(DataType.FLOAT, d.x().dataType());
        assertArrayEquals(new long[] {200, 784}, d.x().shape());
        assertArrayEquals(new long[] {200}, d.labels().shape());
        float[] px = d.x().data().asFloat();
        for (float v : px) {
            assertTrue(v >= 0 && v <= 1, "pixel " + v);
        }
        for (int i = 0; i < 200; i++) {
            float corner = px[i * 784];
            assertEquals(0f, corner, "top-left pixel of image " + i);
            double ink = 0;
            for (int p = 0; p < 784; p++) {
                ink += px[i * 784 + p];
            }
            // A thin 1 has about 40 units of ink, a bold 8 about 200 (MNIST is similar).
            assertTrue(ink > 20 && ink < 250, "ink of image " + i + " = " + ink);
        }
    }

    @Test
    void everyClassAppearsWithRoughlyEqualFrequency() {
        int[] counts = new int[10];
        for (int label : SyntheticDigits.generate(5000, 11).labelArray()) {
            counts[label]++;
        }
        for (int k = 0; k < 10; k++) {
            assertTrue(counts[k] > 400 && counts[k] < 600, "class " + k + " has " + counts[k]);
        }
    }

    @Test
    void trainAndTestAreDisjointSlicesOfOneStream() {
        Split split = SyntheticDigits.trainTest(100, 30, 5);
        Dataset all = SyntheticDigits.generate(130, 5);
        assertEquals(100, split.train().size());
        assertEquals(30, split.test().size());
        assertArrayEquals(all.slice(100, 130).x().data().asFloat(), split.test().x().data().asFloat());
    }

    @Test
    void renderRejectsAnUnknownDigit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SyntheticDigits.render(10, Rng.seeded(1), DigitStyle.DEFAULT, new float[784], 0));
        assertEquals("SyntheticDigits.render: digit must be 0..9 but got 10.", e.getMessage());
    }

    @Test
    void styleRejectsImpossibleHeights() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DigitStyle(5, 0, 0, 20, 30, 1, 1, 0, 0, 0, 0));
        assertEquals("DigitStyle: minHeight, maxHeight must be 0 < min <= max <= 28 but got 20.0, 30.0.", e.getMessage());
    }
}
