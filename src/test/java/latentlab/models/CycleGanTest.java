package latentlab.models;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import latentlab.data.Dataset;
import latentlab.tensor.Rng;
import latentlab.train.Progress;
import org.junit.jupiter.api.Test;

/**
 * The issue-6 gate on {@link CycleDomains} (X and Y turned 150° apart, so the identity is no
 * shortcut) with plain MLP translators, on two seeds: with λ = 1 the round trips are short and
 * the translations one-to-one; with λ = 0 the round trips are long and blobs get merged.
 */
class CycleGanTest {
    private static final double SIGMA = 0.1;
    private static final long[] SEEDS = {1, 2};
    private static final int EPOCHS = 30;
    /** Mean ‖F(G(x)) − x‖₁ allowed with the cycle loss: a fifth of the ≈ 2.4 between blobs (σ = 0.1). */
    private static final double SHORT_ROUND_TRIP = 0.5;
    /** Without the cycle loss the round trips must be at least this many times longer, seed by seed. */
    private static final double LONGER_BY = 3;
    /** Share of points merged into another blob's image that still counts as one-to-one. */
    private static final double ONE_TO_ONE = 0.02;
    /** How much more merging λ = 0 must show, averaged over the seeds and both directions. */
    private static final double MORE_MERGING = 0.05;
    private static final Dataset X = CycleDomains.x(1000, SIGMA, Rng.seeded(1));
    private static final Dataset Y = CycleDomains.y(1000, SIGMA, Rng.seeded(2));
    private static final Dataset X_TEST = CycleDomains.x(1000, SIGMA, Rng.seeded(3));
    private static final Dataset Y_TEST = CycleDomains.y(1000, SIGMA, Rng.seeded(4));

    private static CycleMetrics trained(double lambda, long seed) {
        CycleGan model = CycleGan.create(CycleGanConfig.toy2d().withLambda(lambda).withEpochs(EPOCHS).withSeed(seed));
        model.fit(X, Y, null, null, Progress.silent());
        CycleMetrics m = model.metrics(X_TEST, Y_TEST);
        System.out.println("CycleGAN λ = " + lambda + ", seed " + seed + ": " + m);
        return m;
    }

    private static double meanManyToOne(CycleMetrics[] runs) {
        return Arrays.stream(runs).mapToDouble(m -> (m.manyToOneX() + m.manyToOneY()) / 2).average().orElseThrow();
    }

    @Test
    void cycleConsistencyKeepsTranslationsOneToOneAndItsAbsenceMergesBlobs() {
        CycleMetrics[] with = new CycleMetrics[SEEDS.length];
        CycleMetrics[] without = new CycleMetrics[SEEDS.length];
        for (int i = 0; i < SEEDS.length; i++) {
            with[i] = trained(1.0, SEEDS[i]);
            without[i] = trained(0.0, SEEDS[i]);
            CycleMetrics w = with[i];
            CycleMetrics wo = without[i];
            assertTrue(w.roundTripX() < SHORT_ROUND_TRIP && w.roundTripY() < SHORT_ROUND_TRIP, "λ = 1: " + w);
            assertTrue(w.manyToOneX() <= ONE_TO_ONE && w.manyToOneY() <= ONE_TO_ONE, "λ = 1: " + w);
            assertTrue(wo.roundTripX() > LONGER_BY * w.roundTripX() && wo.roundTripY() > LONGER_BY * w.roundTripY(),
                    "λ = 0: " + wo + " vs λ = 1: " + w);
        }
        assertTrue(meanManyToOne(without) > meanManyToOne(with) + MORE_MERGING,
                "mean many-to-one: λ = 0 " + meanManyToOne(without) + " vs λ = 1 " + meanManyToOne(with));
    }
}
