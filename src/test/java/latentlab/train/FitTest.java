package latentlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import latentlab.loss.Loss;
import latentlab.loss.Mse;
import latentlab.nn.Forward;
import latentlab.nn.Init;
import latentlab.nn.Linear;
import latentlab.optim.Sgd;
import latentlab.tensor.Rng;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class FitTest {
    /** x[i] = (i, 2i): row i is recognisable from its first column. */
    private static INDArray numberedRows(int n) {
        float[][] rows = new float[n][2];
        for (int i = 0; i < n; i++) {
            rows[i][0] = i;
            rows[i][1] = 2 * i;
        }
        return Nd4j.create(rows);
    }

    private static List<Integer> rowsSeen(Fit fit, INDArray x) {
        List<Integer> seen = new ArrayList<>();
        fit.run(x, batch -> {
            for (int i = 0; i < batch.size(); i++) {
                seen.add((int) batch.x().getFloat(i, 0));
                assertEquals(2 * batch.x().getFloat(i, 0), batch.x().getFloat(i, 1));
            }
            return Metrics.of("loss", 0);
        });
        return seen;
    }

    @Test
    void everyEpochVisitsEveryRowOnceInShuffledOrder() {
        List<Integer> seen = rowsSeen(Fit.with(new Fit.Config(2, 4, 1)), numberedRows(10));
        assertEquals(20, seen.size());
        for (int epoch = 0; epoch < 2; epoch++) {
            List<Integer> sorted = new ArrayList<>(seen.subList(10 * epoch, 10 * epoch + 10));
            sorted.sort(null);
            assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), sorted);
        }
        assertNotEquals(seen.subList(0, 10), List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
    }

    @Test
    void sameSeedGivesSameBatchesAndAnotherSeedDoesNot() {
        INDArray x = numberedRows(50);
        assertEquals(rowsSeen(Fit.with(new Fit.Config(2, 8, 5)), x), rowsSeen(Fit.with(new Fit.Config(2, 8, 5)), x));
        assertNotEquals(rowsSeen(Fit.with(new Fit.Config(2, 8, 5)), x), rowsSeen(Fit.with(new Fit.Config(2, 8, 6)), x));
    }

    @Test
    void targetsStayAlignedWithTheirInputs() {
        INDArray x = numberedRows(9);
        INDArray y = x.getColumn(0, true).mul(-1).castTo(DataType.DOUBLE);
        Fit.with(new Fit.Config(1, 4, 3)).run(x, y, batch -> {
            for (int i = 0; i < batch.size(); i++) {
                assertEquals(-batch.x().getDouble(i, 0), batch.y().getDouble(i, 0));
            }
            return Metrics.of("loss", 0);
        });
    }

    @Test
    void historyHasOneRowPerStepAndEpochMeans() {
        History h = Fit.with(new Fit.Config(3, 4, 0)).run(numberedRows(10),
                batch -> Metrics.of("loss", batch.step(), "size", batch.size()));
        assertEquals(List.of("epoch", "step", "loss", "size"), h.steps().columnNames());
        assertEquals(9, h.steps().rowCount());
        assertEquals(3, h.epochs().rowCount());
        // Epoch 1 holds steps 3, 4, 5; its batches have 4, 4 and 2 rows.
        assertEquals(4.0, h.epochs().doubleColumn("loss").getDouble(1), 1e-12);
        assertEquals(10 / 3.0, h.epochs().doubleColumn("size").getDouble(1), 1e-12);
        assertEquals(5, h.epochs().intColumn("step").getInt(1));
        assertEquals(7.0, h.last("loss"), 1e-12);
        assertEquals(List.of("loss", "size"), h.metrics());
    }

    @Test
    void progressHearsStartStepsEpochsAndEnd() {
        List<String> events = new ArrayList<>();
        Progress listener = new Progress() {
            @Override
            public void started(int epochs, int stepsPerEpoch) {
                events.add("start " + epochs + "x" + stepsPerEpoch);
            }

            @Override
            public void stepDone(Batch batch, Metrics metrics) {
                events.add("step " + batch.step());
            }

            @Override
            public void epochDone(int epoch, Metrics means) {
                events.add("epoch " + epoch + " " + means);
            }

            @Override
            public void finished(History history) {
                events.add("end " + history.steps().rowCount());
            }
        };
        Fit.with(new Fit.Config(2, 3, 0)).progress(listener).run(numberedRows(5), b -> Metrics.of("loss", 1.5));
        assertEquals(List.of("start 2x2", "step 0", "step 1", "epoch 0 loss 1.500", "step 2", "step 3",
                "epoch 1 loss 1.500", "end 4"), events);
    }

    @Test
    void statusLineNamesTheEpochAndMetrics() {
        List<String> lines = new ArrayList<>();
        Fit.with(new Fit.Config(2, 5, 0)).progress(Progress.statusLine(lines::add))
                .run(numberedRows(5), b -> Metrics.of("loss", 0.25));
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).startsWith("epoch 2/2  loss 0.2500  ("), lines.get(1));
    }

    @Test
    void fitsALinearRegressionAndLeavesTheDataUnchanged() {
        Rng rng = Rng.seeded(3);
        INDArray x = rng.normal(DataType.FLOAT, 256, 3);
        INDArray trueW = Nd4j.create(new float[][] {{1}, {-2}, {0.5f}});
        INDArray y = x.mmul(trueW).addi(1);
        INDArray xBefore = x.dup();
        Linear model = Linear.create(3, 1, Init.XAVIER, rng);
        Mse mse = new Mse();
        Sgd sgd = Sgd.of(0.05, 0.9);
        History h = Fit.with(new Fit.Config(30, 32, 4)).run(x, y, batch -> {
            Forward<Linear.Cache> f = model.forward(batch.x());
            Loss loss = mse.compute(f.out(), batch.y());
            model.backwardParameters(loss.gradient(), f.cache());
            sgd.updateInPlace(model.parameters());
            return Metrics.of("loss", loss.value());
        });
        assertTrue(h.last("loss") < 1e-4, "final loss " + h.last("loss"));
        assertEquals(1.0, model.bias().getDouble(0), 1e-2);
        assertEquals(xBefore, x);
    }

    @Test
    void changingMetricNamesMidRunIsReported() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                Fit.with(new Fit.Config(1, 2, 0)).run(numberedRows(4),
                        b -> b.step() == 0 ? Metrics.of("loss", 1) : Metrics.of("kl", 1)));
        assertEquals("Fit: metrics of step 1 must be the names of the first step's metrics [loss] but got [kl].",
                e.getMessage());
    }
}
