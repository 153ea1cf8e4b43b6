package latentlab.grader.suite;

import java.util.ArrayList;
import java.util.List;

/** Every graded test of the course, exercise by exercise (Units 1–6). */
public final class Suites {
    private Suites() {
    }

    public static List<GraderTest> all() {
        List<GraderTest> tests = new ArrayList<>();
        tests.addAll(ReconstructionSuite.tests());
        tests.addAll(DivergencesSuite.tests());
        tests.addAll(ReparameterizationSuite.tests());
        tests.addAll(GanObjectivesSuite.tests());
        tests.addAll(CycleConsistencySuite.tests());
        tests.addAll(FlowsSuite.tests());
        return tests;
    }

    /** The tests of the named exercises only (e.g. "Divergences"); all when {@code exercises} is empty. */
    public static List<GraderTest> of(List<String> exercises) {
        return all().stream().filter(t -> exercises.isEmpty() || exercises.contains(t.exercise())).toList();
    }
}
