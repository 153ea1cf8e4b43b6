package latentlab.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.factory.Nd4j;

class ExercisesTest {
    private static final String TODO = "throw new UnsupportedOperationException(\"TODO: CycleConsistency.cycleConsistencyLoss\");";

    /** A copy of the committed CycleConsistency stub in {@code dir}, with the loss's TODO replaced by {@code body}. */
    private static Path writeStub(Path dir, String body) throws IOException {
        Path file = dir.resolve("latentlab/course/CycleConsistencyImpl.java");
        Files.createDirectories(file.getParent());
        String stub = Files.readString(Path.of("exercises/latentlab/course/CycleConsistencyImpl.java"));
        assertTrue(stub.contains(TODO));
        Files.writeString(file, stub.replace(TODO, body));
        return file;
    }

    private static double loss(CycleConsistency c) {
        var x = Nd4j.createFromArray(new double[][] {{1}});
        return c.cycleConsistencyLoss(x, x, x, x);
    }

    @Test
    void studentSeesItsOwnEditsWithoutRestartingAndIsNotShadowedByTheReference(@TempDir Path dir) throws IOException {
        writeStub(dir, "return 42;");
        CycleConsistency first = Exercises.student(CycleConsistency.class, dir);
        assertEquals(42.0, loss(first));
        writeStub(dir, "return 43;");
        CycleConsistency second = Exercises.student(CycleConsistency.class, dir);
        assertEquals(43.0, loss(second));
        assertNotEquals(first.getClass(), second.getClass());
        // The reference (solutions on this classpath) has the same class name and returns 0 here.
        assertEquals(0.0, loss(Exercises.reference(CycleConsistency.class)));
    }

    @Test
    void compileErrorsNameFileLineAndCompilerTextWithoutAStackTrace(@TempDir Path dir) throws IOException {
        Path file = writeStub(dir, "return 42");
        ExerciseLoadException e = assertThrows(ExerciseLoadException.class,
                () -> Exercises.student(CycleConsistency.class, dir));
        int line = lineOf(file, "return 42");
        String message = e.getMessage();
        assertTrue(message.startsWith("CycleConsistencyImpl.java does not compile:\n  " + file.toAbsolutePath() + ":"
                + line + ": error: ';' expected\n      return 42\n1 error"), message);
        assertEquals(0, e.getStackTrace().length);
        assertEquals(message, e.toString());
    }

    @Test
    void missingFileSaysHowToPointAtTheExercises(@TempDir Path dir) {
        ExerciseLoadException e = assertThrows(ExerciseLoadException.class,
                () -> Exercises.student(Flows.class, dir));
        assertTrue(e.getMessage().startsWith("Cannot read " + dir.toAbsolutePath() + "/latentlab/course/FlowsImpl.java"),
                e.getMessage());
        assertTrue(e.getMessage().contains("-Dlatentlab.exercises=<folder> or LATENTLAB_EXERCISES"), e.getMessage());
    }

    @Test
    void directoryComesFromThePropertyOrIsFoundUpward(@TempDir Path dir) {
        assertEquals(Path.of("exercises").toAbsolutePath(), Exercises.directory().toAbsolutePath());
        System.setProperty(Exercises.DIRECTORY_PROPERTY, dir.toString());
        try {
            assertEquals(dir, Exercises.directory());
        } finally {
            System.clearProperty(Exercises.DIRECTORY_PROPERTY);
        }
    }

    /** An interface with no implementation anywhere. */
    interface Unassigned {
    }

    @Test
    void referenceNotOnTheClasspathSaysWhichJarToAdd() {
        ExerciseLoadException e = assertThrows(ExerciseLoadException.class, () -> Exercises.reference(Unassigned.class));
        assertTrue(e.getMessage().contains("Add target/latentlab-solutions.jar"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"));
    }

    private static int lineOf(Path file, String text) throws IOException {
        var lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
