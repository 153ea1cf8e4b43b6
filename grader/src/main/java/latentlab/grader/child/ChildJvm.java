package latentlab.grader.child;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import latentlab.grader.Layout;
import latentlab.grader.Profile;

/**
 * The grader's handle on one child JVM running {@link ChildMain} over a student's classes.
 * {@link #run} sends a batch of calls and waits at most the given time for the replies; on a
 * timeout or a dead child it throws {@link ChildFailure} and the child is gone (the caller
 * starts a new one).
 */
public final class ChildJvm implements AutoCloseable {
    private static final int STDERR_TAIL = 2000;

    private final Process process;
    private final DataOutputStream out;
    private final DataInputStream in;
    private final Path stderr;
    private final ExecutorService reader;
    private final long startedAt = System.nanoTime();
    private long readyCpuNanos;
    private long readyWallNanos;
    private boolean closed;

    /**
     * Memory, time and paths for a child.
     *
     * @param heapMb       -Xmx of the child
     * @param offHeapMb    cap on ND4J's native memory
     * @param startTimeout how long the child may take to load ND4J and say it is ready
     */
    public record Settings(List<Path> classpath, int heapMb, int offHeapMb, Duration startTimeout) {
        public static Settings defaults() {
            return new Settings(Layout.libraryClasspath(), 256, 512, Duration.ofSeconds(60));
        }
    }

    /** Why a batch of calls got no replies. */
    public static final class ChildFailure extends Exception {
        public enum Kind { TIMEOUT, DIED, PROTOCOL }

        public final Kind kind;

        ChildFailure(Kind kind, String message) {
            super(message);
            this.kind = kind;
        }
    }

    private ChildJvm(Process process, Path stderr) {
        this.process = process;
        this.out = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        this.in = new DataInputStream(new BufferedInputStream(process.getInputStream()));
        this.stderr = stderr;
        this.reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "child-reader");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts a child on {@code classes} with working directory {@code sandbox}; returns once it is ready. */
    public static ChildJvm start(Settings settings, Path classes, Path sandbox, Path stderr)
            throws IOException, ChildFailure {
        List<String> options = jvmOptions(settings);
        List<String> command = new ArrayList<>(List.of(Layout.javaExecutable().toString()));
        command.addAll(options);
        command.addAll(ClassDataArchive.options(settings, options));
        command.addAll(List.of(
                "-cp", Layout.join(settings.classpath())));
        String extra = System.getProperty("latentlab.grader.childJvmOptions", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of(ChildMain.class.getName(),
                classes.toString(), sandbox.toString()));
        for (Path readable : readablePaths(settings)) {
            command.add(readable.toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(sandbox.toFile())
                .redirectError(stderr.toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("PATH", "/usr/bin:/bin");
        env.put("HOME", sandbox.toString());
        env.put("LANG", "C.UTF-8");
        env.put("OMP_NUM_THREADS", "1");
        env.put("LATENTLAB_BUDGET", "ci");
        ChildJvm child = new ChildJvm(builder.start(), stderr);
        child.awaitReady(settings.startTimeout());
        return child;
    }

    /** The child's JVM options (before the CDS archive's): memory caps, lean JIT and GC, the sandbox switch. */
    private static List<String> jvmOptions(Settings settings) {
        return List.of("-Xmx" + settings.heapMb() + "m", "-Xss1m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-Djava.security.manager=allow", "-Djava.awt.headless=true",
                "-Dorg.bytedeco.javacpp.maxbytes=" + settings.offHeapMb() + "m",
                "-Dorg.bytedeco.javacpp.maxphysicalbytes=" + (settings.offHeapMb() + settings.heapMb() + 256) + "m",
                "-Dorg.bytedeco.javacpp.cachedir=" + Layout.javacppCache());
    }

    /**
     * Makes the class-data sharing archive for children with these settings now, if it is missing
     * (otherwise the first child start makes it); returns whether it made one.
     */
    public static boolean prepare(Settings settings) {
        return ClassDataArchive.prepare(settings, jvmOptions(settings));
    }

    private static List<Path> readablePaths(Settings settings) {
        List<Path> paths = new ArrayList<>(settings.classpath());
        paths.add(Path.of(System.getProperty("java.home")));
        paths.add(Layout.javacppCache());
        // Only these system files: all of /proc would let /proc/self/root/... reach every file.
        paths.addAll(List.of(Path.of("/proc/cpuinfo"), Path.of("/proc/meminfo"), Path.of("/sys/devices/system/cpu"),
                Path.of("/dev/urandom"), Path.of("/dev/random"), Path.of("/dev/null")));
        return paths;
    }

    private void awaitReady(Duration timeout) throws ChildFailure {
        int hello = await(reader.submit(in::readInt), timeout);
        if (hello != ChildMain.READY) {
            throw fail(ChildFailure.Kind.PROTOCOL, "the child JVM did not start properly");
        }
        readyWallNanos = System.nanoTime() - startedAt;
        readyCpuNanos = cpuNanos();
    }

    /** Runs the calls in order in the child and returns one reply per call. */
    public List<Reply> run(List<Call> calls, Duration timeout) throws ChildFailure {
        try {
            Profile.callsSent(calls.size());
            out.writeInt(calls.size());
            for (Call call : calls) {
                call.write(out);
            }
            out.flush();
        } catch (IOException e) {
            throw fail(ChildFailure.Kind.DIED, "the child JVM stopped reading: " + e.getMessage());
        }
        return await(reader.submit(this::readReplies), timeout);
    }

    private List<Reply> readReplies() throws IOException {
        int count = in.readInt();
        if (count < 0 || count > 100_000) {
            throw new IOException("corrupted stream: " + count + " replies");
        }
        List<Reply> replies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            replies.add(Reply.read(in));
        }
        return replies;
    }

    private <T> T await(Future<T> pending, Duration timeout) throws ChildFailure {
        try {
            return pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw fail(ChildFailure.Kind.TIMEOUT, "no answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            boolean died = waitForExit();
            throw fail(died ? ChildFailure.Kind.DIED : ChildFailure.Kind.PROTOCOL,
                    died ? "the child JVM exited with code " + process.exitValue() + tail()
                            : "the child JVM's answer was unreadable: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fail(ChildFailure.Kind.DIED, "interrupted");
        }
    }

    private boolean waitForExit() {
        try {
            return process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private ChildFailure fail(ChildFailure.Kind kind, String message) {
        close();
        return new ChildFailure(kind, message);
    }

    /** The start of the child's own stderr (JVM messages: the cause comes first), for a crash report. */
    private String tail() {
        try (RandomAccessFile file = new RandomAccessFile(stderr.toFile(), "r")) {
            byte[] bytes = new byte[(int) Math.min(file.length(), STDERR_TAIL)];
            file.readFully(bytes);
            String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "" : ": " + text;
        } catch (IOException e) {
            return "";
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The child's CPU time so far (0 once it is gone). */
    private long cpuNanos() {
        return process.toHandle().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    /** Ends the child: closes its stdin (it halts) and kills it if it is still there. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        Profile.childEnded(readyCpuNanos, cpuNanos(), readyWallNanos);
        try {
            out.writeInt(-1);
            out.close();
        } catch (IOException ignored) {
            // already gone
        }
        try {
            if (!process.waitFor(200, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        reader.shutdownNow();
    }
}
