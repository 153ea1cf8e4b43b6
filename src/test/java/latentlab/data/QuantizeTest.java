package latentlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import latentlab.tensor.Rng;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class QuantizeTest {

    @Test
    void binsAreFloorsAndTheEndsAreClamped() {
        Dataset data = new Dataset(Nd4j.createFromArray(new float[][] {{0f, 0.24f, 0.25f, 0.99f}, {1f, -3f, 7f, 0.5f}}),
                Nd4j.createFromArray(4, 5));
        Dataset bins = Quantize.levels(data, 0, 1, 4);
        assertArrayEquals(new float[] {0, 0, 1, 3, 3, 0, 3, 2}, bins.x().data().asFloat());
        assertArrayEquals(new int[] {4, 5}, bins.labelArray());
    }

    @Test
    void everyValueIsALevelAndTheInputIsUnchanged() {
        Dataset moons = Toy2d.moons(500, Rng.seeded(1));
        Dataset before = new Dataset(moons.x().dup(), moons.labels().dup());
        Dataset bins = Quantize.levels(moons, -1.5, 2.5, 64);
        for (float v : bins.x().data().asFloat()) {
            assertEquals(Math.rint(v), v, 0, "not an integer: " + v);
            assertEquals(true, v >= 0 && v <= 63, "out of range: " + v);
        }
        assertEquals(before.x(), moons.x());
        assertEquals(before.labels(), moons.labels());
    }

    @Test
    void badRangesAndLevelsAreNamed() {
        Dataset data = Toy2d.moons(10, Rng.seeded(2));
        var range = assertThrows(IllegalArgumentException.class, () -> Quantize.levels(data, 1, 1, 4));
        assertEquals("Quantize.levels: range must be finite min < max but got [1.0, 1.0].", range.getMessage());
        var levels = assertThrows(IllegalArgumentException.class, () -> Quantize.levels(data, 0, 1, 1));
        assertEquals("Quantize.levels: levels must be K >= 2 but got 1.", levels.getMessage());
    }
}
