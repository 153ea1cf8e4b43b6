package latentlab.grader;

/**
 * The result of one test of one submission.
 *
 * @param exercise  the interface, e.g. {@code "Divergences"}
 * @param method    the exercise method, e.g. {@code "klToStandardNormal"}
 * @param name      what a student reads, e.g. {@code "klToStandardNormal: batch of one"}
 * @param score     points earned: {@code maxScore} if passed, else 0
 * @param visible   shown to students before the deadline ({@code grade} runs only these)
 * @param feedback  what was called, expected vs got, errors, hints, a line to reproduce it
 * @param output    what the student's code printed, capped
 * @param millis    wall time of the test
 */
public record TestResult(String exercise, String method, String name, double score, double maxScore,
                         boolean visible, Verdict verdict, String feedback, String output, long millis) {

    public boolean passed() {
        return verdict == Verdict.PASSED;
    }
}
