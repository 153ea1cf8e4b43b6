package latentlab.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import latentlab.grader.suite.Suites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus of submissions under grader/src/test/resources/submissions, graded as one batch
 * with two workers: wrong-but-plausible ones get their known-mistake hint, correct-but-different
 * ones full marks, hostile ones their isolation verdict, and the batch finishes.
 */
class CorpusIT {
    static final Path CORPUS = Path.of("grader/src/test/resources/submissions");
    static Map<String, Report> reports;

    @TempDir
    static Path out;

    @BeforeAll
    static void gradeTheCorpus() throws IOException, InterruptedException {
        Grader.Options options = Grader.Options.defaults().withTimeLimit(Duration.ofSeconds(5));
        Batch.Result result = Batch.run(CORPUS, out, 2, Suites.all(), options, new PrintStream(OutputStream.nullOutputStream()));
        assertEquals(0, result.failedToGrade());
        reports = result.reports().stream().collect(Collectors.toMap(Report::student, Function.identity()));
        assertEquals(Batch.entries(CORPUS).size(), reports.size(), "the batch finishes every submission");
    }

    static TestResult result(String student, String test) {
        Report report = reports.get(student);
        assertNotNull(report, student);
        return report.results().stream().filter(r -> r.name().equals(test)).findFirst()
                .orElseThrow(() -> new AssertionError("no test " + test));
    }

    static void expect(String student, String test, Verdict verdict, String feedbackPart) {
        TestResult r = result(student, test);
        assertEquals(verdict, r.verdict(), student + " / " + test + "\n" + r.feedback());
        assertTrue(r.feedback().contains(feedbackPart), student + " / " + test + ": no '" + feedbackPart + "' in\n"
                + r.feedback());
    }

    static double exerciseScore(String student, String exercise) {
        return reports.get(student).results().stream().filter(r -> r.exercise().equals(exercise))
                .mapToDouble(r -> r.maxScore() - r.score()).sum();
    }

    @Test
    void correctButDifferentFormulasGetFullMarks() {
        assertEquals(0, exerciseScore("different-cycle-consistency", "CycleConsistency"));
        assertEquals(0, exerciseScore("different-gan", "GanObjectives"));
        assertEquals(0, exerciseScore("hostile-compile-error", "CycleConsistency"), "a broken file costs only its own tests");
    }

    @Test
    void knownMistakesAreNamed() {
        expect("mistakes-divergences", "Divergences.klToStandardNormal: random inputs", Verdict.WRONG_ANSWER,
                "Hint: the ½ in front of the sum is missing");
        expect("mistakes-divergences", "Divergences.klDiscrete: random inputs", Verdict.WRONG_ANSWER, "p and q are swapped");
        expect("mistakes-divergences", "Divergences.logMeanExp: random inputs", Verdict.PASSED, "");
        expect("mistakes-divergences", "Divergences.logMeanExp: extreme values (log-weights up to ±1e4)",
                Verdict.WRONG_ANSWER, "subtract the row maximum");
        expect("mistakes-vae", "Reparameterization.reparameterize: random inputs", Verdict.WRONG_ANSWER,
                "σ² used instead of σ");
        expect("mistakes-vae", "Reparameterization.bceWithLogits: extreme values (|logits| up to 1e4)",
                Verdict.WRONG_ANSWER, "log(1 + exp(l)) overflows");
        expect("mistakes-gan", "GanObjectives.optimalDiscriminator: random inputs", Verdict.WRONG_ANSWER,
                "this is p_G/(p_data + p_G)");
        expect("mistakes-gan", "GanObjectives.generatorLossNonSaturating: random inputs", Verdict.WRONG_ANSWER,
                "this is the saturating loss");
        expect("mistakes-gan", "GanObjectives.discriminatorLoss: extreme values (|logits| up to 1e4)",
                Verdict.WRONG_ANSWER, "stable softplus");
        expect("mistakes-reconstruction", "Reconstruction.mse: random inputs", Verdict.WRONG_ANSWER,
                "averaged over all N·D entries");
        expect("mistakes-reconstruction", "Reconstruction.mseGradient: random inputs", Verdict.WRONG_ANSWER, "sign error");
        expect("mistakes-reconstruction", "Reconstruction.linearForward: random inputs", Verdict.WRONG_ANSWER,
                "the bias b is missing");
        expect("mistakes-reconstruction", "Reconstruction.linearBackward: random inputs", Verdict.NOT_IMPLEMENTED, "TODO");
        expect("mistake-cycle-gradient-missing-mean", "CycleConsistency.cycleConsistencyGradient: random inputs",
                Verdict.WRONG_ANSWER, "the 1/N and 1/M of the averages are missing");
        expect("mistake-cycle-gradient-missing-mean",
                "CycleConsistency.cycleConsistencyGradient: agrees with finite differences of your cycleConsistencyLoss",
                Verdict.WRONG_ANSWER, "Finite differences of your cycleConsistencyLoss");
    }

