package latentlab.grader;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a grader process spends its time, for the {@code bench-class} command: the CPU time of
 * the grading threads by phase (exclusive: a phase nested in another is charged to itself
 * only), and the CPU time of the child JVMs, split into start-up (JVM, ND4J, until the child
 * says it is ready) and the rest (running the calls). Counters only grow; {@link #reset} starts
 * a measurement. The cost is two thread-CPU-clock reads per phase boundary.
 */
public final class Profile {
    /** What a grading thread is doing. */
    public enum Phase {
        /** opening the submission, copying its files, the report */
        SETUP("set-up, copies, reports"),
        COMPILE("javac"),
        /** making inputs, comparing results, hints, rendering feedback */
        TESTS("inputs, comparison, feedback"),
        REFERENCE("reference solutions"),
        SHRINK("shrinking (without its calls)"),
        /** encoding calls, decoding replies; waiting costs no CPU */
        CHILD_CALLS("talking to the child"),
        CHILD_START("starting children (parent side)");

        private final String label;

        Phase(String label) {
            this.label = label;
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Map<Phase, LongAdder> CPU = new EnumMap<>(Phase.class);
    private static final Map<Phase, LongAdder> COUNT = new EnumMap<>(Phase.class);
    private static final LongAdder CHILD_STARTS = new LongAdder();
    private static final LongAdder CHILD_START_CPU = new LongAdder();
    private static final LongAdder CHILD_TOTAL_CPU = new LongAdder();
    private static final LongAdder CHILD_START_WALL = new LongAdder();
    private static final LongAdder CHILD_CALLS = new LongAdder();
    private static final ThreadLocal<Deque<Span>> STACK = ThreadLocal.withInitial(ArrayDeque::new);

    static {
        for (Phase phase : Phase.values()) {
            CPU.put(phase, new LongAdder());
            COUNT.put(phase, new LongAdder());
        }
    }

    private Profile() {
    }

    /** Charges this thread's CPU to {@code phase} until the returned span is closed. */
    public static Span enter(Phase phase) {
        Deque<Span> stack = STACK.get();
        long now = THREADS.getCurrentThreadCpuTime();
        Span outer = stack.peek();
        if (outer != null) {
            outer.charge(now);
        }
        Span span = new Span(phase, now);
        stack.push(span);
        COUNT.get(phase).increment();
        return span;
    }

    /** One child's CPU: until it was ready, and in all; and the wall time its start took. */
    public static void childEnded(long startCpuNanos, long totalCpuNanos, long startWallNanos) {
        CHILD_STARTS.increment();
        CHILD_START_CPU.add(startCpuNanos);
        CHILD_TOTAL_CPU.add(Math.max(startCpuNanos, totalCpuNanos));
        CHILD_START_WALL.add(startWallNanos);
    }

    /** Counts calls sent to a child (a batch of them is one round trip). */
    public static void callsSent(int calls) {
        CHILD_CALLS.add(calls);
    }

    public static void reset() {
        CPU.values().forEach(LongAdder::reset);
        COUNT.values().forEach(LongAdder::reset);
        CHILD_STARTS.reset();
        CHILD_START_CPU.reset();
        CHILD_TOTAL_CPU.reset();
        CHILD_START_WALL.reset();
        CHILD_CALLS.reset();
    }

    /** CPU seconds of the grading threads, all phases. */
    public static double parentSeconds() {
        return CPU.values().stream().mapToLong(LongAdder::sum).sum() / 1e9;
    }

    /** CPU seconds of the child JVMs measured so far. */
    public static double childSeconds() {
        return CHILD_TOTAL_CPU.sum() / 1e9;
    }

    /** A table of the phases, per submission, for {@code submissions} graded. */
    public static String table(int submissions) {
        int per = Math.max(1, submissions);
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-44s %10s %14s%n", "where (CPU)",
                "total s", "per subm. ms"));
        for (Phase phase : Phase.values()) {
            row(text, "grader: " + phase.label + " (" + COUNT.get(phase).sum() + "x)", CPU.get(phase).sum(), per);
        }
        long starts = CHILD_STARTS.sum();
        row(text, "children: start-up to ready (" + starts + " JVMs)", CHILD_START_CPU.sum(), per);
        row(text, "children: running the calls (" + CHILD_CALLS.sum() + ")", CHILD_TOTAL_CPU.sum() - CHILD_START_CPU.sum(), per);
        text.append(String.format(Locale.ROOT, "%-44s %10.1f %14.0f%n", "child start, wall until ready (mean)",
                starts == 0 ? 0 : CHILD_START_WALL.sum() / 1e9 / starts,
                starts == 0 ? 0 : CHILD_START_WALL.sum() / 1e6 / starts));
        return text.toString();
    }

    private static void row(StringBuilder text, String label, long nanos, int per) {
        text.append(String.format(Locale.ROOT, "%-44s %10.1f %14.0f%n", label, nanos / 1e9, nanos / 1e6 / per));
    }

    /** An open phase of one thread; close it on the thread that opened it. */
    public static final class Span implements AutoCloseable {
        private final Phase phase;
        private long since;

        private Span(Phase phase, long since) {
            this.phase = phase;
            this.since = since;
        }

        private void charge(long now) {
            CPU.get(phase).add(now - since);
            since = now;
        }

        @Override
        public void close() {
            Deque<Span> stack = STACK.get();
            long now = THREADS.getCurrentThreadCpuTime();
            charge(now);
            stack.remove(this);
            Span outer = stack.peek();
            if (outer != null) {
                outer.since = now;
            }
        }
    }
}
