package latentlab.tensor;

import java.util.Arrays;

/**
 * The one failure formatter of LatentLab, used by the library's checks, the notebooks'
 * checks and the grader, so every message reads the same way:
 *
 * <pre>{@code
 * Linear.forward: x must be [N, D=784] but got [64, 28, 28]. Hint: flatten images first.
 * }</pre>
 *
 * Build one with {@link #in(String)}, then name the argument, what was expected and what
 * was got; {@link #message()} formats it and {@link #exception()} wraps it in an
 * {@link IllegalArgumentException}. Instances are immutable; each step returns a copy.
 */
public record Failure(String operation, String argument, String expected, String got, String hint) {

    /** Starts a failure report for {@code operation}, for example {@code "Linear.forward"}. */
    public static Failure in(String operation) {
        return new Failure(operation, null, null, null, null);
    }

    public Failure argument(String name) {
        return new Failure(operation, name, expected, got, hint);
    }

    /** What was expected: a symbolic shape such as {@code "[N, D=784]"}, or a condition. */
    public Failure expected(String what) {
        return new Failure(operation, argument, what, got, hint);
    }

    public Failure got(String what) {
        return new Failure(operation, argument, expected, what, hint);
    }

    public Failure got(long[] shape) {
        return got(Arrays.toString(shape));
    }

    public Failure hint(String text) {
        return new Failure(operation, argument, expected, got, text);
    }

    /** The formatted text: {@code "op: arg must be <expected> but got <got>. Hint: <hint>"}. */
    public String message() {
        StringBuilder text = new StringBuilder(operation == null ? "?" : operation).append(": ");
        text.append(argument == null ? "result" : argument);
        if (expected != null) {
            text.append(" must be ").append(expected);
        }
        if (got != null) {
            text.append(expected == null ? " was " : " but got ").append(got);
        }
        text.append('.');
        if (hint != null && !hint.isBlank()) {
            text.append(" Hint: ").append(hint.strip());
            if (!hint.strip().endsWith(".")) {
                text.append('.');
            }
        }
        return text.toString();
    }

    public IllegalArgumentException exception() {
        return new IllegalArgumentException(message());
    }

    /** Throws {@link #exception()}; declared to return it so callers can write {@code throw f.raise()}. */
    public IllegalArgumentException raise() {
        throw exception();
    }

    @Override
    public String toString() {
        return message();
    }
}
