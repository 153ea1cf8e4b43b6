package latentlab.grader.suite;

/**
 * One graded test of one exercise method.
 *
 * @param exercise the interface's simple name, e.g. {@code "GanObjectives"}
 * @param method   the method tested
 * @param name     what the student reads, e.g. {@code "discriminatorLoss: logits of ±1e4 stay finite"}
 * @param points   the test's worth
 * @param visible  run by {@code grade} and shown before the deadline; hidden tests only in batch/Gradescope
 * @param check    what the test does
 */
public record GraderTest(String exercise, String method, String name, double points, boolean visible, Check check) {

    /** The body of a test. */
    @FunctionalInterface
    public interface Check {
        Judgement run(Context context);
    }
}
