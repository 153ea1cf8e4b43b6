package latentlab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.Base64;

import javax.imageio.ImageIO;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DisplayTest {
    private static TestKernel kernel;

    @BeforeAll
    static void startKernel() throws Exception {
        kernel = TestKernel.shared();
    }

    @Test
    void bufferedImageRendersAsPng() throws Exception {
        DisplayData data = kernel.run("new java.awt.image.BufferedImage(3, 2, java.awt.image.BufferedImage.TYPE_INT_RGB)").result();
        assertEquals(3, png(data).getWidth());
        assertEquals(2, png(data).getHeight());
    }

    @Test
    void xchartChartRendersAsPng() throws Exception {
        DisplayData data = kernel.run("""
                var chart = new org.knowm.xchart.XYChartBuilder().width(320).height(200).title("loss").build();
                chart.addSeries("train", new double[] {1, 2, 3}, new double[] {3, 2, 1});
                chart""").result();
        assertEquals(320, png(data).getWidth());
    }

    @Test
    void tablesawTableRendersAsBoundedHtmlAndText() throws Exception {
        DisplayData data = kernel.run("""
                tech.tablesaw.api.Table.create("history",
                    tech.tablesaw.api.IntColumn.indexColumn("epoch", 100, 1),
                    tech.tablesaw.api.DoubleColumn.create("loss", java.util.stream.IntStream.range(0, 100).mapToDouble(i -> 1.0 / (i + 1))))
                """).result();
        String html = (String) data.getData(MIMEType.TEXT_HTML);
        assertTrue(html.contains("<th>epoch</th><th>loss</th>"), html);
        assertTrue(html.contains("… 80 more rows …"), html);
        assertTrue(html.contains("100 rows × 2 columns"), html);
        assertEquals(Renderers.TABLE_ROWS + 1, html.split("<tr>").length - 2, "header, 20 rows, the gap row");
        assertTrue(TestKernel.text(data).contains("history"), TestKernel.text(data));
    }

    @Test
    void trainingHistoryShowsItsEpochTable() throws Exception {
        DisplayData data = kernel.run("""
                var epochs = tech.tablesaw.api.Table.create("epochs",
                    tech.tablesaw.api.IntColumn.indexColumn("epoch", 2, 0),
                    tech.tablesaw.api.DoubleColumn.create("loss", new double[] {0.8, 0.4}));
                new latentlab.train.History(epochs.copy().setName("steps"), epochs)""").result();
        assertTrue(TestKernel.text(data).startsWith("History: 2 epochs, 2 steps"), TestKernel.text(data));
        assertTrue(((String) data.getData(MIMEType.TEXT_HTML)).contains("<th>epoch</th><th>loss</th>"));
    }

    @Test
    void smallArrayShowsShapeDtypeAndHtmlTable() throws Exception {
        DisplayData data = kernel.run("Nd4j.createFromArray(new float[][] {{1, 2}, {3, 4}})").result();
        assertTrue(TestKernel.text(data).startsWith("INDArray shape=[2, 2] dtype=FLOAT\n"), TestKernel.text(data));
        assertEquals("<table class=\"latentlab-array\"><tr><td>1.000</td><td>2.000</td></tr>"
                + "<tr><td>3.000</td><td>4.000</td></tr></table><small>shape=[2, 2] dtype=FLOAT</small>",
                data.getData(MIMEType.TEXT_HTML));
    }

    @Test
    void largeArrayIsTextOnly() throws Exception {
        DisplayData data = kernel.run("Nd4j.zeros(DataType.DOUBLE, 64, 64)").result();
        assertTrue(TestKernel.text(data).startsWith("INDArray shape=[64, 64] dtype=DOUBLE\n"));
        assertFalse(data.hasDataForType(MIMEType.TEXT_HTML));
    }

    @Test
    void displayShowsNowAndReturnsAnIdThatUpdateDisplayReuses() throws Exception {
        TestKernel.Outcome outcome = kernel.run("""
                String id = display("epoch 1");
                updateDisplay(id, "epoch 2");
                display(id)""");
        assertEquals(3, kernel.shown.size());
        TestKernel.Shown first = kernel.shown.get(0);
        TestKernel.Shown update = kernel.shown.get(1);
        assertEquals("epoch 1", TestKernel.text(first.data()));
        assertTrue(update.update());
        assertEquals(first.id(), update.id());
        assertEquals("epoch 2", TestKernel.text(update.data()));
        assertNull(outcome.result(), "the id returned by a final display(...) is not echoed");
    }

    @Test
    void renderAsRequestedMimeTypes() throws Exception {
        DisplayData data = kernel.run("render(Nd4j.ones(2), \"text/html\")").result();
        assertNotNull(data.getData(MIMEType.TEXT_HTML));
    }

    @Test
    void markdownAndLatexHelpers() throws Exception {
        assertEquals("**kl**", kernel.run("markdown(\"**kl**\")").result().getData(MIMEType.TEXT_MARKDOWN));
        assertEquals("$\\mu$", kernel.run("latex(\"$\\\\mu$\")").result().getData(MIMEType.TEXT_LATEX));
    }

    private static java.awt.image.BufferedImage png(DisplayData data) throws Exception {
        String base64 = (String) data.getData(MIMEType.IMAGE_PNG);
        assertNotNull(base64, "no image/png in " + data);
        return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64.replaceAll("\\s", ""))));
    }
}
