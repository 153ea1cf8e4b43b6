package latentlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import latentlab.tensor.Rng;
import org.junit.jupiter.api.Test;

class ToyDistributionsTest {

    @Test
    void ringCentresLieOnTheCircle() {
        GaussianRing ring = new GaussianRing(8, 2.0, 0.1);
        double[][] c = ring.centres();
        assertEquals(8, c.length);
        assertEquals(2.0, c[0][0], 1e-12);
        assertEquals(0.0, c[0][1], 1e-12);
        assertEquals(0.0, c[2][0], 1e-12);
        assertEquals(2.0, c[2][1], 1e-12);
        for (double[] centre : c) {
            assertEquals(2.0, Math.hypot(centre[0], centre[1]), 1e-12);
        }
    }

    @Test
    void ringSamplesStayNearTheirLabelledMode() {
        GaussianRing ring = GaussianRing.of(2.0, 0.05);
        Dataset d = ring.sample(2000, Rng.seeded(1));
        float[] xy = d.x().data().asFloat();
        int[] labels = d.labelArray();
        double sumSquares = 0;
        for (int i = 0; i < d.size(); i++) {
            assertEquals(labels[i], ring.nearestMode(xy[2 * i], xy[2 * i + 1]));
            double[] c = ring.centres()[labels[i]];
            sumSquares += Math.pow(xy[2 * i] - c[0], 2) + Math.pow(xy[2 * i + 1] - c[1], 2);
        }
        // E||x - c||² = 2σ² for an isotropic 2-D Gaussian.
        assertEquals(2 * 0.05 * 0.05, sumSquares / d.size(), 0.0005);
    }

    @Test
    void ringDensityIntegratesToOne() {
        GaussianRing ring = GaussianRing.of(1.0, 0.2);
        double h = 0.01;
        double total = 0;
        for (double x = -2; x < 2; x += h) {
            for (double y = -2; y < 2; y += h) {
                total += ring.density(x + h / 2, y + h / 2) * h * h;
            }
        }
        assertEquals(1.0, total, 1e-3);
    }

    @Test
    void samplersAreDeterministicFromTheirRng() {
        assertArrayEquals(Toy2d.moons(100, Rng.seeded(5)).x().data().asFloat(),
                Toy2d.moons(100, Rng.seeded(5)).x().data().asFloat());
        assertArrayEquals(Toy2d.spiral(100, Rng.seeded(5)).x().data().asFloat(),
                Toy2d.spiral(100, Rng.seeded(5)).x().data().asFloat());
        assertArrayEquals(GaussianRing.EIGHT.sample(100, Rng.seeded(5)).x().data().asFloat(),
                GaussianRing.EIGHT.sample(100, Rng.seeded(5)).x().data().asFloat());
    }

    @Test
    void noiselessMoonsLieOnTheirHalfCircles() {
        Dataset d = Toy2d.moons(200, 0, Rng.seeded(2));
        float[] xy = d.x().data().asFloat();
        int[] labels = d.labelArray();
        for (int i = 0; i < 200; i++) {
            double cx = labels[i] == 0 ? 0 : 1;
            double cy = labels[i] == 0 ? 0 : 0.5;
            assertEquals(1.0, Math.hypot(xy[2 * i] - cx, xy[2 * i + 1] - cy), 1e-6);
        }
    }

    @Test
    void noiselessSpiralRadiusGrowsWithTheAngle() {
        Dataset d = Toy2d.spiral(300, 1, 1.0, 0, Rng.seeded(3));
        float[] xy = d.x().data().asFloat();
        for (int i = 0; i < 300; i++) {
            double r = Math.hypot(xy[2 * i], xy[2 * i + 1]);
            double angle = Math.atan2(xy[2 * i + 1], xy[2 * i]);
            double t = angle < 0 ? angle + 2 * Math.PI : angle;
            assertEquals(t / (2 * Math.PI), r, 1e-5);
        }
    }

    @Test
    void mixtureDensityIntegratesToOneAndMatchesItsSamples() {
        GaussianMixture1d p = new GaussianMixture1d(new double[] {1, 3}, new double[] {-2, 1}, new double[] {0.5, 1});
        double[] xs = GaussianMixture1d.grid(-10, 10, 20001);
        double integral = 0;
        double mean = 0;
        for (int i = 0; i < xs.length - 1; i++) {
            double dx = xs[i + 1] - xs[i];
            integral += 0.5 * (p.density(xs[i]) + p.density(xs[i + 1])) * dx;
            mean += 0.5 * (xs[i] * p.density(xs[i]) + xs[i + 1] * p.density(xs[i + 1])) * dx;
        }
        assertEquals(1.0, integral, 1e-9);
        assertEquals(0.25, p.mean(), 1e-12);
        assertEquals(p.mean(), mean, 1e-9);
        double sampleMean = java.util.Arrays.stream(p.sampleArray(100_000, Rng.seeded(4))).average().orElseThrow();
        assertEquals(p.mean(), sampleMean, 0.02);
    }

    @Test
    void mixtureLogDensityStaysFiniteFarInTheTails() {
        GaussianMixture1d p = GaussianMixture1d.equal(0.1, -1, 1);
        assertEquals(Math.log(p.density(0.3)), p.logDensity(0.3), 1e-12);
        assertTrue(Double.isFinite(p.logDensity(50)));
        assertEquals(0.0, p.density(50));
    }

    @Test
    void mixturesWithTheSameComponentsAreEqual() {
        GaussianMixture1d a = new GaussianMixture1d(new double[] {1, 1}, new double[] {-1, 1}, new double[] {1, 2});
        GaussianMixture1d b = new GaussianMixture1d(new double[] {2, 2}, new double[] {-1, 1}, new double[] {1, 2});
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, GaussianMixture1d.equal(1, -1, 1));
    }

    @Test
    void mixtureSampleIsAColumnOfFloats() {
        assertArrayEquals(new long[] {7, 1}, GaussianMixture1d.gaussian(0, 1).sample(7, Rng.seeded(1)).shape());
    }

    @Test
    void mixtureRejectsANonPositiveSigma() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GaussianMixture1d.equal(0, 1, 2));
        assertEquals("GaussianMixture1d: component 0 must be weight >= 0, finite mean, sigma > 0 "
                + "but got w=1.0, mu=1.0, sigma=0.0.", e.getMessage());
    }

    @Test
    void ringRejectsANonPositiveSigma() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GaussianRing.of(2, 0));
        assertEquals("GaussianRing: sigma must be > 0 but got 0.0.", e.getMessage());
    }
}
