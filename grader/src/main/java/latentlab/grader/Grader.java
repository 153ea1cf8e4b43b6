package latentlab.grader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import latentlab.grader.child.ChildJvm;
import latentlab.grader.suite.Context;
import latentlab.grader.suite.GraderTest;
import latentlab.grader.suite.Judgement;

/**
 * Grades one submission: copies its exercise files into a fresh work folder, compiles them
 * (a compile error is a verdict for that file's tests only), then runs the tests, calling the
 * student's code in a child JVM whose working directory is a sandbox folder, and the
 * reference in this JVM. The work folder is deleted afterwards.
 */
public final class Grader {
    private static final String COURSE = "latentlab/course/";

    /**
     * @param visibleOnly run only the visible tests (the {@code grade} mode)
     * @param timeLimit   the time limit of one test's batch of calls
     */
    public record Options(boolean visibleOnly, Duration timeLimit, ChildJvm.Settings child) {
        public static Options defaults() {
            return new Options(false, Duration.ofSeconds(5), ChildJvm.Settings.defaults());
        }

        public Options withVisibleOnly(boolean visible) {
            return new Options(visible, timeLimit, child);
        }

        public Options withTimeLimit(Duration limit) {
            return new Options(visibleOnly, limit, child);
        }
    }

    private Grader() {
    }

    public static Report grade(Path submissionPath, List<GraderTest> tests, Options options) throws IOException {
        long start = System.nanoTime();
        Path work = Files.createTempDirectory("latentlab-grade-");
        try (Profile.Span setup = Profile.enter(Profile.Phase.SETUP)) {
            Submission submission = Submission.open(submissionPath, work);
            List<String> exercises = new ArrayList<>(new LinkedHashSet<>(tests.stream().map(GraderTest::exercise).toList()));
            List<String> notes = new ArrayList<>();
            Map<String, Path> found = submission.sources(exercises);
            Path classes = Files.createDirectories(work.resolve("classes"));
            Path sandbox = Files.createDirectories(work.resolve("sandbox"));
            Map<String, Outcome> unavailable = new LinkedHashMap<>();
            List<TestResult> results = new ArrayList<>();
            try (StudentSession session = new StudentSession(options.child(), classes, sandbox,
                    work.resolve("child-stderr.log"), options.timeLimit(), unavailable)) {
                if (!found.isEmpty()) {
                    session.startEarly(); // the child JVM starts while the files are copied and compiled
                }
                prepare(found, exercises, work, notes, unavailable);
                Context context = new Context(session);
                for (GraderTest test : tests) {
                    if (!options.visibleOnly() || test.visible()) {
                        results.add(run(test, context));
                    }
                }
            }
            return new Report(submission.id(), results, notes, (System.nanoTime() - start) / 1_000_000);
        } finally {
            deleteQuietly(work);
        }
    }

    /**
     * Copies and compiles the {@code found} files; puts in {@code unavailable} the outcome every call of a
     * missing or broken exercise gets.
     */
    private static void prepare(Map<String, Path> found, List<String> exercises, Path work, List<String> notes,
                                Map<String, Outcome> unavailable) throws IOException {
        Path sources = work.resolve("src").resolve(COURSE);
        Path sandbox = work.resolve("sandbox");
        Files.createDirectories(sources);
        Map<Path, String> copies = new LinkedHashMap<>();
        for (String exercise : exercises) {
            Path file = found.get(exercise);
            if (file == null) {
                String message = "no " + exercise + "Impl.java in the submission (expected exercises/" + COURSE
                        + exercise + "Impl.java)";
                unavailable.put(exercise, Outcome.failed(Verdict.MISSING_FILE, message));
                notes.add(message);
                continue;
            }
            Path copy = sources.resolve(exercise + "Impl.java");
            Files.copy(file, copy);
            Files.copy(file, sandbox.resolve(exercise + "Impl.java"));
            copies.put(copy, exercise);
        }
        Map<Path, String> errors;
        try (Profile.Span compile = Profile.enter(Profile.Phase.COMPILE)) {
            errors = StudentCompiler.compile(new ArrayList<>(copies.keySet()), work.resolve("classes"),
                    Layout.libraryClasspath());
        }
        errors.forEach((file, error) -> {
            if (error != null) {
                String exercise = copies.get(file);
                unavailable.put(exercise, Outcome.failed(Verdict.COMPILE_ERROR, error));
                notes.add(exercise + "Impl.java does not compile:\n" + error);
            }
        });
    }

    private static TestResult run(GraderTest test, Context context) {
        long start = System.nanoTime();
        Judgement judgement;
        try (Profile.Span span = Profile.enter(Profile.Phase.TESTS)) {
            judgement = test.check().run(context);
        } catch (RuntimeException e) {
            judgement = new Judgement(Verdict.SKIPPED, "grader error (please report it): " + e, "");
        }
        boolean passed = judgement.verdict() == Verdict.PASSED;
        return new TestResult(test.exercise(), test.method(), test.name(), passed ? test.points() : 0, test.points(),
                test.visible(), judgement.verdict(), judgement.feedback(), judgement.output(),
                (System.nanoTime() - start) / 1_000_000);
    }

    static void deleteQuietly(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp folder is harmless
        }
    }
}
