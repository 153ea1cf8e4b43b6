package latentlab.grader;

/** How one test ended, in words a student understands (see {@link #describe()}). */
public enum Verdict {
    PASSED("passed"),
    WRONG_ANSWER("wrong answer"),
    NOT_IMPLEMENTED("not implemented yet (still throws the TODO stub)"),
    EXCEPTION("threw an exception"),
    COMPILE_ERROR("the file does not compile"),
    MISSING_FILE("the exercise file is missing"),
    MISSING_METHOD("method missing or with the wrong signature"),
    TIMEOUT("time limit exceeded (an infinite loop?)"),
    CRASHED("the JVM running the code died"),
    EXIT_CALLED("called System.exit"),
    STACK_OVERFLOW("stack overflow (unbounded recursion?)"),
    OUT_OF_MEMORY("out of memory"),
    SANDBOX_VIOLATION("tried something the sandbox forbids (files outside its folder, processes, network)"),
    THREAD_LEFT_RUNNING("left a thread running after returning"),
    MUTATED_INPUT("modified an input array"),
    NOT_DETERMINISTIC("gave different results for the same inputs"),
    BAD_RESULT("returned something that cannot be read (null or an unsupported type)"),
    SKIPPED("skipped after too many crashes");

    private final String description;

    Verdict(String description) {
        this.description = description;
    }

    public String describe() {
        return description;
    }
}
