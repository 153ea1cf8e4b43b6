package latentlab.grader.suite;

import java.util.function.Function;

/**
 * A known wrong variant of an exercise method: if the student's result matches
 * {@code variant(args)} (and not the reference), the feedback names the mistake.
 *
 * @param hint    what the student probably did, and how to fix it
 * @param variant the wrong result for the given arguments (computed in the grader)
 */
public record Mistake(String hint, Function<Object[], Object> variant) {
}
