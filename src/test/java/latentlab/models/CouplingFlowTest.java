package latentlab.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import latentlab.data.Dataset;
import latentlab.data.Toy2d;
import latentlab.exercises.Exercises;
import latentlab.exercises.Flows;
import latentlab.tensor.Rng;
import latentlab.train.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class CouplingFlowTest {
    private static final Dataset TRAIN = Toy2d.moons(8192, Rng.seeded(1));
    private static final Dataset TEST = Toy2d.moons(2000, Rng.seeded(2));

    @TempDir
    Path folder;

    @Test
    void beatsASingleGaussianOnTwoMoonsAndInvertsExactly() {
        CouplingFlow flow = CouplingFlow.create(FlowConfig.toy2d().withEpochs(12));
        flow.fit(TRAIN, TEST, Progress.printing(System.out));
        double flowLl = flow.meanLogLikelihood(TEST.x());
        double gaussianLl = GaussianFit.of(TRAIN.x()).meanLogLikelihood(TEST.x());
        System.out.printf("two moons test log-likelihood: flow %.4f nats, Gaussian %.4f nats; flow %.4f bits/dim%n",
                flowLl, gaussianLl, flow.bitsPerDim(TEST.x()));
        assertTrue(flowLl > gaussianLl + 0.5, flowLl + " vs " + gaussianLl);
        INDArray back = flow.decode(flow.encode(TEST.x()).z());
        double maxError = back.sub(TEST.x()).amaxNumber().doubleValue();
        System.out.println("max |inverse(forward(x)) - x| = " + maxError);
        assertTrue(maxError < 1e-6, "max error " + maxError);
    }

    @Test
    void builtInCouplingMatchesTheReferenceExercise() {
        Flows reference = Exercises.reference(Flows.class);
        FlowFunctions builtIn = FlowFunctions.builtIn();
        Rng rng = Rng.seeded(4);
        INDArray x = rng.normal(DataType.FLOAT, 5, 3);
        INDArray s = rng.normal(DataType.FLOAT, 5, 3);
        INDArray t = rng.normal(DataType.FLOAT, 5, 3);
        INDArray mask = org.nd4j.linalg.factory.Nd4j.createFromArray(new float[][] {{1, 0, 1}});
        var ours = builtIn.forward(x, mask, s, t);
        var theirs = reference.affineCouplingForward(x, mask, s, t);
        assertTrue(ours.output().equalsWithEps(theirs.output(), 1e-5));
        assertTrue(ours.logDet().equalsWithEps(theirs.logDet(), 1e-5));
        INDArray dY = rng.normal(DataType.FLOAT, 5, 3);
        INDArray dL = rng.normal(DataType.FLOAT, 5, 1);
        var g1 = builtIn.backward(dY, dL, x, mask, s);
        var g2 = reference.affineCouplingBackward(dY, dL, x, mask, s);
        assertTrue(g1.dx().equalsWithEps(g2.dx(), 1e-5));
        assertTrue(g1.dS().equalsWithEps(g2.dS(), 1e-5));
        assertTrue(g1.dT().equalsWithEps(g2.dT(), 1e-5));
    }

    @Test
    void trainsOnTheReferenceExerciseToo() {
        FlowConfig config = FlowConfig.toy2d().withCouplings(4).withEpochs(1);
        CouplingFlow flow = CouplingFlow.create(config, FlowFunctions.reference());
        CouplingFlow same = CouplingFlow.create(config);
        Dataset small = TRAIN.head(512);
        flow.fit(small, null, Progress.silent());
        same.fit(small, null, Progress.silent());
        assertEquals(same.meanLogLikelihood(TEST.x()), flow.meanLogLikelihood(TEST.x()), 1e-3);
    }

    @Test
    void checkpointRestoresTheDensity() {
        CouplingFlow flow = CouplingFlow.create(FlowConfig.toy2d().withCouplings(4).withEpochs(1));
        flow.fit(TRAIN.head(512), null, Progress.silent());
        Path file = folder.resolve("flow.ckpt");
        flow.save(file);
        CouplingFlow loaded = CouplingFlow.load(file);
        assertEquals(flow.logLikelihood(TEST.x()), loaded.logLikelihood(TEST.x()));
        assertEquals(1, loaded.history().rowCount());
    }
}
