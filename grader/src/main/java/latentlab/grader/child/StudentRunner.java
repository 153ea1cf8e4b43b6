package latentlab.grader.child;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import latentlab.grader.child.Reply.Status;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Runs one {@link Call} on the student's implementation, on a daemon worker thread with a
 * 4 MB stack that is reused from call to call (starting a thread per call cost more than many
 * of the calls themselves), and turns every way it can end into a {@link Reply}: a value, an
 * exception, a missing method, a stack overflow, running out of memory, an attempt to exit or
 * to leave the sandbox, or a thread still running afterwards. Implementations are made once
 * per child and reused.
 */
final class StudentRunner {
    private static final int WHERE_FRAMES = 4;

    private final ClassLoader students;
    private final Path classes;
    private final SandboxPolicy policy;
    private final CappedOutput captured;
    private final Map<String, Object> instances = new HashMap<>();
    private final Set<String> studentClassNames = new HashSet<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(null, task, "student-call", 4L << 20);
        thread.setDaemon(true);
        return thread;
    });
    private boolean indexed;

    StudentRunner(ClassLoader students, Path classes, SandboxPolicy policy, CappedOutput captured) {
        this.students = students;
        this.classes = classes;
        this.policy = policy;
        this.captured = captured;
    }

    /**
     * Remembers the student's class names (without loading them) to spot their threads later. Done at
     * the first call, not at the start: the grader may start the child while it still compiles them.
     */
    private void indexClasses() {
        if (indexed) {
            return;
        }
        indexed = true;
        if (!Files.isDirectory(classes)) {
            return;
        }
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                String relative = classes.relativize(f).toString();
                studentClassNames.add(relative.substring(0, relative.length() - 6).replace('/', '.')
                        .replaceFirst("\\$.*", ""));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Reply run(Call call) {
        indexClasses();
        Set<Thread> before = liveThreads();
        List<double[]> snapshots = snapshot(call.args());
        policy.exitAttempted.set(false);
        policy.violations.clear();
        captured.takeText();
        long start = System.nanoTime();
        Reply reply = onWorker(call);
        long nanos = System.nanoTime() - start;
        reply = withVerdictOverrides(reply, leftRunning(before));
        return new Reply(reply.status(), reply.value(), reply.exception(), reply.message(), reply.where(),
                mutated(call.args(), snapshots), captured.takeText(), nanos);
    }

    private Reply onWorker(Call call) {
        try {
            // The executor clears an interrupt a previous call left pending before it runs the next task.
            return worker.submit(() -> {
                Thread.currentThread().setContextClassLoader(students);
                return invoke(call);
            }).get();
        } catch (ExecutionException e) {
            return error(Status.THREW, e.getCause().getClass().getName(),
                    "the call did not finish: " + e.getCause(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(Status.THREW, "java.lang.InterruptedException", "the call did not finish", null);
        }
    }

    private Reply invoke(Call call) {
        Method method;
        Object target;
        try {
            Class<?> iface = Class.forName("latentlab.exercises." + call.exercise());
            method = iface.getMethod(call.method(), types(call.paramTypes()));
            target = instance(call.exercise(), iface);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return error(Status.MISSING_METHOD, e.getClass().getName(), e.getMessage(), null);
        } catch (MissingImplementation e) {
            return error(e.status, e.getClass().getName(), e.getMessage(), null);
        } catch (Throwable t) {
            return thrown(t instanceof InvocationTargetException ite ? ite.getCause() : t);
        }
        try {
            Object value = method.invoke(target, call.args().toArray());
            return new Reply(Status.OK, value, null, null, null, List.of(), "", 0);
        } catch (InvocationTargetException e) {
            return thrown(e.getCause());
        } catch (Throwable t) {
            return thrown(t);
        }
    }

    private Object instance(String exercise, Class<?> iface) throws Exception {
        Object existing = instances.get(exercise);
        if (existing != null) {
            return existing;
        }
        Class<?> type;
        try {
            type = Class.forName("latentlab.course." + exercise + "Impl", true, students);
        } catch (ClassNotFoundException e) {
            throw new MissingImplementation(Status.NO_CLASS, "no class latentlab.course." + exercise + "Impl");
        }
        if (!iface.isAssignableFrom(type)) {
            throw new MissingImplementation(Status.MISSING_METHOD,
                    type.getName() + " does not implement " + iface.getName());
        }
        Object created = type.getDeclaredConstructor().newInstance();
        instances.put(exercise, created);
        return created;
    }

    private Reply thrown(Throwable t) {
        if (t instanceof StackOverflowError) {
            return error(Status.STACK_OVERFLOW, t.getClass().getName(), "StackOverflowError", where(t));
        }
        if (t instanceof OutOfMemoryError) {
            return error(Status.OUT_OF_MEMORY, t.getClass().getName(), String.valueOf(t.getMessage()), where(t));
        }
        if (t instanceof AbstractMethodError || t instanceof NoSuchMethodError) {
            return error(Status.MISSING_METHOD, t.getClass().getName(), t.getMessage(), where(t));
        }
        return error(Status.THREW, t.getClass().getName(), t.getMessage(), where(t));
    }

    /** Exit attempts, sandbox refusals and leftover threads outrank whatever the call returned. */
    private Reply withVerdictOverrides(Reply reply, List<String> threads) {
        if (policy.exitAttempted.get()) {
            return error(Status.EXIT_ATTEMPT, reply.exception(), "called System.exit", reply.where());
        }
        if (!policy.violations.isEmpty()) {
            return error(Status.SANDBOX_VIOLATION, reply.exception(), "not allowed: "
                    + String.join("; ", new ArrayList<>(policy.violations).subList(0,
                    Math.min(3, policy.violations.size()))), reply.where());
        }
        if (!threads.isEmpty()) {
            return new Reply(Status.THREAD_LEFT_RUNNING, reply.value(), reply.exception(),
                    "left running: " + String.join(", ", threads), reply.where(), List.of(), "", 0);
        }
        return reply;
    }

    /** Threads started during the call, still alive, running the student's code. */
    private List<String> leftRunning(Set<Thread> before) {
        List<String> names = new ArrayList<>();
        for (Thread thread : liveThreads()) {
            if (!before.contains(thread) && thread.isAlive()
                    && Arrays.stream(thread.getStackTrace()).anyMatch(f -> isStudent(f.getClassName()))) {
                names.add("thread \"" + thread.getName() + "\"");
            }
        }
        return names;
    }

    /** The live threads, without the cost of collecting every stack trace. */
    private static Set<Thread> liveThreads() {
        Thread[] threads = new Thread[Thread.activeCount() + 16];
        int count = Thread.enumerate(threads);
        return new HashSet<>(Arrays.asList(threads).subList(0, count));
    }

    private boolean isStudent(String className) {
        return studentClassNames.contains(className.replaceFirst("\\$.*", ""));
    }

    private String where(Throwable t) {
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (StackTraceElement frame : t.getStackTrace()) {
            if (isStudent(frame.getClassName()) && shown++ < WHERE_FRAMES) {
                text.append(text.length() == 0 ? "at " : "\n  at ").append(frame);
            }
        }
        return text.length() == 0 ? null : text.toString();
    }

    private static Reply error(Status status, String exception, String message, String where) {
        return new Reply(status, null, exception, message, where, List.of(), "", 0);
    }

    private static Class<?>[] types(List<String> names) throws ClassNotFoundException {
        Class<?>[] types = new Class<?>[names.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = switch (names.get(i)) {
                case "double" -> double.class;
                case "int" -> int.class;
                case "long" -> long.class;
                case "boolean" -> boolean.class;
                default -> Class.forName(names.get(i));
            };
        }
        return types;
    }

    private static List<double[]> snapshot(List<Object> args) {
        List<double[]> copies = new ArrayList<>();
        for (Object arg : args) {
            copies.add(arg instanceof INDArray a && a.length() > 0 ? values(a) : null);
        }
        return copies;
    }

    private static List<Integer> mutated(List<Object> args, List<double[]> snapshots) {
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (snapshots.get(i) != null && !Arrays.equals(snapshots.get(i), values((INDArray) args.get(i)))) {
                changed.add(i);
            }
        }
        return changed;
    }

    private static double[] values(INDArray a) {
        try {
            return Wire.values(a);
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException("cannot read an argument back", e));
        }
    }

    /** The student's class is absent or does not implement the interface. */
    private static final class MissingImplementation extends Exception {
        final Status status;

        MissingImplementation(Status status, String message) {
            super(message);
            this.status = status;
        }
    }
}
