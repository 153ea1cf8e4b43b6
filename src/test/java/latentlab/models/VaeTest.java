package latentlab.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import latentlab.data.Split;
import latentlab.data.SyntheticDigits;
import latentlab.tensor.Rng;
import latentlab.train.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import tech.tablesaw.api.Table;

class VaeTest {
    private static final Split DIGITS = SyntheticDigits.trainTest(2000, 500, 11);

    @TempDir
    Path folder;

    @Test
    void trainingRaisesTheTestElbo() {
        VaeConfig config = VaeConfig.digits().withHidden(200).withLatent(8).withEpochs(3);
        Vae vae = Vae.create(config);
        double before = vae.evaluate(DIGITS.test().x(), 5).elbo();
        Table history = vae.fit(DIGITS.train(), DIGITS.test(), config.epochs(), Progress.silent());
        double after = history.doubleColumn("test_elbo").get(2);
        assertTrue(after > before + 100, "ELBO " + before + " -> " + after);
        assertEquals(3, history.rowCount());
    }

    @Test
    void priorSamplesAreRecognisableDigits() {
        Split data = SyntheticDigits.trainTest(8000, 1000, 12);
        DigitClassifier judge = DigitClassifier.train(data.train(), 3);
        double accuracy = judge.accuracy(data.test());
        Vae vae = Vae.create(VaeConfig.digits().withEpochs(6));
        vae.fit(data.train(), data.test(), 6, Progress.silent());
        INDArray samples = vae.sample(500, Rng.seeded(3));
        double confident = judge.confidentShare(samples, 0.5);
        System.out.printf("classifier accuracy on real test digits %.3f; share of 500 VAE prior samples whose top "
                + "class has p >= 0.5: %.3f, >= 0.7: %.3f, >= 0.9: %.3f (real test digits: %.3f, %.3f, %.3f); "
                + "VAE test ELBO %.1f%n", accuracy, confident, judge.confidentShare(samples, 0.7),
                judge.confidentShare(samples, 0.9), judge.confidentShare(data.test().x(), 0.5),
                judge.confidentShare(data.test().x(), 0.7), judge.confidentShare(data.test().x(), 0.9),
                vae.history().doubleColumn("test_elbo").get(5));
        assertTrue(accuracy > 0.9, "classifier accuracy " + accuracy);
        // Five times chance (0.1) for the top class; measured 0.78 with these seeds.
        assertTrue(confident > 0.7, "share of samples labelled with p >= 0.5: " + confident);
    }

    @Test
    void referenceExerciseFunctionsTrainTheSameVae() {
        VaeConfig config = VaeConfig.digits().withHidden(64).withLatent(4).withEpochs(1);
        Vae builtIn = Vae.create(config);
        Vae reference = Vae.create(config, VaeFunctions.reference());
        builtIn.fit(DIGITS.train().head(512), null, 1, Progress.silent());
        reference.fit(DIGITS.train().head(512), null, 1, Progress.silent());
        assertEquals(builtIn.evaluate(DIGITS.test().x(), 1).elbo(), reference.evaluate(DIGITS.test().x(), 1).elbo(),
                1e-2);
    }

    @Test
    void checkpointRestoresTheModelAndItsHistory() {
        VaeConfig config = VaeConfig.digits().withHidden(64).withLatent(2).withEpochs(1);
        Vae vae = Vae.create(config);
        vae.fit(DIGITS.train().head(512), DIGITS.test(), 1, Progress.silent());
        Path file = folder.resolve("vae.ckpt");
        vae.save(file);
        Vae loaded = Vae.load(file, VaeFunctions.builtIn());
        assertEquals(vae.reconstruct(DIGITS.test().x()), loaded.reconstruct(DIGITS.test().x()));
        assertEquals(vae.history().toString(), loaded.history().toString());
        assertEquals(config, loaded.config());
    }

    @Test
    void latentGridTraversalAndInterpolationHaveTheirShapes() {
        Vae vae = Vae.create(VaeConfig.digits().withHidden(32).withLatent(2));
        INDArray one = DIGITS.test().x().getRow(0).reshape(1, 784);
        INDArray two = DIGITS.test().x().getRow(1).reshape(1, 784);
        assertEquals(java.util.List.of(100L, 784L), java.util.List.of(vae.manifold(10).shape()[0], 784L));
        assertEquals(7, vae.traverse(one, 1, 3, 7).rows());
        INDArray path = vae.interpolate(one, two, 5);
        assertEquals(5, path.rows());
        assertEquals(vae.reconstruct(one), path.getRow(0).reshape(1, 784));
        INDArray samples = vae.sample(16, Rng.seeded(1));
        assertTrue(samples.minNumber().doubleValue() >= 0 && samples.maxNumber().doubleValue() <= 1);
    }

    @Test
    void manifoldNeedsATwoDimensionalLatent() {
        Vae vae = Vae.create(VaeConfig.digits().withHidden(32).withLatent(3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> vae.manifold(5));
        assertEquals("Vae.manifold: config.latent must be 2 but got 3. "
                + "Hint: train with config.withLatent(2) to draw the latent manifold.", e.getMessage());
    }

    @Test
    void stepDoesNotModifyItsInput() {
        Vae vae = Vae.create(VaeConfig.digits().withHidden(32).withLatent(2));
        INDArray x = DIGITS.test().x().dup();
        INDArray copy = x.dup();
        vae.step(x);
        vae.evaluate(x, 1);
        assertEquals(copy, x);
        assertEquals(DataType.FLOAT, x.dataType());
    }
}
