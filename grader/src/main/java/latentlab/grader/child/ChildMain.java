package latentlab.grader.child;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The child JVM's entry point: {@code ChildMain <student classes> <sandbox> <readable path>...}.
 * It warms ND4J up, installs the {@link SandboxPolicy}, then answers batches of {@link Call}s
 * read from stdin with {@link Reply}s on stdout until stdin closes, and then halts (so no
 * thread a student left running can keep it alive).
 *
 * <p>The protocol owns the process's real stdin/stdout; System.out/err are replaced by a
 * {@link CappedOutput} before any student code runs, and the sandbox forbids touching them.
 */
public final class ChildMain {
    /** Written once ND4J is loaded and the sandbox is in place. */
    public static final int READY = 0x4C4C4752;
    private static final int OUTPUT_LIMIT = 16 * 1024;
    /** Outcomes after which the grader does not run the method again (StudentSession.isFatal). */
    private static final java.util.Set<Reply.Status> ENDS_THE_BATCH = java.util.EnumSet.of(Reply.Status.OUT_OF_MEMORY,
            Reply.Status.EXIT_ATTEMPT, Reply.Status.THREAD_LEFT_RUNNING, Reply.Status.SANDBOX_VIOLATION,
            Reply.Status.STACK_OVERFLOW);

    private ChildMain() {
    }

    public static void main(String[] args) {
        try {
            DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
            CappedOutput captured = new CappedOutput(OUTPUT_LIMIT);
            PrintStream capture = new PrintStream(captured, true);
            System.setOut(capture);
            System.setErr(capture);
            System.setIn(new ByteArrayInputStream(new byte[0]));
            if (ChildMain.class.getClassLoader().getResource("latentlab/course/") != null) {
                throw new IllegalStateException("refusing to run: the reference solutions are on the child's class path");
            }
            warmUp();
            Path classes = Path.of(args[0]).toAbsolutePath().normalize();
            Path sandbox = Path.of(args[1]).toAbsolutePath().normalize();
            List<Path> readable = new ArrayList<>();
            for (int i = 2; i < args.length; i++) {
                readable.add(Path.of(args[i]).toAbsolutePath().normalize());
            }
            // a folder's URL must end with "/" (or the class loader reads it as a jar), even before javac made it
            String folder = classes.toUri().toString();
            URL location = new java.net.URI(folder.endsWith("/") ? folder : folder + "/").toURL();
            SandboxPolicy policy = new SandboxPolicy(location, sandbox, readable);
            URLClassLoader students = new URLClassLoader(new URL[] {location}, ChildMain.class.getClassLoader());
            StudentRunner runner = new StudentRunner(students, classes, policy, captured);
            java.security.Policy.setPolicy(policy);
            System.setSecurityManager(new SecurityManager());
            out.writeInt(READY);
            out.flush();
            serve(in, out, runner);
        } catch (Throwable t) {
            t.printStackTrace(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
            Runtime.getRuntime().halt(3);
        }
        Runtime.getRuntime().halt(0);
    }

    private static void serve(DataInputStream in, DataOutputStream out, StudentRunner runner) throws IOException {
        while (true) {
            int count;
            try {
                count = in.readInt();
            } catch (EOFException closed) {
                return;
            }
            if (count < 0) {
                return;
            }
            List<Reply> replies = new ArrayList<>(count);
            Reply fatal = null;
            for (int i = 0; i < count; i++) {
                Call call = Call.read(in);
                Reply reply = fatal != null ? notRunAfter(fatal) : runner.run(call);
                if (fatal == null && ENDS_THE_BATCH.contains(reply.status())) {
                    fatal = reply;
                }
                replies.add(reply);
            }
            out.writeInt(replies.size());
            for (Reply reply : replies) {
                out.write(encode(reply));
            }
            out.flush();
        }
    }

    /**
     * The reply to the rest of a batch (one test's calls of one method) after a call ended with
     * {@code fatal}: the grader keeps only the first such outcome and never runs that method
     * again, so running the rest would only cost time (three full heaps instead of one).
     */
    private static Reply notRunAfter(Reply fatal) {
        return new Reply(fatal.status(), null, fatal.exception(), fatal.message()
                + " (not run: an earlier call in this test ended this way)", fatal.where(), List.of(), "", 0);
    }

    /** A reply's bytes; a value the wire cannot carry becomes a BAD_RESULT reply, never a broken stream. */
    private static byte[] encode(Reply reply) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try {
            reply.write(new DataOutputStream(bytes));
        } catch (IOException | RuntimeException e) {
            bytes.reset();
            new Reply(Reply.Status.BAD_RESULT, null, e.getClass().getName(), "the result cannot be read: "
                    + e.getMessage(), null, reply.mutated(), reply.output(), reply.nanos())
                    .write(new DataOutputStream(bytes));
        }
        return bytes.toByteArray();
    }

