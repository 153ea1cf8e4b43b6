package latentlab.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import latentlab.grader.suite.Suites;
import org.junit.jupiter.api.Test;

/** The grader on the course's own files: the reference solutions score full marks, the stubs zero. */
class GraderSelfIT {
    static final Grader.Options OPTIONS = Grader.Options.defaults().withTimeLimit(Duration.ofSeconds(20));

    @Test
    void theReferenceSolutionsScoreFullMarks() throws IOException {
        Report report = Grader.grade(Path.of("solutions"), Suites.all(), OPTIONS);
        String failures = report.results().stream().filter(r -> !r.passed())
                .map(r -> r.name() + ": " + r.verdict() + "\n" + r.feedback()).reduce("", String::concat);
        assertEquals(report.maxScore(), report.score(), failures);
        assertTrue(report.results().size() > 150, "every exercise method is tested");
    }

    @Test
    void theGeneratedStubsScoreZeroAsNotImplemented() throws IOException {
        Report report = Grader.grade(Path.of("exercises"), Suites.all(), OPTIONS);
        assertEquals(0, report.score());
        report.results().forEach(r -> assertEquals(Verdict.NOT_IMPLEMENTED, r.verdict(), r.name() + "\n" + r.feedback()));
        assertTrue(report.results().stream().allMatch(r -> r.feedback().contains("TODO: ")));
    }
}
