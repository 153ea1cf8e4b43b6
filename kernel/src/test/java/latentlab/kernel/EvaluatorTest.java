package latentlab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
    private static TestKernel kernel;

    @BeforeAll
    static void startKernel() throws Exception {
        kernel = TestKernel.shared();
    }

    @Test
    void finalExpressionIsTheCellValue() throws Exception {
        assertEquals("2", kernel.value("1 + 1"));
        assertEquals("ab", kernel.value("String s = \"a\";\ns + \"b\""));
    }

    @Test
    void expressionValuesAreShownButNotKeptAsVariables() throws Exception {
        try (Evaluator evaluator = new Evaluator()) {
            evaluator.eval("int kept = 40;", 1);
            long defined = evaluator.definedSnippets();
            for (int i = 0; i < 3; i++) {
                assertEquals(40 + i, evaluator.eval("kept + " + i, 2 + i));
            }
            assertEquals(defined, evaluator.definedSnippets(), "each $N would slow every later snippet");
            evaluator.eval("int another = 2;", 5);
            assertEquals(defined + 1, evaluator.definedSnippets());
        }
    }

    @Test
    void statementsAndDeclarationsShowNothing() throws Exception {
        assertNull(kernel.value("int unused = 4;"));
        assertNull(kernel.value("for (int i = 0; i < 2; i++) { }"));
        assertNull(kernel.value("void nothing() { }"));
    }

    @Test
    void multiStatementCellRunsInOrderAndStreamsOutput() throws Exception {
        TestKernel.Outcome outcome = kernel.run("""
                import java.time.Duration;
                int a = 2;
                System.out.println("a=" + a);
                System.err.println("to stderr");
                Duration.ofSeconds(a).toMillis()
                """);
        assertEquals("a=2\n", outcome.stdout());
        assertEquals("to stderr\n", outcome.stderr());
        assertEquals("2000", TestKernel.text(outcome.result()));
    }

    @Test
    void methodsAndClassesCanBeRedefined() throws Exception {
        kernel.run("int twice(int x) { return 2 * x; }");
        assertEquals("6", kernel.value("twice(3)"));
        kernel.run("int twice(int x) { return x + x + 1; }");
        assertEquals("7", kernel.value("twice(3)"));
        kernel.run("record Point(int x, int y) { }");
        kernel.run("record Point(int x, int y, int z) { int sum() { return x + y + z; } }");
        assertEquals("6", kernel.value("new Point(1, 2, 3).sum()"));
    }

    @Test
    void compileErrorGivesLineColumnSourceAndCaret() {
        CompilationException e = assertThrows(CompilationException.class,
                () -> kernel.run("int ok = 1;\nint bad = ok + missing;"));
        assertEquals("""
                line 2, column 16: cannot find symbol
                  symbol:   variable missing
                    int bad = ok + missing;
                                   ^""", e.getMessage());
    }

    @Test
    void compileErrorStopsTheCellBeforeLaterSnippets() throws Exception {
        kernel.run("int counter = 0;");
        assertThrows(CompilationException.class, () -> kernel.run("counter++;\nString s = 1;\ncounter++;"));
        assertEquals("1", kernel.value("counter"));
    }

    @Test
    void incompleteSourceIsReported() {
        CompilationException e = assertThrows(CompilationException.class, () -> kernel.run("int x = 1;\nif (x > 0) {"));
        assertTrue(e.getMessage().startsWith("line 2: incomplete source"), e.getMessage());
    }

    @Test
    void runtimeExceptionShowsUserFramesAsCellLines() {
        EvaluationException e = assertThrows(EvaluationException.class, () -> kernel.run("""
                int divide(int a, int b) {
                    return a / b;
                }
                divide(1, 0)"""));
        assertEquals("java.lang.ArithmeticException: / by zero", e.getMessage());
        List<String> trace = e.trace();
        assertEquals("java.lang.ArithmeticException: / by zero", trace.get(0));
        assertTrue(trace.get(1).matches("    at divide \\(cell \\[\\d+], line 2\\)"), trace.get(1));
        assertTrue(trace.get(2).matches("    at cell \\(cell \\[\\d+], line 4\\)"), trace.get(2));
        assertEquals(3, trace.size(), "kernel and JShell frames are trimmed: " + trace);
    }

    @Test
    void exceptionMessagesHideJShellWrapperNames() {
        EvaluationException e = assertThrows(EvaluationException.class,
                () -> kernel.run("String nothing = null;\nnothing.length()"));
        assertEquals("java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"nothing\" is null",
                e.getMessage());
    }

    @Test
    void interruptStopsATightLoopAndTheKernelStaysUsable() throws Exception {
        CompletableFuture<Throwable> cell = runInBackground("""
                System.setProperty("latentlab.test.cell", "looping");
                while (true) { }""");
        awaitCellState("looping");
        long start = System.nanoTime();
        kernel.interrupt();
        Throwable outcome = cell.get(5, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(outcome instanceof EvaluationInterruptedException, String.valueOf(outcome));
        assertTrue(seconds < 2, "stopped after " + seconds + " s");
        assertEquals("3", kernel.value("1 + 2"));
    }

    @Test
    void interruptEndsASleepingCell() throws Exception {
        CompletableFuture<Throwable> cell = runInBackground("""
                System.setProperty("latentlab.test.cell", "sleeping");
                Thread.sleep(60_000);""");
        awaitCellState("sleeping");
        kernel.interrupt();
        assertTrue(cell.get(3, TimeUnit.SECONDS) instanceof Exception);
        assertEquals("true", kernel.value("true"));
    }

    private static CompletableFuture<Throwable> runInBackground(String code) {
        System.clearProperty("latentlab.test.cell");
        return CompletableFuture.supplyAsync(() -> {
            try {
                kernel.eval(code);
                return null;
            } catch (Exception e) {
                return e;
            }
        });
    }

    /** Waits until the background cell has reached its loop or sleep (compiling can take seconds). */
    private static void awaitCellState(String state) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!state.equals(System.getProperty("latentlab.test.cell")) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(100);
    }

    @Test
    void interruptBeforeACellStartsDoesNotAffectIt() throws Exception {
        kernel.interrupt();
        assertEquals("5", kernel.value("2 + 3"));
    }

    @Test
    void nd4jLoadsItsBackendInsideTheKernel() throws Exception {
        String text = kernel.value("Nd4j.create(new float[] {1, 2, 3}, 3).sumNumber().floatValue()");
        assertEquals("6.0", text);
    }
}
