package latentlab.grader;

import java.util.List;

/**
 * The grade of one submission.
 *
 * @param student  the submission's id
 * @param results  one per test, in suite order
 * @param notes    messages about the whole submission (missing files, compile errors)
 * @param millis   wall time of grading it
 */
public record Report(String student, List<TestResult> results, List<String> notes, long millis) {

    public double score() {
        return results.stream().mapToDouble(TestResult::score).sum();
    }

    public double maxScore() {
        return results.stream().mapToDouble(TestResult::maxScore).sum();
    }

    public long passed() {
        return results.stream().filter(TestResult::passed).count();
    }
}