    @Test
    void aWrongAnswerComesWithASmallCaseToPaste() {
        TestResult r = result("mistakes-vae", "Reparameterization.reparameterize: random inputs");
        assertTrue(r.feedback().contains("Smallest failing case found (paste into a notebook cell):\n"
                + "  Exercises.student(Reparameterization.class).reparameterize(Nd4j.createFromArray(new double[][] {{"),
                r.feedback());
        assertTrue(r.feedback().contains("max abs error"), r.feedback());
    }

    @Test
    void mutationAndHiddenStateAreCaught() {
        expect("mistakes-reconstruction", "Reconstruction.corruptMasking: does not modify its inputs",
                Verdict.MUTATED_INPUT, "x must be unchanged after the call");
        expect("mistakes-reconstruction", "Reconstruction.corruptGaussian: same inputs twice give the same result",
                Verdict.NOT_DETERMINISTIC, "Math.random");
        expect("hostile-static-state", "CycleConsistency.cycleConsistencyLoss: same inputs twice give the same result",
                Verdict.NOT_DETERMINISTIC, "");
    }

    @Test
    void eachIsolationFailureIsAVerdictAndGradingGoesOn() {
        String loss = "CycleConsistency.cycleConsistencyLoss: random inputs";
        String gradient = "CycleConsistency.cycleConsistencyGradient: random inputs";
        expect("hostile-infinite-loop", loss, Verdict.TIMEOUT, "time limit");
        expect("hostile-system-exit", loss, Verdict.EXIT_CALLED, "System.exit");
        expect("hostile-stack-overflow", loss, Verdict.STACK_OVERFLOW, "StackOverflowError");
        expect("hostile-out-of-memory", loss, Verdict.OUT_OF_MEMORY, "Java heap space");
        expect("hostile-thread-never-ends", loss, Verdict.THREAD_LEFT_RUNNING, "never-ends");
        expect("hostile-wrong-signature", loss, Verdict.MISSING_METHOD, "does not implement");
        expect("hostile-compile-error", "GanObjectives.optimalDiscriminator: random inputs", Verdict.COMPILE_ERROR,
                "GanObjectivesImpl.java:");
        for (String student : new String[] {"hostile-infinite-loop", "hostile-system-exit", "hostile-stack-overflow",
                "hostile-out-of-memory", "hostile-thread-never-ends", "hostile-read-solutions", "hostile-write-outside",
                "hostile-spoof-protocol"}) {
            expect(student, gradient, Verdict.PASSED, "");
        }
    }

    @Test
    void theSandboxKeepsFilesAndTheProtocolOutOfReach() {
        String loss = "CycleConsistency.cycleConsistencyLoss: random inputs";
        expect("hostile-read-solutions", loss, Verdict.SANDBOX_VIOLATION, "/proc/self/root/etc/passwd (read)");
        expect("hostile-read-solutions", loss, Verdict.SANDBOX_VIOLATION, "solutions/latentlab/course/CycleConsistencyImpl.java (read)");
        expect("hostile-write-outside", loss, Verdict.SANDBOX_VIOLATION, "(write)");
        assertFalse(Files.exists(Path.of(System.getProperty("java.io.tmpdir"), "latentlab-hostile-write.txt")));
        expect("hostile-spoof-protocol", loss, Verdict.SANDBOX_VIOLATION, "writeFileDescriptor");
    }

    @Test
    void hugeOutputIsCappedAndTheAnswerStillCounts() {
        TestResult r = result("hostile-huge-output", "CycleConsistency.cycleConsistencyLoss: random inputs");
        assertEquals(Verdict.PASSED, r.verdict(), r.feedback());
        assertTrue(r.output().length() < 64 * 1024, "output kept: " + r.output().length());
        assertTrue(r.output().contains("more bytes of output cut"));
    }

    @Test
    void theClassCsvHasARowPerSubmission() throws IOException {
        assertEquals(reports.size() + 1, Files.readAllLines(out.resolve("grades.csv")).size());
        assertTrue(Files.readString(out.resolve("pass-rates.csv")).contains("CycleConsistency.cycleConsistencyLoss: random inputs,"));
    }
}
