package latentlab.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import latentlab.tensor.Rng;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ModeMetricsTest {
    private static final double SIGMA = 0.02;

    private static INDArray ring() {
        double[][] c = new double[8][2];
        for (int k = 0; k < 8; k++) {
            c[k][0] = 2 * Math.cos(2 * Math.PI * k / 8);
            c[k][1] = 2 * Math.sin(2 * Math.PI * k / 8);
        }
        return Nd4j.create(c).castTo(DataType.FLOAT);
    }

    private static INDArray samples(INDArray centers, int n, int[] modes, Rng rng) {
        INDArray x = rng.normal(DataType.FLOAT, n, 2).muli(SIGMA);
        for (int i = 0; i < n; i++) {
            x.getRow(i).addi(centers.getRow(modes[i % modes.length]));
        }
        return x;
    }

    @Test
    void samplesFromTheDataCoverEveryModeWithHighQuality() {
        INDArray centers = ring();
        ModeMetrics m = ModeMetrics.of(samples(centers, 2000, new int[] {0, 1, 2, 3, 4, 5, 6, 7}, Rng.seeded(1)),
                centers, SIGMA);
        assertEquals(8, m.modesCovered());
        // P(|x| ≤ 3σ) for a 2-D isotropic Gaussian is 1 − exp(−9/2) ≈ 0.989.
        assertEquals(1 - Math.exp(-4.5), m.highQualityShare(), 0.01);
        assertEquals(0, m.reverseKl(), 1e-12);
    }

    @Test
    void aCollapsedGeneratorCoversOneModeWithReverseKlLogK() {
        INDArray centers = ring();
        ModeMetrics m = ModeMetrics.of(samples(centers, 1000, new int[] {3}, Rng.seeded(2)), centers, SIGMA);
        assertEquals(1, m.modesCovered());
        assertEquals(Math.log(8), m.reverseKl(), 1e-12);
        assertTrue(m.countsPerMode()[3] > 950);
    }

    @Test
    void samplesBetweenModesAreNotHighQuality() {
        INDArray centers = ring();
        INDArray origin = Nd4j.zeros(DataType.FLOAT, 100, 2);
        ModeMetrics m = ModeMetrics.of(origin, centers, SIGMA);
        assertEquals(0, m.modesCovered());
        assertEquals(0, m.highQualityShare());
    }

    @Test
    void aModeWithTooFewSamplesIsLost() {
        INDArray centers = ring();
        // 7 modes evenly, mode 7 with only 5 of 800 samples (expected 100, 20% is 20).
        int[] modes = new int[800];
        for (int i = 0; i < 800; i++) {
            modes[i] = i < 5 ? 7 : i % 7;
        }
        ModeMetrics m = ModeMetrics.of(samples(centers, 800, modes, Rng.seeded(3)), centers, SIGMA);
        assertEquals(7, m.modesCovered());
        assertEquals(8, ModeMetrics.of(samples(centers, 800, modes, Rng.seeded(3)), centers, SIGMA, 0.0)
                .modesCovered());
    }

    @Test
    void doesNotModifyItsInputs() {
        INDArray centers = ring();
        INDArray x = samples(centers, 100, new int[] {0, 1}, Rng.seeded(4));
        INDArray xCopy = x.dup();
        INDArray centersCopy = centers.dup();
        ModeMetrics.of(x, centers, SIGMA);
        assertEquals(xCopy, x);
        assertEquals(centersCopy, centers);
    }

    @Test
    void rejectsMismatchedDimensions() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModeMetrics.of(Nd4j.zeros(DataType.FLOAT, 5, 3), ring(), SIGMA));
        assertEquals("ModeMetrics.of: centers must be [K, D=3] but got [8, 2].", e.getMessage());
    }
}
