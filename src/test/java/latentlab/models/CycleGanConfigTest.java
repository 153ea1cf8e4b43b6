package latentlab.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CycleGanConfigTest {
    private static final double EXACT = 1e-12;

    @Test
    void theCycleWeightIsOffDuringTheWarmupThenRampsLinearlyToLambda() {
        CycleGanConfig c = CycleGanConfig.toy2d().withLambda(2.0).withLambdaSchedule(3, 4);
        double[] expected = {0, 0, 0, 2 * 1 / 5.0, 2 * 2 / 5.0, 2 * 3 / 5.0, 2 * 4 / 5.0, 2, 2};
        for (int epoch = 0; epoch < expected.length; epoch++) {
            assertEquals(expected[epoch], c.lambdaAt(epoch), EXACT, "epoch " + epoch);
        }
    }

    @Test
    void withoutAScheduleTheFullLambdaAppliesFromTheFirstEpoch() {
        CycleGanConfig c = CycleGanConfig.toy2d().withLambdaSchedule(0, 0);
        assertEquals(1.0, c.lambdaAt(0), EXACT);
    }

    @Test
    void badSchedulesAndDiscriminatorStepsAreRefused() {
        CycleGanConfig c = CycleGanConfig.toy2d();
        var negative = assertThrows(IllegalArgumentException.class, () -> c.withLambdaSchedule(-1, 2));
        assertTrue(negative.getMessage().contains("lambdaWarmup"), negative.getMessage());
        var zero = assertThrows(IllegalArgumentException.class, () -> c.withDiscriminatorSteps(0));
        assertTrue(zero.getMessage().contains("discriminatorSteps"), zero.getMessage());
    }

    @Test
    void eachConfigRecordNamesItselfWhenItRefusesACount() {
        var cycle = assertThrows(IllegalArgumentException.class, () -> CycleGanConfig.toy2d().withHidden(0));
        assertTrue(cycle.getMessage().contains("CycleGanConfig") && cycle.getMessage().contains("hidden"),
                cycle.getMessage());
        var vae = assertThrows(IllegalArgumentException.class, () -> VaeConfig.digits().withEpochs(-3));
        assertTrue(vae.getMessage().contains("VaeConfig") && vae.getMessage().contains("-3"), vae.getMessage());
    }

    @Test
    void aCheckpointReadsTheScheduleBack() {
        CycleGanConfig c = CycleGanConfig.toy2d().withLambdaSchedule(7, 2).withDiscriminatorSteps(5);
        assertEquals(c, Configs.parse(CycleGanConfig.class, c.toString()));
    }
}
