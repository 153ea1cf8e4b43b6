package latentlab.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import latentlab.grader.Assign.AssignException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssignTest {
    private static final String SOLUTION = """
            package latentlab.course;

            public class SampleImpl implements Sample {
                /** Doubles x. */
                @Override
                public double twice(double x) {
                    check(x);
                    // BEGIN SOLUTION
                    // HINT: one multiplication.
                    double y = 2 * x;
                    return y;
                    // END SOLUTION
                }
            }
            """;

    @Test
    void regionBecomesHintsAndATodoThrowKeepingEverythingElse() {
        String expected = Assign.HEADER + """
                package latentlab.course;

                public class SampleImpl implements Sample {
                    /** Doubles x. */
                    @Override
                    public double twice(double x) {
                        check(x);
                        // HINT: one multiplication.
                        throw new UnsupportedOperationException("TODO: Sample.twice");
                    }
                }
                """;
        assertEquals(expected, Assign.stub(SOLUTION, "solutions/latentlab/course/SampleImpl.java"));
    }

    @Test
    void missingEndIsReportedWithFileAndLine() {
        String source = SOLUTION.replace("        // END SOLUTION\n", "");
        AssignException e = assertThrows(AssignException.class, () -> Assign.stub(source, "SampleImpl.java"));
        assertEquals("SampleImpl.java:8: // BEGIN SOLUTION has no matching // END SOLUTION", e.getMessage());
    }

    @Test
    void nestedBeginIsReportedWithBothLines() {
        String source = SOLUTION.replace("        double y", "        // BEGIN SOLUTION\n        double y");
        AssignException e = assertThrows(AssignException.class, () -> Assign.stub(source, "SampleImpl.java"));
        assertEquals("SampleImpl.java:10: nested // BEGIN SOLUTION (the region opened at line 8 is not closed)",
                e.getMessage());
    }

    @Test
    void endWithoutBeginIsReported() {
        String source = SOLUTION.replace("        // BEGIN SOLUTION\n", "");
        AssignException e = assertThrows(AssignException.class, () -> Assign.stub(source, "SampleImpl.java"));
        assertEquals("SampleImpl.java:11: // END SOLUTION without a // BEGIN SOLUTION", e.getMessage());
    }

    @Test
    void regionOutsideAMethodIsReported() {
        String source = "package p;\n// BEGIN SOLUTION\n// END SOLUTION\n";
        AssignException e = assertThrows(AssignException.class, () -> Assign.stub(source, "XImpl.java"));
        assertEquals("XImpl.java:2: // BEGIN SOLUTION is not inside a method", e.getMessage());
    }

    @Test
    void writeThenDriftRoundTripsAndDetectsEdits(@TempDir Path dir) throws IOException {
        Path solutions = dir.resolve("solutions");
        Path exercises = dir.resolve("exercises");
        Files.createDirectories(solutions.resolve("latentlab/course"));
        Files.writeString(solutions.resolve("latentlab/course/SampleImpl.java"), SOLUTION);
        Assign.write(solutions, exercises);
        assertEquals(List.of(), Assign.drift(solutions, exercises));
        Path stub = exercises.resolve("latentlab/course/SampleImpl.java");
        Files.writeString(stub, Files.readString(stub) + "// edited\n");
        Files.writeString(exercises.resolve("latentlab/course/ExtraImpl.java"), "class ExtraImpl {}\n");
        List<String> stale = Assign.drift(solutions, exercises);
        assertEquals(List.of("latentlab/course/SampleImpl.java (differs)", "latentlab/course/ExtraImpl.java (no solution for it)"),
                stale);
        assertTrue(Assign.driftMessage(stale).endsWith("Regenerate it with: " + Assign.REGENERATE));
        Assign.write(solutions, exercises);
        Files.delete(exercises.resolve("latentlab/course/ExtraImpl.java"));
        assertEquals(List.of(), Assign.drift(solutions, exercises));
    }

    @Test
    void committedExercisesMatchWhatAssignGeneratesNow() {
        List<String> stale = Assign.drift(Path.of("solutions"), Path.of("exercises"));
        assertTrue(stale.isEmpty(), Assign.driftMessage(stale));
    }

    @Test
    void everySolutionRegionIsReplacedInTheCommittedExercises() throws IOException {
        for (String stub : Assign.generate(Path.of("solutions")).values()) {
            assertTrue(!stub.contains(Assign.BEGIN) && !stub.contains(Assign.END));
        }
        String divergences = Files.readString(Path.of("exercises/latentlab/course/DivergencesImpl.java"));
        assertTrue(divergences.contains("throw new UnsupportedOperationException(\"TODO: Divergences.klDiscrete\");"));
        assertTrue(divergences.contains("// HINT: skip terms with p_i = 0"));
    }
}
