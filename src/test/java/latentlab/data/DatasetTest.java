package latentlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import latentlab.tensor.Rng;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class DatasetTest {
    /** Row i is (i, -i); label i % 3. */
    private static Dataset counting(int n) {
        float[] x = new float[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            x[2 * i] = i;
            x[2 * i + 1] = -i;
            labels[i] = i % 3;
        }
        return Dataset.of(x, n, 2, labels);
    }

    @Test
    void batchesCoverEveryRowOnceInAShuffledOrder() {
        Dataset d = counting(10);
        Batches batches = d.batches(4, Rng.seeded(1));
        assertEquals(3, batches.count());
        List<Integer> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (LabelledBatch b : batches) {
            sizes.add(b.size());
            float[] x = b.x().data().asFloat();
            int[] labels = b.labels().toIntVector();
            for (int i = 0; i < b.size(); i++) {
                int row = (int) x[2 * i];
                assertEquals(-row, x[2 * i + 1]);
                assertEquals(row % 3, labels[i]);
                seen.add(row);
            }
        }
        assertEquals(List.of(4, 4, 2), sizes);
        assertNotEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), seen);
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), seen.stream().sorted().toList());
    }

    @Test
    void sameSeedGivesTheSameBatchOrder() {
        Dataset d = counting(50);
        assertEquals(firstColumn(d.batches(8, Rng.seeded(3))), firstColumn(d.batches(8, Rng.seeded(3))));
        assertNotEquals(firstColumn(d.batches(8, Rng.seeded(3))), firstColumn(d.batches(8, Rng.seeded(4))));
    }

    @Test
    void dropLastSkipsTheShortBatch() {
        Batches batches = counting(10).batchesInOrder(4).dropLast();
        assertEquals(2, batches.count());
        assertEquals(List.of(0f, 1f, 2f, 3f, 4f, 5f, 6f, 7f), firstColumn(batches));
    }

    @Test
    void batchesAreCopiesSoTrainingCodeMayModifyThem() {
        Dataset d = counting(6);
        float[] before = d.x().data().asFloat();
        for (LabelledBatch b : d.batches(3, Rng.seeded(2))) {
            b.x().muli(0);
        }
        assertArrayEquals(before, d.x().data().asFloat());
    }

    @Test
    void splitAndSliceKeepRowsAndLabelsTogether() {
        Split split = counting(10).split(7);
        assertEquals(7, split.train().size());
        assertArrayEquals(new int[] {1, 2, 0}, split.test().labelArray());
        assertArrayEquals(new float[] {7, -7, 8, -8, 9, -9}, split.test().x().data().asFloat());
        assertArrayEquals(new int[] {0, 3, 6, 9}, Arrays.stream(counting(10).withLabel(0).x().getColumn(0)
                .toIntVector()).toArray());
    }

    @Test
    void rejectsLabelsOfTheWrongLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Dataset(Nd4j.zeros(5, 2), Nd4j.createFromArray(new int[3])));
        assertEquals("Dataset: labels must be [N=5] but got [3]. Hint: one integer label per row of x.", e.getMessage());
    }

    @Test
    void rejectsANonPositiveBatchSize() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> counting(3).batches(0, Rng.seeded(1)));
        assertEquals("Dataset.batches: batchSize must be a positive integer but got 0.", e.getMessage());
    }

    private static List<Float> firstColumn(Batches batches) {
        List<Float> values = new ArrayList<>();
        for (LabelledBatch b : batches) {
            for (float v : b.x().getColumn(0).toFloatVector()) {
                values.add(v);
            }
        }
        return values;
    }
}
