package latentlab.viz;

import static latentlab.viz.RenderChecks.assertSizedAndNotBlank;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import latentlab.data.Dataset;
import latentlab.data.SyntheticDigits;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class ImageGridTest {

    @Test
    void gridHasOneCellPerImageWithGapsAndScale() {
        Dataset digits = SyntheticDigits.generate(10, 1);
        BufferedImage grid = ImageGrid.of(digits.x(), 4, 2);
        // 4 columns × (28·2 + 2 gap) + 2 border; 3 rows likewise.
        assertSizedAndNotBlank(grid, 4 * 58 + 2, 3 * 58 + 2);
    }

    @Test
    void pixelValuesMapToGreyLevels() {
        float[] image = new float[4];
        image[1] = 1f;
        image[2] = 0.5f;
        BufferedImage grid = ImageGrid.of(Nd4j.create(image, new long[] {1, 4}, 'c'), 1, 1);
        assertEquals(0x000000, grid.getRGB(1, 1) & 0xFFFFFF);
        assertEquals(0xFFFFFF, grid.getRGB(2, 1) & 0xFFFFFF);
        assertEquals(0x808080, grid.getRGB(1, 2) & 0xFFFFFF);
    }

    @Test
    void gridDoesNotModifyTheImages() {
        Dataset digits = SyntheticDigits.generate(3, 2);
        float[] before = digits.x().data().asFloat();
        ImageGrid.of(digits.x(), 3, 1);
        assertArrayEquals(before, digits.x().data().asFloat());
    }

    @Test
    void rejectsNonSquareFlatImages() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImageGrid.of(Nd4j.zeros(2, 780), 2, 1));
        assertEquals("ImageGrid.of: images must be [N, D] with D a square (28*28=784) but got [2, 780]. "
                + "Hint: pass [N, H, W] for non-square images.", e.getMessage());
    }

    @Test
    void rejectsZeroColumns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImageGrid.of(Nd4j.zeros(2, 784), 0, 1));
        assertEquals("ImageGrid.of: columns must be >= 1 but got 0.", e.getMessage());
    }
}
