package latentlab.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import latentlab.data.Dataset;
import latentlab.data.GaussianRing;
import latentlab.data.SyntheticDigits;
import latentlab.exercises.Exercises;
import latentlab.exercises.GanObjectives;
import latentlab.tensor.Rng;
import latentlab.train.Metrics;
import latentlab.train.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class GanTest {
    private static final GaussianRing RING = GaussianRing.EIGHT;

    @TempDir
    Path folder;

    /** The gate: all 8 modes and at least 90% of samples within 3σ of a mode. */
    private static final double HIGH_QUALITY_TARGET = 0.90;
    /** "Clearly worse": the collapsing run's reverse KL exceeds the good one's by at least this (nats). */
    private static final double REVERSE_KL_GAP = 1.0;
    private static final int RING_EPOCHS = 80;
    private static final int METRIC_SAMPLES = 10_000;

    /**
     * Initialisation seeds of the ring gate (data and metric samples keep their seeds). One fixed
     * seed tests one trajectory, which the BLAS thread count alone changes (the last bits of the
     * matrix products differ), so the gate is a statistic over seeds. Measured with
     * {@code RING_EPOCHS}: every seed passes with 2 BLAS threads (high-quality 93.9–96.1%) and with
     * 1 (93.2–96.9%), about 50 s each.
     */
    private static final long[] RING_SEEDS = {1, 2, 4, 5, 6};
    /** The gate must hold for at least this many of {@link #RING_SEEDS}. */
    private static final int RING_SEEDS_PASSING = 4;

    /** The ring recipe's metrics per initialisation seed, each trained once for the tests that need it. */
    private static final Map<Long, ModeMetrics> RING_METRICS = new TreeMap<>();

    private static synchronized ModeMetrics ringRecipeMetrics(long seed) {
        return RING_METRICS.computeIfAbsent(seed, s -> {
            GanRecipe recipe = GanRecipe.ring().withEpochs(RING_EPOCHS);
            recipe = recipe.withConfig(recipe.config().withSeed(s));
            Gan gan = recipe.create(GanLosses.builtIn());
            recipe.fit(gan, RING.sample(25_600, Rng.seeded(3)), null, Progress.silent());
            ModeMetrics metrics = gan.modeMetrics(RING, METRIC_SAMPLES, Rng.seeded(5));
            System.out.println("GAN ring recipe, seed " + s + ", " + RING_EPOCHS + " epochs (lr 1e-3 -> 1e-4): " + metrics);
            return metrics;
        });
    }

    private static boolean meetsTheGate(ModeMetrics m) {
        return m.modesCovered() == 8 && m.highQualityShare() >= HIGH_QUALITY_TARGET;
    }

    @Test
    void ringRecipeCoversAllEightModesWithNinetyPercentHighQualitySamples() {
        StringBuilder all = new StringBuilder();
        int passing = 0;
        for (long seed : RING_SEEDS) {
            ModeMetrics m = ringRecipeMetrics(seed);
            passing += meetsTheGate(m) ? 1 : 0;
            all.append("\n  seed ").append(seed).append(": ").append(m);
        }
        assertTrue(passing >= RING_SEEDS_PASSING, passing + " of " + RING_SEEDS.length
                + " seeds cover all 8 modes with >= 90% high-quality samples:" + all);
    }

    @Test
    void collapsingRecipeIsClearlyWorseThanTheRingRecipe() {
        GanRecipe recipe = GanRecipe.collapsing();
        Gan gan = recipe.create(GanLosses.builtIn());
        recipe.fit(gan, RING.sample(25_600, Rng.seeded(3)), null, Progress.silent());
        ModeMetrics collapsed = gan.modeMetrics(RING, METRIC_SAMPLES, Rng.seeded(5));
        ModeMetrics good = ringRecipeMetrics(RING_SEEDS[0]);
        System.out.println("GAN collapsing recipe (saturating loss, D 16x1, 10 epochs): " + collapsed);
        assertTrue(collapsed.modesCovered() < good.modesCovered(), collapsed + " vs " + good);
        assertTrue(collapsed.reverseKl() > good.reverseKl() + REVERSE_KL_GAP, collapsed + " vs " + good);
        assertTrue(collapsed.highQualityShare() < good.highQualityShare(), collapsed + " vs " + good);
    }

    @Test
    void recipeAnnealsTheLearningRateGeometrically() {
        GanRecipe recipe = new GanRecipe(GanConfig.toy2d().withLearningRate(1e-3).withEpochs(3), 1e-5);
        assertEquals(1e-3, recipe.learningRate(0), 1e-15);
        assertEquals(1e-4, recipe.learningRate(1), 1e-15);
        assertEquals(1e-5, recipe.learningRate(2), 1e-15);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> recipe.learningRate(3));
        assertEquals("GanRecipe.learningRate: epoch must be in [0, 3) but got 3.", e.getMessage());
    }

    @Test
    void recipeRejectsANonPositiveFinalLearningRate() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GanRecipe(GanConfig.toy2d(), 0));
        assertEquals("GanRecipe: finalLearningRate must be a finite number > 0 but got 0.0.", e.getMessage());
    }

    @Test
    void recipeFitResumesWhereTheGanStopped() {
        GanRecipe recipe = GanRecipe.ring().withEpochs(3);
        Gan gan = recipe.create(GanLosses.builtIn());
        Dataset data = RING.sample(512, Rng.seeded(1));
        gan.fit(data, 1, null, Progress.silent());
        assertEquals(3, recipe.fit(gan, data, null, Progress.silent()).rowCount());
        assertEquals(3, recipe.fit(gan, data, null, Progress.silent()).rowCount());
    }

    @Test
    void recipeFitRejectsAGanOfAnotherConfig() {
        Gan other = Gan.create(GanConfig.toy2d().withDSteps(2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GanRecipe.ring().fit(other, RING.sample(64, Rng.seeded(1)), null, Progress.silent()));
        assertTrue(e.getMessage().startsWith("GanRecipe.fit: gan must be a Gan built from GanConfig["), e.getMessage());
        assertTrue(e.getMessage().endsWith("Hint: create it with recipe.create(losses)."), e.getMessage());
    }

    @Test
    void builtInLossesMatchTheReferenceExercise() {
        GanObjectives reference = Exercises.reference(GanObjectives.class);
        GanLosses builtIn = GanLosses.builtIn();
        Rng rng = Rng.seeded(8);
        INDArray real = rng.normal(DataType.FLOAT, 6, 1).muli(3);
        INDArray fake = rng.normal(DataType.FLOAT, 5, 1).muli(3);
        assertEquals(reference.discriminatorLoss(real, fake), builtIn.discriminatorLoss(real, fake), 1e-5);
        assertEquals(reference.generatorLossSaturating(fake),
                builtIn.generatorLoss(fake, GanConfig.GeneratorLoss.SATURATING), 1e-5);
        assertEquals(reference.generatorLossNonSaturating(fake),
                builtIn.generatorLoss(fake, GanConfig.GeneratorLoss.NON_SATURATING), 1e-5);
        assertTrue(reference.generatorLossNonSaturatingGradient(fake).equalsWithEps(
                builtIn.generatorLossGradient(fake, GanConfig.GeneratorLoss.NON_SATURATING), 1e-5));
        var g1 = reference.discriminatorLossGradient(real, fake);
        var g2 = builtIn.discriminatorLossGradient(real, fake);
        assertTrue(g1.dRealLogits().equalsWithEps(g2.dRealLogits(), 1e-5));
        assertTrue(g1.dFakeLogits().equalsWithEps(g2.dFakeLogits(), 1e-5));
    }

    @Test
    void aDigitsGanTrainsOnTheReferenceLosses() {
        Dataset digits = SyntheticDigits.generate(512, 4);
        Gan gan = Gan.create(GanConfig.digits().withEpochs(1), GanLosses.reference());
        var history = gan.fit(digits, null, Progress.silent());
        INDArray samples = gan.sample(8, Rng.seeded(1));
        assertEquals(784, samples.columns());
        assertTrue(samples.minNumber().doubleValue() >= 0 && samples.maxNumber().doubleValue() <= 1);
        assertTrue(Double.isFinite(history.doubleColumn("d_loss").get(0)));
    }

    @Test
    void checkpointRestoresBothNetworks() {
        Gan gan = Gan.create(GanConfig.toy2d().withEpochs(1).withDSteps(2));
        gan.fit(RING.sample(1024, Rng.seeded(1)), Gan.ringMetrics(RING), Progress.silent());
        Path file = folder.resolve("gan.ckpt");
        gan.save(file);
        Gan loaded = Gan.load(file);
        INDArray z = Rng.seeded(2).normal(DataType.FLOAT, 10, 2);
        assertEquals(gan.generate(z), loaded.generate(z));
        assertEquals(gan.discriminate(z), loaded.discriminate(z));
        assertEquals(gan.history().toString(), loaded.history().toString());
    }

    @Test
    void stepReportsItsLosses() {
        Gan gan = Gan.create(GanConfig.toy2d());
        Metrics m = gan.step(RING.sample(64, Rng.seeded(1)).x());
        assertEquals(java.util.List.of("d_loss", "g_loss", "d_real", "d_fake"), java.util.List.copyOf(m.values().keySet()));
        assertTrue(m.get("d_loss") > 0 && Double.isFinite(m.get("d_loss")), m.toString());
        assertTrue(m.get("d_real") > 0 && m.get("d_real") < 1 && m.get("d_fake") > 0 && m.get("d_fake") < 1, m.toString());
    }
}
