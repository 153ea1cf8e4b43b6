package latentlab.kernel;

import java.awt.image.BufferedImage;

import io.github.spencerpark.jupyter.kernel.display.RenderContext;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.common.Image;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import latentlab.train.History;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.nd4j.linalg.api.ndarray.INDArray;
import tech.tablesaw.api.Table;

/**
 * How notebook values look: charts and images as PNG, tables as HTML (and text), arrays as
 * text with their shape and dtype (small ones also as an HTML table), a training
 * {@code History} as its per-epoch table.
 * {@code BufferedImage} and every other {@code RenderedImage} are rendered as PNG by the base
 * kernel's own image renderer.
 */
final class Renderers {
    /** Tables longer than this show their head and tail only. */
    static final int TABLE_ROWS = 20;
    /** Arrays with at most this many elements (and rank at most 2) also render as an HTML table. */
    static final int ARRAY_HTML_ELEMENTS = 200;

    private Renderers() {
    }

    static void registerAll(Renderer renderer) {
        renderer.createRegistration(Chart.class)
                .preferring(MIMEType.IMAGE_PNG)
                .register(Renderers::renderChart);
        renderer.createRegistration(Table.class)
                .preferring(MIMEType.TEXT_HTML, MIMEType.TEXT_PLAIN)
                .register(Renderers::renderTable);
        renderer.createRegistration(History.class)
                .preferring(MIMEType.TEXT_HTML, MIMEType.TEXT_PLAIN)
                .register(Renderers::renderHistory);
        renderer.createRegistration(INDArray.class)
                .preferring(MIMEType.TEXT_PLAIN, MIMEType.TEXT_HTML)
                .register(Renderers::renderArray);
    }

    private static void renderChart(Chart<?, ?> chart, RenderContext context) {
        BufferedImage image = BitmapEncoder.getBufferedImage(chart);
        Image.renderImage(image, context);
    }

    private static void renderTable(Table table, RenderContext context) {
        context.renderIfRequested(MIMEType.TEXT_HTML, () -> TableHtml.of(table, TABLE_ROWS));
        context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> table.print(TABLE_ROWS));
    }

    /** A training history shows its per-epoch table (the per-step table is one call away). */
    private static void renderHistory(History history, RenderContext context) {
        Table epochs = history.epochs();
        String title = "History: " + epochs.rowCount() + " epochs, " + history.steps().rowCount()
                + " steps; per-epoch means (history.steps() has every step)";
        context.renderIfRequested(MIMEType.TEXT_HTML,
                () -> "<p>" + TableHtml.escape(title) + "</p>" + TableHtml.of(epochs, TABLE_ROWS));
        context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> title + "\n" + epochs.print(TABLE_ROWS));
    }

    private static void renderArray(INDArray array, RenderContext context) {
        context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> ArrayText.plain(array));
        if (ArrayText.smallEnoughForHtml(array, ARRAY_HTML_ELEMENTS)) {
            context.renderIfRequested(MIMEType.TEXT_HTML, () -> ArrayText.html(array));
        }
    }
}
