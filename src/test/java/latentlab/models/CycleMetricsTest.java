package latentlab.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import latentlab.data.Dataset;
import latentlab.tensor.Rng;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

class CycleMetricsTest {
    private static final double EXACT = 1e-12;

    @Test
    void manyToOneIsZeroForAnyOneToOneBlobMap() {
        int[] sources = {0, 0, 0, 1, 1, 2};
        assertEquals(0, CycleMetrics.merged(new int[] {0, 0, 0, 1, 1, 2}, sources), EXACT);
        assertEquals(0, CycleMetrics.merged(new int[] {2, 2, 2, 0, 0, 1}, sources), EXACT);   // a wrong pairing, still one-to-one
    }

    @Test
    void manyToOneCountsThePointsMergedIntoABlobOwnedByAnother() {
        int[] sources = {0, 0, 0, 1, 1, 2};
        // Blob 0 of the target receives sources 0, 0, 0 and 1: source 0 owns it, the one point of source 1 is merged.
        assertEquals(1.0 / 6, CycleMetrics.merged(new int[] {0, 0, 0, 0, 1, 2}, sources), EXACT);
        // Everything in one blob: only the largest source (3 of 6 points) is not merged.
        assertEquals(0.5, CycleMetrics.merged(new int[] {1, 1, 1, 1, 1, 1}, sources), EXACT);
    }

    @Test
    void theIdentityMapIsNoShortcutBetweenTheDomains() {
        Dataset x = CycleDomains.x(2000, 0.1, Rng.seeded(1));
        double[][] yCentres = CycleDomains.centres(true);
        int[] labels = x.labelArray();
        double[] v = x.x().castTo(DataType.DOUBLE).dup('c').data().asDouble();
        int paired = 0;
        for (int i = 0; i < labels.length; i++) {
            int nearest = 0;
            for (int c = 1; c < yCentres.length; c++) {
                if (dist2(v, i, yCentres[c]) < dist2(v, i, yCentres[nearest])) {
                    nearest = c;
                }
            }
            paired += nearest == labels[i] ? 1 : 0;
        }
        assertTrue(paired < 0.05 * labels.length, "the identity pairs " + paired + " of " + labels.length);
    }

    private static double dist2(double[] v, int row, double[] centre) {
        double dx = v[2 * row] - centre[0];
        double dy = v[2 * row + 1] - centre[1];
        return dx * dx + dy * dy;
    }
}
