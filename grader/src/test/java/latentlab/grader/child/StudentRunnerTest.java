package latentlab.grader.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.ToolProvider;
import latentlab.grader.child.Reply.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The runner reuses one worker thread from call to call, so what one call does to that thread
 * must not reach the next: a pending interrupt, a stack overflow.
 */
class StudentRunnerTest {
    private static final List<String> TWO_ARRAYS = List.of(INDArray.class.getName(), INDArray.class.getName());

    @TempDir
    Path folder;

    /**
     * The stub of Divergences with klToStandardNormal replaced: it returns logVar's copy, except
     * that mu[0,0] = 1 interrupts its own thread, 2 recurses until the stack overflows, and 3
     * sleeps 1 ms (which throws if the thread is interrupted). The stub's own body stays behind
     * as an unused private method, so the rest of the file compiles unchanged.
     */
    private StudentRunner runner() throws Exception {
        String stub = Files.readString(Path.of("exercises/latentlab/course/DivergencesImpl.java"));
        String body = """
                public INDArray klToStandardNormal(INDArray mu, INDArray logVar) {
                        double mode = mu.getDouble(0, 0);
                        if (mode == 1) {
                            Thread.currentThread().interrupt();
                        } else if (mode == 2) {
                            return klToStandardNormal(mu, logVar);
                        } else if (mode == 3) {
                            try {
                                Thread.sleep(1);
                            } catch (InterruptedException e) {
                                throw new IllegalStateException("interrupted by an earlier call");
                            }
                        }
                        return logVar.dup();
                    }
                    private INDArray unusedStub(INDArray mu, INDArray logVar) {""";
        String source = stub.replace("public INDArray klToStandardNormal(INDArray mu, INDArray logVar) {", body);
        Path sources = Files.createDirectories(folder.resolve("src/latentlab/course"));
        Path classes = Files.createDirectories(folder.resolve("classes"));
        Files.writeString(sources.resolve("DivergencesImpl.java"), source);
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                "-cp", System.getProperty("java.class.path"), sources.resolve("DivergencesImpl.java").toString());
        assertEquals(0, compiled, "the test's student class must compile");
        URL location = classes.toUri().toURL();
        SandboxPolicy policy = new SandboxPolicy(location, folder, List.of());
        return new StudentRunner(new StudentFirst(location, getClass().getClassLoader()), classes, policy,
                new CappedOutput(1024));
    }

    /** The test's class path holds the solutions (the child's never does): the student's classes come first. */
    private static final class StudentFirst extends URLClassLoader {
        StudentFirst(URL location, ClassLoader parent) {
            super(new URL[] {location}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (name.startsWith("latentlab.course.")) {
                    Class<?> loaded = findLoadedClass(name);
                    return loaded != null ? loaded : findClass(name);
                }
                return super.loadClass(name, resolve);
            }
        }
    }

    private static Reply call(StudentRunner runner, double mode) {
        INDArray mu = Nd4j.valueArrayOf(new long[] {1, 2}, mode, DataType.DOUBLE);
        INDArray logVar = Nd4j.createFromArray(new double[][] {{0.5, -0.5}});
        return runner.run(new Call("Divergences", "klToStandardNormal", TWO_ARRAYS, List.of(mu, logVar)));
    }

    @Test
    void anInterruptLeftByOneCallDoesNotReachTheNext() throws Exception {
        StudentRunner runner = runner();
        assertEquals(Status.OK, call(runner, 1).status());
        Reply next = call(runner, 3);
        assertEquals(Status.OK, next.status(), "the next call: " + next.message());
    }

    @Test
    void callsAfterAStackOverflowStillRun() throws Exception {
        StudentRunner runner = runner();
        Reply overflow = call(runner, 2);
        assertEquals(Status.STACK_OVERFLOW, overflow.status(), overflow.value() + " " + overflow.message());
        Reply next = call(runner, 0);
        assertEquals(Status.OK, next.status(), "the next call: " + next.message());
        assertTrue(next.value() != null, "a value after the overflow");
    }
}
