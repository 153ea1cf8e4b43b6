package latentlab.viz;

import static latentlab.viz.RenderChecks.assertSizedAndNotBlank;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import latentlab.data.Dataset;
import latentlab.data.GaussianRing;
import latentlab.data.Toy2d;
import latentlab.tensor.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.nd4j.linalg.factory.Nd4j;

class ChartsTest {

    @Test
    void rendersHeadless() {
        Charts.labelColor(0);
        assertTrue(GraphicsEnvironment.isHeadless());
    }

    @Test
    void scatterByLabelRendersAtTheRequestedSizeWithOneSeriesPerLabel() {
        Dataset ring = GaussianRing.EIGHT.sample(500, Rng.seeded(1));
        XYChart chart = Scatter.byLabel(ring.x(), ring.labels());
        assertEquals(8, chart.getSeriesMap().size());
        assertSizedAndNotBlank(Charts.toImage(chart, 300, 200), 300, 200);
    }

    @Test
    void scatterDoesNotModifyItsInputs() {
        Dataset moons = Toy2d.moons(100, Rng.seeded(2));
        float[] before = moons.x().data().asFloat();
        Scatter.add(Scatter.byLabel(moons.x(), moons.labels()), "again", moons.x());
        assertArrayEquals(before, moons.x().data().asFloat());
    }

    @Test
    void scatterRejectsPointsThatAreNotTwoDimensional() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Scatter.of("z", Nd4j.zeros(10, 3)));
        assertEquals("Scatter.add: points must be [N >= 1, 2] but got [10, 3]. "
                + "Hint: project to 2-D first, e.g. keep the first two latent dimensions.", e.getMessage());
    }

    @Test
    void scatterRejectsLabelsOfTheWrongLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Scatter.byLabel(Nd4j.zeros(10, 2), Nd4j.createFromArray(new int[4])));
        assertEquals("Scatter.byLabel: labels must be [N=10] but got [4].", e.getMessage());
    }

    @Test
    void toImageRejectsAbsurdSizes() {
        XYChart chart = Scatter.of("p", Nd4j.rand(5, 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Charts.toImage(chart, 0, 100));
        assertEquals("Charts.toImage: width, height must be each in [16, 8192] pixels but got 0 × 100.", e.getMessage());
    }

    @Test
    void savePngWritesAReadableImage(@TempDir Path dir) throws Exception {
        Path file = Charts.savePng(Scatter.of("p", Nd4j.rand(20, 2)), dir.resolve("sub/scatter.png"));
        BufferedImage back = ImageIO.read(Files.newInputStream(file));
        assertEquals(Charts.WIDTH, back.getWidth());
        assertEquals(Charts.HEIGHT, back.getHeight());
    }
}
