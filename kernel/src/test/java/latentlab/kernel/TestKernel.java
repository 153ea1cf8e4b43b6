package latentlab.kernel;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

/**
 * A kernel without a Jupyter connection: what it would publish is recorded instead. One
 * instance is shared by the test classes, since starting JShell takes seconds.
 */
final class TestKernel extends LatentLabKernel {
    /** A display or update_display message: the display id and the data. */
    record Shown(String id, DisplayData data, boolean update) {}

    /** What one cell produced. */
    record Outcome(DisplayData result, String stdout, String stderr) {}

    private static TestKernel shared;

    final List<Shown> shown = new ArrayList<>();

    private TestKernel() throws Exception {
    }

    static synchronized TestKernel shared() throws Exception {
        if (shared == null) {
            shared = new TestKernel();
        }
        return shared;
    }

    /** Runs a cell as Jupyter would, capturing stdout and stderr. */
    Outcome run(String code) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        try {
            shown.clear();
            executionCount.getAndIncrement(); // as the execute handler does: errors name this cell
            DisplayData result = eval(code);
            return new Outcome(result, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** The text/plain form of a cell's value, or null if it shows nothing. */
    String value(String code) throws Exception {
        return text(run(code).result());
    }

    static String text(DisplayData data) {
        return data == null ? null : (String) data.getData(MIMEType.TEXT_PLAIN);
    }

    @Override
    public void display(DisplayData data) {
        super.recordDisplayId(data);
        shown.add(new Shown(data.getDisplayId(), data, false));
    }

    @Override
    public void updateDisplay(String id, DisplayData data) {
        shown.add(new Shown(id, data, true));
    }
}
