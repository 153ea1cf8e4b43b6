package latentlab.models;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import latentlab.data.Dataset;
import latentlab.tensor.Rng;
import latentlab.train.Progress;
import org.junit.jupiter.api.Test;

/**
 * The issue-6 gate on {@link CycleDomains} (X and Y turned 150° apart, so the identity is no
 * shortcut) with plain MLP translators and the {@link CycleGanConfig#toy2d()} recipe (cycle loss
 * off for 15 epochs, ramped in over 10, 3 D-steps per G-step, 40 epochs), on three seeds: with
 * λ = 1 the round trips are short, the translations one-to-one and the pairing right; with λ = 0
 * the round trips are long, blobs get merged and the pairing is lost.
 *
 * <p>Measured on the test points (pairing and many-to-one of G / of F, round trips of x / of y):
 * <pre>
 *   seed  λ   pairing       round trip    many-to-one
 *   1     1   1.00 / 1.00   0.20 / 0.21   0    / 0
 *   1     0   0.64 / 0.64   1.43 / 1.22   0.27 / 0.36
 *   2     1   1.00 / 1.00   0.24 / 0.17   0    / 0
 *   2     0   0.91 / 0.64   1.65 / 1.22   0.09 / 0.27
 *   3     1   1.00 / 1.00   0.11 / 0.13   0    / 0
 *   3     0   0.64 / 0.90   1.74 / 1.72   0.36 / 0.10
 * </pre>
 * The recipe is not seed-proof. Outside the test, seeds 4 and 5 at λ = 1 are one-to-one with short
 * round trips (0.16 / 0.15 and 0.27 / 0.29) but swap blobs 0 and 1 (pairing 0.09 / 0.10); at λ = 0
 * their round trips are 4.0 / 3.1 and 4.0 / 3.2. With the cycle loss on from the first step
 * ({@code withLambdaSchedule(0, 0)}, otherwise the same recipe) seeds 1–3 pair 0.27, 0.64 and 0.
 * The test took 202 s on the shared 2-core machine at load average 12–14; one model costs about
 * 16 CPU-seconds (user + sys, one thread, either λ), so about 95 s for the six. It was 4 models of
 * 30 epochs with 1 D-step before.
 */
class CycleGanTest {
    private static final double SIGMA = 0.1;
    private static final long[] SEEDS = {1, 2, 3};
    private static final int EPOCHS = 40;
    /** Mean ‖F(G(x)) − x‖₁ allowed with the cycle loss: a fifth of the ≈ 2.4 between blobs (σ = 0.1). */
    private static final double SHORT_ROUND_TRIP = 0.5;
    /** Without the cycle loss the round trips must be at least this many times longer, seed by seed. */
    private static final double LONGER_BY = 3;
    /** Share of points merged into another blob's image that still counts as one-to-one. */
    private static final double ONE_TO_ONE = 0.02;
    /** Share of points that must land in their own blob's counterpart with the cycle loss, each direction. */
    private static final double PAIRED = 0.9;
    /** How much more merging λ = 0 must show, averaged over the seeds and both directions. */
    private static final double MORE_MERGING = 0.05;
    /** How much less pairing λ = 0 must show, averaged over the seeds and both directions. */
    private static final double LESS_PAIRING = 0.1;
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

    /** The mean over the seeds of a metric averaged over both directions. */
    private static double mean(CycleMetrics[] runs, ToDoubleFunction<CycleMetrics> metric) {
        return Arrays.stream(runs).mapToDouble(metric).average().orElseThrow();
    }

    @Test
    void cycleConsistencyKeepsTheRightPairingOneToOneAndItsAbsenceMergesBlobs() {
        CycleMetrics[] with = new CycleMetrics[SEEDS.length];
        CycleMetrics[] without = new CycleMetrics[SEEDS.length];
        for (int i = 0; i < SEEDS.length; i++) {
            with[i] = trained(1.0, SEEDS[i]);
            without[i] = trained(0.0, SEEDS[i]);
            CycleMetrics w = with[i];
            CycleMetrics wo = without[i];
            assertTrue(w.roundTripX() < SHORT_ROUND_TRIP && w.roundTripY() < SHORT_ROUND_TRIP, "λ = 1: " + w);
            assertTrue(w.manyToOneX() <= ONE_TO_ONE && w.manyToOneY() <= ONE_TO_ONE, "λ = 1: " + w);
            assertTrue(w.pairingX() >= PAIRED && w.pairingY() >= PAIRED, "λ = 1, seed " + SEEDS[i] + ": " + w);
            assertTrue(wo.roundTripX() > LONGER_BY * w.roundTripX() && wo.roundTripY() > LONGER_BY * w.roundTripY(),
                    "λ = 0: " + wo + " vs λ = 1: " + w);
        }
        ToDoubleFunction<CycleMetrics> manyToOne = m -> (m.manyToOneX() + m.manyToOneY()) / 2;
        ToDoubleFunction<CycleMetrics> pairing = m -> (m.pairingX() + m.pairingY()) / 2;
        assertTrue(mean(without, manyToOne) > mean(with, manyToOne) + MORE_MERGING,
                "mean many-to-one: λ = 0 " + mean(without, manyToOne) + " vs λ = 1 " + mean(with, manyToOne));
        assertTrue(mean(without, pairing) < mean(with, pairing) - LESS_PAIRING,
                "mean pairing: λ = 0 " + mean(without, pairing) + " vs λ = 1 " + mean(with, pairing));
    }
}
