package latentlab.viz;

import java.util.Arrays;
import latentlab.tensor.Failure;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A square grid of R × R cells over the box [xMin, xMax] × [yMin, yMax], so that a 2-D density
 * can be evaluated on all cell centres in one batch, integrated and drawn as a {@link HeatMap}:
 * <pre>
 *   ∫∫ p(x) dx ≈ Σ_cells p(centre) · cellArea,   cellArea = (xMax − xMin)(yMax − yMin) / R²
 * </pre>
 * Cells are listed row by row from the top (y = yMax) and left to right, the order the heat map
 * draws them. Inputs are never modified.
 *
 * <pre>{@code
 * Grid2d grid = new Grid2d(-1.5, 2.5, -1, 1.5, 120);
 * INDArray density = Transforms.exp(flow.logLikelihood(grid.points()));   // [R², 1]
 * double mass = grid.integrate(density);
 * BufferedImage img = grid.heatMap(density).image();
 * }</pre>
 *
 * @param resolution R, cells per side, in [2, 2000]
 */
public record Grid2d(double xMin, double xMax, double yMin, double yMax, int resolution) {

    public Grid2d {
        HeatMap.requireBox("Grid2d", xMin, xMax, yMin, yMax, resolution);
    }

    /** The cell centres, [R², 2] float32: row r·R + c is the cell in grid row r (from the top), column c. */
    public INDArray points() {
        float[] xy = new float[2 * resolution * resolution];
        for (int r = 0; r < resolution; r++) {
            for (int c = 0; c < resolution; c++) {
                int i = r * resolution + c;
                xy[2 * i] = (float) x(c);
                xy[2 * i + 1] = (float) y(r);
            }
        }
        return Nd4j.create(xy, new long[] {(long) resolution * resolution, 2}, 'c');
    }

    /** The area of one cell. */
    public double cellArea() {
        return (xMax - xMin) * (yMax - yMin) / ((double) resolution * resolution);
    }

    /** Σ values · cellArea: the integral over the box of a function given at the cell centres, [R², 1] or [R²]. */
    public double integrate(INDArray values) {
        return Arrays.stream(cells("Grid2d.integrate", values)).mapToDouble(row -> Arrays.stream(row).sum()).sum()
                * cellArea();
    }

    /** A heat map of values at the cell centres, [R², 1] or [R²], in the order of {@link #points()}. */
    public HeatMap heatMap(INDArray values) {
        return HeatMap.ofCells(cells("Grid2d.heatMap", values), xMin, xMax, yMin, yMax);
    }

    private double[][] cells(String operation, INDArray values) {
        long count = (long) resolution * resolution;
        boolean column = values != null && (values.rank() == 1 || (values.rank() == 2 && values.columns() == 1));
        if (!column || values.length() != count) {
            throw Failure.in(operation).argument("values").expected("[R²=" + count + ", 1], one value per cell")
                    .got(values == null ? "null" : Arrays.toString(values.shape()))
                    .hint("evaluate on grid.points()").exception();
        }
        double[] flat = values.castTo(DataType.DOUBLE).dup('c').data().asDouble();
        double[][] grid = new double[resolution][];
        for (int r = 0; r < resolution; r++) {
            grid[r] = Arrays.copyOfRange(flat, r * resolution, (r + 1) * resolution);
            for (int c = 0; c < resolution; c++) {
                if (!Double.isFinite(grid[r][c])) {
                    throw Failure.in(operation).argument("values").expected("finite values")
                            .got(grid[r][c] + " at (" + x(c) + ", " + y(r) + ")").exception();
                }
            }
        }
        return grid;
    }

    private double x(int column) {
        return xMin + (column + 0.5) * (xMax - xMin) / resolution;
    }

    private double y(int row) {
        return yMax - (row + 0.5) * (yMax - yMin) / resolution;
    }
}
