package latentlab.grader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import latentlab.grader.child.Call;
import latentlab.grader.child.ChildJvm;
import latentlab.grader.child.ChildJvm.ChildFailure;
import latentlab.grader.child.Reply;

/**
 * Calls the student's methods in a child JVM on behalf of the tests of one submission.
 * Starts the child lazily, and a fresh one after a timeout, a crash, running
 * out of memory or a thread left running, so one failure costs one test and grading goes on;
 * after {@link #MAX_RESTARTS} restarts the remaining calls are skipped. A method that once
 * timed out, crashed, exited, overflowed its stack, ran out of memory, left the sandbox or left a
 * thread running is not run again: later tests of it get the same verdict at once (this keeps
 * a hostile submission from costing a restart or a time limit per test). An exercise whose
 * file is missing or does not compile never reaches the child.
 */
public final class StudentSession implements AutoCloseable {
    public static final int MAX_RESTARTS = 8;

    private final ChildJvm.Settings settings;
    private final Path classes;
    private final Path sandbox;
    private final Path stderr;
    private final Duration timeLimit;
    private final Map<String, Outcome> unavailable;
    private final Map<String, Outcome> fatal = new java.util.HashMap<>();
    private ChildJvm child;
    private CompletableFuture<ChildJvm> early;
    private int starts;

    /**
     * @param unavailable for exercises that cannot run (missing file, compile error), the outcome every call gets;
     *                    it may be filled in after construction, before the first call
     * @param timeLimit   the time limit of one batch of calls (one test)
     */
    public StudentSession(ChildJvm.Settings settings, Path classes, Path sandbox, Path stderr, Duration timeLimit,
                          Map<String, Outcome> unavailable) {
        this.settings = settings;
        this.classes = classes;
        this.sandbox = sandbox;
        this.stderr = stderr;
        this.timeLimit = timeLimit;
        this.unavailable = unavailable;
    }

    /**
     * Starts the first child JVM now, on another thread, so that its start (about a second, mostly
     * loading ND4J) overlaps the compilation of the student's files; the first call then uses it.
     * The child only loads the student's classes at its first call, so they may be compiled meanwhile.
     */
    public void startEarly() {
        if (child != null || early != null) {
            return;
        }
        starts++;
        early = CompletableFuture.supplyAsync(() -> {
            try (Profile.Span span = Profile.enter(Profile.Phase.CHILD_START)) {
                return ChildJvm.start(settings, classes, sandbox, stderr);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ChildFailure e) {
                throw new CompletionException(e);
            }
        }, runnable -> {
            Thread starter = new Thread(runnable, "child-start");
            starter.setDaemon(true);
            starter.start();
        });
    }

    public Outcome call(Method method, Object... args) {
        return calls(method, List.<Object[]>of(args)).get(0);
    }

    /** Runs the calls in one batch under one time limit; a failure of the batch is every call's outcome. */
    public List<Outcome> calls(Method method, List<Object[]> argLists) {
        try (Profile.Span span = Profile.enter(Profile.Phase.CHILD_CALLS)) {
            return callsInChild(method, argLists);
        }
    }

    private List<Outcome> callsInChild(Method method, List<Object[]> argLists) {
        String exercise = method.getDeclaringClass().getSimpleName();
        Outcome blocked = unavailable.get(exercise);
        if (blocked != null) {
            return argLists.stream().map(a -> blocked).toList();
        }
        String key = exercise + "." + method.getName();
        Outcome earlier = fatal.get(key);
        if (earlier != null) {
            return repeat(new Outcome(earlier.verdict(), null, earlier.message() + "\n(" + method.getName()
                    + " was not run again: this happened in an earlier test)", List.of(), ""), argLists.size());
        }
        List<String> types = Arrays.stream(method.getParameterTypes()).map(Class::getName).toList();
        List<Call> batch = argLists.stream()
                .map(args -> new Call(exercise, method.getName(), types, Arrays.asList(args))).toList();
        if (child == null && starts > MAX_RESTARTS) {
            return repeat(Outcome.failed(Verdict.SKIPPED, "the child JVM was restarted " + MAX_RESTARTS
                    + " times for this submission; the remaining tests are skipped"), argLists.size());
        }
        try {
            ensureChild();
            List<Outcome> outcomes = new ArrayList<>();
            for (Reply reply : child.run(batch, timeLimit.multipliedBy(Math.max(1, argLists.size() / 20 + 1)))) {
                outcomes.add(toOutcome(reply));
            }
            outcomes.stream().filter(StudentSession::isFatal).findFirst().ifPresent(o -> {
                fatal.put(key, o);
                if (o.verdict() == Verdict.OUT_OF_MEMORY || o.verdict() == Verdict.THREAD_LEFT_RUNNING) {
                    restart();
                }
            });
            return outcomes;
        } catch (ChildFailure failure) {
            child = null;
            Outcome outcome = fromFailure(failure);
            fatal.put(key, outcome);
            return repeat(outcome, argLists.size());
        } catch (IOException e) {
            child = null;
            return repeat(Outcome.failed(Verdict.CRASHED, "could not start the child JVM: " + e.getMessage()),
                    argLists.size());
        }
    }

