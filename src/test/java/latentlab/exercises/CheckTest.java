package latentlab.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import latentlab.tensor.Tolerance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class CheckTest {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private void capture() {
        Check.printTo(new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        Check.printTo(System.out);
    }

    @Test
    void referenceAgainstItselfPassesEveryMethodOfEveryExercise() {
        capture();
        for (Class<?> exercise : Cases.METHODS.keySet()) {
            assertTrue(againstItself(exercise), output());
        }
        assertFalse(output().contains("FAILED"), output());
    }

    private static <T> boolean againstItself(Class<T> exercise) {
        return Check.against(exercise, Exercises.reference(exercise), Exercises.reference(exercise));
    }

    @Test
    void completedExercisesPassAndAreReturnedInsteadOfTheReference(@TempDir Path dir) throws IOException {
        capture();
        Path course = dir.resolve("latentlab/course");
        Files.createDirectories(course);
        for (String name : List.of("DivergencesImpl.java", "ReparameterizationImpl.java")) {
            Files.copy(Path.of("solutions/latentlab/course").resolve(name), course.resolve(name));
        }
        System.setProperty(Exercises.DIRECTORY_PROPERTY, dir.toString());
        try {
            Reparameterization mine = Check.exercise(Reparameterization.class);
            assertNotSame(Exercises.reference(Reparameterization.class).getClass(), mine.getClass());
            assertTrue(codeFolder(mine).getPath().contains("latentlab-exercise-"), codeFolder(mine).toString());
            assertFalse(Files.exists(Path.of(codeFolder(mine))), "the compiled classes' folder is removed once loaded");
        } finally {
            System.clearProperty(Exercises.DIRECTORY_PROPERTY);
        }
        assertTrue(output().contains("Reparameterization: 7 of 7 methods pass; using yours."), output());
    }

    private static java.net.URI codeFolder(Object implementation) {
        try {
            return implementation.getClass().getProtectionDomain().getCodeSource().getLocation().toURI();
        } catch (java.net.URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void stubsAreReportedAsNotYetImplemented() {
        capture();
        Divergences stub = Exercises.student(Divergences.class, Path.of("exercises"));
        assertFalse(Check.against(Divergences.class, Exercises.reference(Divergences.class), stub));
        assertTrue(output().contains("  not yet implemented  klDiscrete\n"), output());
        assertTrue(output().contains("Divergences: 0 of 8 methods pass; using the reference until yours passes."),
                output());
    }

    @Test
    void aWrongMethodFailsWithExpectedAndGot() {
        capture();
        Reconstruction reference = Exercises.reference(Reconstruction.class);
        Reconstruction sumInsteadOfMean = new DelegatingReconstruction(reference) {
            @Override
            public double mse(INDArray xHat, INDArray x) {
                return reference.mse(xHat, x) * xHat.columns();
            }
        };
        assertFalse(Check.against(Reconstruction.class, reference, sumInsteadOfMean));
        String line = output().lines().filter(l -> l.contains(" mse ")).findFirst().orElse("");
        assertTrue(line.startsWith("  FAILED               mse (batch of 1): Reconstruction.mse: result must be the reference's within close (float64) but got max abs error"),
                output());
        assertTrue(line.contains("max abs error"), line);
        assertTrue(output().contains("passed               mseGradient (3 cases)"), output());
    }

    @Test
    void aMethodThatModifiesItsArgumentFails() {
        capture();
        Reconstruction reference = Exercises.reference(Reconstruction.class);
        Reconstruction inPlace = new DelegatingReconstruction(reference) {
            @Override
            public INDArray corruptMasking(INDArray x, INDArray mask) {
                return x.muli(mask);
            }
        };
        assertFalse(Check.against(Reconstruction.class, reference, inPlace));
        assertTrue(output().contains("corruptMasking (batch of 1): argument 1 was modified"), output());
    }

    @Test
    void thatPrintsPassedOrFailedWithTheError() {
        capture();
        Check.that("log 4", Math.log(4), 2 * Math.log(2), Tolerance.EXACT);
        Check.that("a vector", Nd4j.createFromArray(1.0, 2.0), Nd4j.createFromArray(1.0, 2.5), Tolerance.CLOSE);
        Check.that("KL ≥ 0", true);
        String[] lines = output().split("\n");
        assertEquals(3, lines.length);
        assertTrue(lines[0].startsWith("numeric check passed: log 4 ("), lines[0]);
        assertTrue(lines[1].startsWith("numeric check FAILED: a vector: max abs error 0.500000 at [1]"), lines[1]);
        assertEquals("numeric check passed: KL ≥ 0", lines[2]);
    }
}
