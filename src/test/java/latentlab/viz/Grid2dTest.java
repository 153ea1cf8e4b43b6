package latentlab.viz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

class Grid2dTest {
    private static final double MIDPOINT_RULE = 1e-3;

    @Test
    void pointsAreCellCentresFromTheTopLeft() {
        INDArray points = new Grid2d(0, 2, 0, 4, 2).points();
        // cells 1 × 2: top row (y = 3) first, then the bottom row (y = 1), left to right
        assertArrayEquals(new float[] {0.5f, 3, 1.5f, 3, 0.5f, 1, 1.5f, 1}, points.data().asFloat());
        assertArrayEquals(new long[] {4, 2}, points.shape());
        assertEquals(2.0, new Grid2d(0, 2, 0, 4, 2).cellArea(), 0);
    }

    @Test
    void integratesAStandardNormalToOne() {
        Grid2d grid = new Grid2d(-6, 6, -6, 6, 200);
        INDArray p = grid.points().castTo(DataType.DOUBLE);
        INDArray density = Transforms.exp(p.mul(p).sum(true, 1).muli(-0.5), false).divi(2 * Math.PI);   // N(0, I)
        assertEquals(1.0, grid.integrate(density), MIDPOINT_RULE);
    }

    @Test
    void heatMapMatchesTheFunctionVersionPixelForPixel() {
        DoubleBinaryOperator f = (x, y) -> Math.exp(-((x - 0.5) * (x - 0.5) + 2 * y * y));
        Grid2d grid = new Grid2d(-2, 3, -1.5, 1.5, 40);
        double[] values = new double[40 * 40];
        INDArray points = grid.points();
        for (int i = 0; i < values.length; i++) {
            values[i] = f.applyAsDouble(points.getFloat(i, 0), points.getFloat(i, 1));
        }
        BufferedImage ours = grid.heatMap(Nd4j.createFromArray(values).reshape(values.length, 1)).image();
        BufferedImage reference = HeatMap.ofFunction((x, y) -> f.applyAsDouble((float) x, (float) y),
                -2, 3, -1.5, 1.5, 40).image();
        assertEquals(reference.getWidth(), ours.getWidth());
        for (int y = 0; y < ours.getHeight(); y++) {
            for (int x = 0; x < ours.getWidth(); x++) {
                assertEquals(reference.getRGB(x, y), ours.getRGB(x, y), "pixel (" + x + ", " + y + ")");
            }
        }
    }

    @Test
    void valuesAreReadNotModified() {
        Grid2d grid = new Grid2d(0, 1, 0, 1, 3);
        INDArray values = Nd4j.linspace(1, 9, 9, DataType.DOUBLE).reshape(9, 1);
        INDArray before = values.dup();
        assertEquals(45.0 / 9, grid.integrate(values), 1e-12);
        grid.heatMap(values);
        assertEquals(before, values);
    }

    @Test
    void wrongValuesAndBoxesAreNamed() {
        Grid2d grid = new Grid2d(0, 1, 0, 1, 3);
        var count = assertThrows(IllegalArgumentException.class,
                () -> grid.integrate(Nd4j.zeros(DataType.DOUBLE, 8, 1)));
        assertEquals("Grid2d.integrate: values must be [R²=9, 1], one value per cell but got [8, 1]. "
                + "Hint: evaluate on grid.points().", count.getMessage());
        INDArray withNaN = Nd4j.zeros(DataType.DOUBLE, 9, 1).putScalar(4, 0, Double.NaN);
        var nan = assertThrows(IllegalArgumentException.class, () -> grid.heatMap(withNaN));
        assertEquals("Grid2d.heatMap: values must be finite values but got NaN at (0.5, 0.5).", nan.getMessage());
        var box = assertThrows(IllegalArgumentException.class, () -> new Grid2d(0, 1, 0, 1, 1));
        assertEquals("Grid2d: resolution must be in [2, 2000] cells per side but got 1.", box.getMessage());
    }
}