    private void ensureChild() throws IOException, ChildFailure {
        if (child == null && early != null) {
            child = takeEarly();
        }
        if (child == null) {
            starts++;
            try (Profile.Span span = Profile.enter(Profile.Phase.CHILD_START)) {
                child = ChildJvm.start(settings, classes, sandbox, stderr);
            }
        }
    }

    /** The child started by {@link #startEarly}, once it is ready, or its start's failure. */
    private ChildJvm takeEarly() throws IOException, ChildFailure {
        CompletableFuture<ChildJvm> pending = early;
        early = null;
        try {
            return pending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof ChildFailure failure) {
                throw failure;
            }
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    private void restart() {
        if (child != null) {
            child.close();
            child = null;
        }
    }

    /**
     * Verdicts that end a method's grading. The sandbox refused the exit or the file access and
     * the stack unwound, so only a full heap or a thread still running needs a fresh child.
     */
    private static boolean isFatal(Outcome outcome) {
        return switch (outcome.verdict()) {
            case OUT_OF_MEMORY, EXIT_CALLED, THREAD_LEFT_RUNNING, SANDBOX_VIOLATION, STACK_OVERFLOW -> true;
            default -> false;
        };
    }

    private Outcome fromFailure(ChildFailure failure) {
        return switch (failure.kind) {
            case TIMEOUT -> Outcome.failed(Verdict.TIMEOUT, "no result within the time limit of "
                    + timeLimit.toMillis() + " ms; the JVM running it was stopped");
            case DIED -> Outcome.failed(Verdict.CRASHED, failure.getMessage()
                    + ". Hint: System.exit, Runtime.halt or a native crash ends the JVM that runs your code");
            case PROTOCOL -> Outcome.failed(Verdict.CRASHED, failure.getMessage());
        };
    }

    static Outcome toOutcome(Reply reply) {
        String where = reply.where() == null ? "" : "\n" + reply.where();
        String output = reply.output() == null ? "" : reply.output();
        Verdict verdict = switch (reply.status()) {
            case OK -> Verdict.PASSED;
            case THREW -> isTodo(reply) ? Verdict.NOT_IMPLEMENTED : Verdict.EXCEPTION;
            case NO_CLASS -> Verdict.MISSING_FILE;
            case MISSING_METHOD -> Verdict.MISSING_METHOD;
            case STACK_OVERFLOW -> Verdict.STACK_OVERFLOW;
            case OUT_OF_MEMORY -> Verdict.OUT_OF_MEMORY;
            case EXIT_ATTEMPT -> Verdict.EXIT_CALLED;
            case SANDBOX_VIOLATION -> Verdict.SANDBOX_VIOLATION;
            case THREAD_LEFT_RUNNING -> Verdict.THREAD_LEFT_RUNNING;
            case BAD_RESULT -> Verdict.BAD_RESULT;
        };
        String message = switch (reply.status()) {
            case OK -> null;
            case THREW -> reply.exception() + (reply.message() == null ? "" : ": " + reply.message()) + where;
            default -> reply.message() + where;
        };
        return new Outcome(verdict, reply.value(), message, reply.mutated(), output);
    }

    private static boolean isTodo(Reply reply) {
        return UnsupportedOperationException.class.getName().equals(reply.exception())
                && reply.message() != null && reply.message().startsWith("TODO");
    }

    private static List<Outcome> repeat(Outcome outcome, int times) {
        List<Outcome> all = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            all.add(outcome);
        }
        return all;
    }

    @Override
    public void close() {
        if (early != null) {
            try {
                takeEarly().close(); // never used (nothing to run): end it rather than leave it waiting
            } catch (IOException | ChildFailure | RuntimeException ignored) {
                // it did not start: nothing to end
            }
        }
        restart();
    }
}
