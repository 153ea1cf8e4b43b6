package latentlab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EditingSupportTest {
    private static TestKernel kernel;

    @BeforeAll
    static void startKernel() throws Exception {
        kernel = TestKernel.shared();
    }

    @Test
    void completesInTheSnippetUnderTheCursor() throws Exception {
        kernel.run("String text = \"abc\";");
        String code = "int first = 1;\ntext.toUpp";
        ReplacementOptions options = kernel.complete(code, code.length());
        assertNotNull(options);
        assertTrue(options.getReplacements().contains("toUpperCase("), options.getReplacements().toString());
        assertEquals(code.length() - "toUpp".length(), options.getSourceStart());
        assertEquals(code.length(), options.getSourceEnd());
    }

    @Test
    void isCompleteFollowsJShell() {
        assertEquals("complete", kernel.isComplete("int x = 1;"));
        assertEquals("    ", kernel.isComplete("for (int i = 0; i < 3; i++) {"));
        assertEquals("complete", kernel.isComplete("%jars lib/*.jar"));
    }

    @Test
    void inspectionShowsTheSignature() {
        String code = "Math.max(1, 2)";
        DisplayData doc = kernel.inspect(code, "Math.ma".length(), false);
        assertNotNull(doc);
        assertTrue(TestKernel.text(doc).contains("max(int, int)") || TestKernel.text(doc).contains("max(int a, int b)"),
                TestKernel.text(doc));
    }
}
