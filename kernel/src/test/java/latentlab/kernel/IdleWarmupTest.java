package latentlab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IdleWarmupTest {
    /** One of each warm-up cell. */
    private static final int SNIPPETS = 12;

    private static TestKernel kernel;

    @BeforeAll
    static void startKernel() throws Exception {
        kernel = TestKernel.shared();
    }

    @Test
    void warmUpLeavesNoSnippetsVariablesOrOutputInTheUserSession() throws Exception {
        kernel.run("1 + 1"); // the session is up
        long snippetsBefore = kernel.evaluator().snippetCount();
        IdleWarmup warmup = new IdleWarmup(CompletableFuture.completedFuture(null), SNIPPETS);
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            warmup.start();
            warmup.done().get(120, TimeUnit.SECONDS);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals(SNIPPETS, warmup.snippetsRun());
        assertEquals(0, warmup.failures(), "every warm-up snippet compiles and runs");
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
        assertEquals(snippetsBefore, kernel.evaluator().snippetCount(), "no snippet in the user's JShell");
        for (String name : new String[] {"warmUpCount", "warmUpText", "warmUpValues", "warmUpSum", "warmUpTwice(1)",
                "new WarmUpPoint(1, 2)"}) {
            CompilationException e = assertThrows(CompilationException.class, () -> kernel.run(name),
                    name + " must not exist in the user's session");
            assertTrue(e.getMessage().contains("cannot find symbol"), e.getMessage());
        }
    }

    @Test
    void warmUpWaitsWhileARequestIsInFlight() throws Exception {
        CompletableFuture<Void> session = new CompletableFuture<>();
        IdleWarmup warmup = new IdleWarmup(session, 1);
        warmup.requestStarted();
        warmup.start();
        session.complete(null);
        Thread.sleep(3 * IdleWarmup.IDLE_MS);
        assertEquals(0, warmup.snippetsRun(), "a request is in flight");
        warmup.requestEnded();
        warmup.done().get(120, TimeUnit.SECONDS);
        assertEquals(1, warmup.snippetsRun());
    }

    @Test
    void warmUpWaitsForTheSession() throws Exception {
        CompletableFuture<Void> session = new CompletableFuture<>();
        IdleWarmup warmup = new IdleWarmup(session, 1);
        warmup.start();
        Thread.sleep(3 * IdleWarmup.IDLE_MS);
        assertEquals(0, warmup.snippetsRun(), "the session is not up yet");
        session.complete(null);
        warmup.done().get(120, TimeUnit.SECONDS);
        assertEquals(1, warmup.snippetsRun());
    }

    @Test
    void rejectsANegativeSnippetCount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new IdleWarmup(CompletableFuture.completedFuture(null), -1));
        assertEquals("IdleWarmup: snippets must be >= 0 but got -1", e.getMessage());
    }
}
