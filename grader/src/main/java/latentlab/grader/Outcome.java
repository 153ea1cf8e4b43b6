package latentlab.grader;

import java.util.List;

/**
 * What one call of the student's method gave, as the grader sees it: a value or a
 * {@link Verdict} with a message.
 *
 * @param verdict {@link Verdict#PASSED} when the call returned a value (right or wrong: the test decides)
 * @param value   the returned value, or null
 * @param message why the call failed, with the student's stack frames when there are some
 * @param mutated indices of arguments the call modified
 * @param output  what the call printed, capped
 */
public record Outcome(Verdict verdict, Object value, String message, List<Integer> mutated, String output) {

    public static Outcome failed(Verdict verdict, String message) {
        return new Outcome(verdict, null, message, List.of(), "");
    }

    public boolean returned() {
        return verdict == Verdict.PASSED;
    }
}
