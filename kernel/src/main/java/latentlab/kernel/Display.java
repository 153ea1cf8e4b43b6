package latentlab.kernel;

import java.util.UUID;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;

/**
 * The display API of notebooks, the same as IJava's ({@code display}, {@code render},
 * {@code updateDisplay}); statically imported by the kernel's startup script.
 *
 * <pre>{@code
 * String id = display(chart);        // show now, remember where
 * updateDisplay(id, chartAfterEpoch); // replace it in place (a live plot, a progress line)
 * }</pre>
 */
public final class Display {
    private Display() {
    }

    /** Renders {@code value} with its preferred MIME types and shows it; returns its display id. */
    public static String display(Object value) {
        return show(render(value));
    }

    /** Renders {@code value} as the given MIME types (e.g. "text/html") and shows it; returns its id. */
    public static String display(Object value, String... mimeTypes) {
        return show(render(value, mimeTypes));
    }

    /** Replaces what was shown under {@code id} with {@code value}. */
    public static void updateDisplay(String id, Object value) {
        kernel().updateDisplay(id, render(value));
    }

    /** Replaces what was shown under {@code id} with {@code value} rendered as the given MIME types. */
    public static void updateDisplay(String id, Object value, String... mimeTypes) {
        kernel().updateDisplay(id, render(value, mimeTypes));
    }

    /** The rendered form of {@code value}; a cell that ends with it shows it. */
    public static DisplayData render(Object value) {
        if (value instanceof DisplayData data) {
            return data;
        }
        return kernel().getRenderer().render(value);
    }

    /** {@code value} rendered as the given MIME types; text/plain is always included. */
    public static DisplayData render(Object value, String... mimeTypes) {
        return kernel().getRenderer().renderAs(value, mimeTypes);
    }

    /** Markdown text (rendered by the front end), e.g. {@code markdown("**loss** fell")}. */
    public static DisplayData markdown(String markdown) {
        DisplayData data = new DisplayData(markdown);
        data.putMarkdown(markdown);
        return data;
    }

    /** LaTeX math, e.g. {@code latex("$D_{KL}(q \\| p)$")}. */
    public static DisplayData latex(String latex) {
        DisplayData data = new DisplayData(latex);
        data.putLatex(latex);
        return data;
    }

    /** Raw HTML. */
    public static DisplayData html(String html) {
        DisplayData data = new DisplayData(html);
        data.putHTML(html);
        return data;
    }

    private static String show(DisplayData data) {
        DisplayData shown = new DisplayData(data);
        if (!shown.hasDisplayId()) {
            shown.setDisplayId(UUID.randomUUID().toString());
        }
        kernel().display(shown);
        return shown.getDisplayId();
    }

    private static LatentLabKernel kernel() {
        LatentLabKernel kernel = LatentLabKernel.current();
        if (kernel == null) {
            throw new IllegalStateException("display(...) works only inside the LatentLab Jupyter kernel");
        }
        return kernel;
    }
}
