package latentlab.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClassBenchTest {
    private static final List<ClassBench.Kind> MIX = ClassBench.mix(Path.of("."), Path.of("corpus"));

    @Test
    void aClassOfOneHundredHasEachKindsShare() {
        Map<String, Long> counts = counts(ClassBench.order(MIX, 100));
        for (ClassBench.Kind kind : MIX) {
            assertEquals(kind.weight(), counts.get(kind.name()), kind.name());
        }
        assertEquals(100, MIX.stream().mapToInt(ClassBench.Kind::weight).sum());
    }

    @Test
    void oneCopyIsACorrectSubmission() {
        assertEquals(List.of("solutions"), ClassBench.order(MIX, 1).stream().map(ClassBench.Kind::name).toList());
    }

    @Test
    void everyFifthOfTheClassIsMixed() {
        List<ClassBench.Kind> order = ClassBench.order(MIX, 100);
        for (int start = 0; start < 100; start += 20) {
            Map<String, Long> counts = counts(order.subList(start, start + 20));
            assertTrue(counts.size() >= 8, "kinds in copies " + start + ".." + (start + 19) + ": " + counts);
        }
    }

    @Test
    void theOneSubmissionHasEveryExerciseFileOnce() {
        List<Path> files = ClassBench.oneSubmissionFiles(Path.of("."), Path.of("grader/src/test/resources/submissions"));
        assertEquals(List.of("CycleConsistencyImpl.java", "DivergencesImpl.java", "FlowsImpl.java",
                "GanObjectivesImpl.java", "ReconstructionImpl.java", "ReparameterizationImpl.java"),
                files.stream().map(f -> f.getFileName().toString()).sorted().toList());
        for (Path file : files) {
            assertTrue(java.nio.file.Files.isRegularFile(file), "missing " + file);
        }
    }

    private static Map<String, Long> counts(List<ClassBench.Kind> kinds) {
        return kinds.stream().collect(Collectors.groupingBy(ClassBench.Kind::name, Collectors.counting()));
    }
}