    /**
     * Loads ND4J's natives and the ops the exercises use before the sandbox closes file access.
     * Each step may fail on its own without stopping the child: a warm-up is best effort.
     */
    private static void warmUp() {
        // float64 only: the grader sends float64 arrays; a float32 pass added ~15% to the warm-up's CPU time.
        for (DataType dtype : new DataType[] {DataType.DOUBLE}) {
            INDArray x = Nd4j.create(new double[] {0.5, -1, 2, 3, -4, 0.25}, new long[] {2, 3}, DataType.DOUBLE)
                    .castTo(dtype);
            INDArray row = x.getRow(0, true);
            INDArray column = x.getColumn(0, true);
            List<Runnable> steps = List.of(
                    () -> x.mmul(x.transpose()).add(1).mul(2).div(3).sub(1).rsub(1).rdiv(1).neg(),
                    () -> Transforms.exp(x, true), () -> Transforms.log(Transforms.abs(x, true).add(1), true),
                    () -> Transforms.log1p(Transforms.abs(x, true), true), () -> Transforms.sigmoid(x, true),
                    () -> Transforms.softPlus(x, true), () -> Transforms.sqrt(Transforms.abs(x, true), true),
                    () -> Transforms.pow(x, 2, true), () -> Transforms.max(x, 0.0, true), () -> Transforms.tanh(x, true),
                    () -> Transforms.sign(x, true), () -> Transforms.expm1(x, true),
                    () -> x.addRowVector(row).subRowVector(row).mulRowVector(row).divRowVector(row.add(10)),
                    () -> x.addColumnVector(column).subColumnVector(column).mulColumnVector(column),
                    () -> x.add(row).sub(column).mul(row).div(column.add(10)),
                    () -> x.max(1), () -> x.min(true, 1), () -> x.argMax(1), () -> x.sum(true, 1), () -> x.mean(true, 0),
                    () -> x.norm1Number(), () -> x.norm2Number(), () -> x.sumNumber(), () -> x.amaxNumber(),
                    () -> x.dup().addi(1).muli(2).subi(1).divi(2).assign(0), () -> x.gt(0).castTo(dtype),
                    () -> Nd4j.concat(1, x, x), () -> Nd4j.hstack(x, x), () -> Nd4j.vstack(x, x),
                    () -> x.get(NDArrayIndex.all(), NDArrayIndex.interval(0, 2)), () -> Nd4j.zeros(dtype, 2, 2),
                    () -> Nd4j.ones(dtype, 2, 2), () -> Nd4j.scalar(dtype, 1.0), () -> x.toDoubleMatrix(),
                    () -> x.toString(), () -> x.reshape(3, 2).transpose().dup('c'), () -> Nd4j.createFromArray(1.0, 2.0));
            for (Runnable step : steps) {
                try {
                    step.run();
                } catch (RuntimeException ignored) {
                    // best effort: an op that fails here is simply not preloaded
                }
            }
        }
    }
}
