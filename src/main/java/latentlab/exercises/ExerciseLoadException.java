package latentlab.exercises;

/**
 * Thrown when an exercise class cannot be found, compiled or instantiated. Its message is
 * written for a student (file, line and the compiler's text for a compile error), and it
 * carries no stack trace, so a notebook shows the message alone.
 */
public final class ExerciseLoadException extends RuntimeException {

    public ExerciseLoadException(String message) {
        super(message, null, false, false);
    }

    /** The message, without the class name a default {@code toString} would prefix. */
    @Override
    public String toString() {
        return getMessage();
    }
}
