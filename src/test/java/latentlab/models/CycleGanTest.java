package latentlab.models;

import static org.junit.jupiter.api.Assertions.assertTrue;

import latentlab.data.Dataset;
import latentlab.tensor.Rng;
import latentlab.train.Progress;
import org.junit.jupiter.api.Test;

class CycleGanTest {
    private static final double SIGMA = 0.1;
    private static final Dataset X = CycleDomains.x(4000, SIGMA, Rng.seeded(1));
    private static final Dataset Y = CycleDomains.y(4000, SIGMA, Rng.seeded(2));
    private static final Dataset X_TEST = CycleDomains.x(1000, SIGMA, Rng.seeded(3));
    private static final Dataset Y_TEST = CycleDomains.y(1000, SIGMA, Rng.seeded(4));

    private static CycleMetrics trained(double lambda) {
        CycleGan model = CycleGan.create(CycleGanConfig.toy2d().withLambda(lambda));
        model.fit(X, Y, null, null, Progress.silent());
        CycleMetrics m = model.metrics(X_TEST, Y_TEST);
        System.out.println("CycleGAN λ = " + lambda + ": " + m);
        return m;
    }

    @Test
    void cycleConsistencyPreservesContentAndItsAbsenceLosesIt() {
        CycleMetrics with = trained(1.0);
        CycleMetrics without = trained(0.0);
        assertTrue(with.roundTripX() < 0.3 && with.roundTripY() < 0.3, with.toString());
        assertTrue(with.pairingX() > 0.9 && with.pairingY() > 0.9, with.toString());
        assertTrue(without.roundTripX() > 2.5 * with.roundTripX() && without.roundTripY() > 2.5 * with.roundTripY(),
                without + " vs " + with);
    }
}
