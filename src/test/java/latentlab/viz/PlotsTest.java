package latentlab.viz;

import static latentlab.viz.RenderChecks.assertSizedAndNotBlank;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import latentlab.data.GaussianMixture1d;
import latentlab.data.GaussianRing;
import latentlab.data.Toy2d;
import latentlab.tensor.Rng;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class PlotsTest {

    @Test
    void historyChartDrawsEveryMetricAgainstStep() {
        XYChart chart = HistoryChart.of(history());
        assertEquals(2, chart.getSeriesMap().size());
        assertEquals("step", chart.getXAxisTitle());
        assertSizedAndNotBlank(Charts.toImage(chart, 400, 300), 400, 300);
    }

    @Test
    void historyChartSkipsMissingValuesOfSparseMetrics() {
        XYChart chart = HistoryChart.of(history(), "step", "testLoss");
        assertEquals(5, chart.getSeriesMap().get("testLoss").getXData().length);
    }

    @Test
    void historyChartNamesTheAvailableColumnsWhenOneIsMissing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HistoryChart.of(history(), "step", "kl"));
        assertEquals("HistoryChart.of: kl must be a column of the history table but got columns "
                + "[epoch, step, loss, testLoss, note].", e.getMessage());
    }

    @Test
    void historyChartRejectsTextColumns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HistoryChart.of(history(), "step", "note"));
        assertEquals("HistoryChart.of: note must be a numeric column but got STRING.", e.getMessage());
    }

    @Test
    void densityPlotDrawsCurvesAndANormalisedHistogram() {
        GaussianMixture1d p = GaussianMixture1d.equal(0.5, -2, 2);
        double[] xs = GaussianMixture1d.grid(-5, 5, 200);
        XYChart chart = DensityPlot.over(xs).curve("p_data", p.density(xs))
                .histogram("samples", p.sampleArray(4000, Rng.seeded(1)), 40).chart();
        double[] ex = chart.getSeriesMap().get("samples").getXData();
        double[] ey = chart.getSeriesMap().get("samples").getYData();
        double area = 0;
        for (int i = 0; i < ex.length; i += 2) {
            area += (ex[i + 1] - ex[i]) * ey[i];
        }
        assertEquals(1.0, area, 1e-9);
        assertSizedAndNotBlank(Charts.toImage(chart, 500, 300), 500, 300);
    }

    @Test
    void densityPlotRejectsACurveOfTheWrongLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DensityPlot.over(new double[] {0, 1, 2}).curve("p", new double[] {1, 2}));
        assertEquals("DensityPlot.curve: p must be [3] values, one per grid point but got [2].", e.getMessage());
    }

    @Test
    void densityPlotRejectsAnUnsortedGrid() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DensityPlot.over(new double[] {0, 2, 1}));
        assertEquals("DensityPlot.over: xs must be strictly increasing but got xs[1]=2.0, xs[2]=1.0.", e.getMessage());
    }

    @Test
    void heatMapOfAFunctionPutsTheMaximumWhereTheFunctionPeaks() {
        HeatMap map = HeatMap.ofFunction((x, y) -> Math.exp(-((x - 1) * (x - 1) + y * y)), -2, 2, -2, 2, 40);
        double[][] v = map.values();
        int bestRow = 0;
        int bestCol = 0;
        for (int r = 0; r < 40; r++) {
            for (int c = 0; c < 40; c++) {
                if (v[r][c] > v[bestRow][bestCol]) {
                    bestRow = r;
                    bestCol = c;
                }
            }
        }
        // x = 1 is 3/4 of the way across; y = 0 is half way down.
        assertTrue(Math.abs(bestCol - 29.5) <= 1 && Math.abs(bestRow - 19.5) <= 1, bestRow + ", " + bestCol);
        assertSizedAndNotBlank(map.image(300, 240), 300, 240);
    }

    @Test
    void heatMapOfSamplesCountsPointsInsideTheBox() {
        GaussianRing ring = GaussianRing.EIGHT;
        HeatMap map = HeatMap.ofSamples(ring.sample(1000, Rng.seeded(3)).x(), -3, 3, -3, 3, 30)
                .withMarkers(ring.centres());
        double total = 0;
        for (double[] row : map.values()) {
            for (double count : row) {
                total += count;
            }
        }
        assertEquals(1000, total);
        assertTrue(RenderChecks.count(map.image(), 0xFF0000) > 0, "mode markers are drawn in red");
        assertSizedAndNotBlank(HeatMap.ofSamples(Toy2d.spiral(500, Rng.seeded(4)).x(), -2, 2, -2, 2, 50).image(),
                492, 420);
    }

    @Test
    void heatMapRejectsAnEmptyBox() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HeatMap.ofFunction((x, y) -> 0, 1, 1, 0, 1, 10));
        assertEquals("HeatMap.ofFunction: box must be finite xMin < xMax and yMin < yMax but got [1.0, 1.0] × [0.0, 1.0].",
                e.getMessage());
    }

    private static Table history() {
        Table t = Table.create("history", IntColumn.create("epoch"), IntColumn.create("step"),
                DoubleColumn.create("loss"), DoubleColumn.create("testLoss"), StringColumn.create("note"));
        for (int step = 0; step < 50; step++) {
            t.intColumn("epoch").append(step / 10);
            t.intColumn("step").append(step);
            t.doubleColumn("loss").append(100 * Math.exp(-step / 10.0));
            if (step % 10 == 9) {
                t.doubleColumn("testLoss").append(110 * Math.exp(-step / 10.0));
            } else {
                t.doubleColumn("testLoss").appendMissing();
            }
            t.stringColumn("note").append("s" + step);
        }
        return t;
    }
}
