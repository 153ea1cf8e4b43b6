package latentlab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Smoke tests of `bin/latentlab bench`: each workload trains for about 0.1 s and reports a
 * positive throughput. They check that the bench runs, not how fast (that is the bench's job).
 */
class WorkloadsTest {
    private static final double SECONDS = 0.1;

    /** The bench's workloads on a small data set, so that building it takes no time. */
    private static List<Workload> small() {
        return List.of(new VaeWorkload(128, 1024), new GanWorkload(128, 1024));
    }

    @Test
    void benchListsTheVaeAndTheGan() {
        assertEquals(List.of("vae-784-400-20", "gan-64-256-784"), Bench.workloads().stream().map(Workload::name).toList());
    }

    @Test
    void eachWorkloadTrainsAndReportsAPositiveThroughput() {
        for (Workload workload : small()) {
            Measurement m = workload.runOurs(0, SECONDS);
            assertPositiveThroughput(workload.name(), m);
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "LATENTLAB_COMPARE_TORCH", matches = "1")
    void eachPyTorchTwinRunsAndReportsAPositiveThroughput() throws Exception {
        Bench.Options options = Bench.parse(new String[] {"--warmup", "0", "--seconds", String.valueOf(SECONDS)});
        for (Workload workload : small()) {
            assertPositiveThroughput(workload.name() + " (PyTorch)", Bench.runTorch(workload, options));
        }
    }

    private static void assertPositiveThroughput(String name, Measurement m) {
        assertTrue(m.samples() >= 128, name + ": trained on " + m.samples() + " samples, expected at least one batch");
        assertTrue(m.seconds() >= SECONDS && m.seconds() < 30, name + ": measured " + m.seconds() + " s");
        assertTrue(m.samplesPerSecond() > 0 && Double.isFinite(m.samplesPerSecond()),
                name + ": " + m.samplesPerSecond() + " samples/s");
        assertTrue(m.cpuSeconds() > 0, name + ": " + m.cpuSeconds() + " CPU-s");
    }
}
