package latentlab.grader.suite;

import latentlab.grader.Outcome;
import latentlab.grader.Verdict;

/**
 * A test's verdict with its feedback and the output the student's code printed.
 */
public record Judgement(Verdict verdict, String feedback, String output) {

    public static Judgement pass() {
        return new Judgement(Verdict.PASSED, "", "");
    }

    /** A call that did not return: its verdict and message, after the call that caused it. */
    public static Judgement from(Outcome outcome, String call) {
        String message = outcome.message() == null ? "" : "\n" + outcome.message();
        return new Judgement(outcome.verdict(), outcome.verdict().describe() + message + "\nCall: " + call,
                outcome.output());
    }
}
