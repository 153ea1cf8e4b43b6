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

    /** The judge's label is confident when its top class has p ≥ this. */
    private static final double CONFIDENT = 0.9;
    /** The judge must label at least this share of real held-out digits confidently... */
    private static final double JUDGE_CONFIDENT_ON_REAL = 0.85;
    /** ...and at most this share of blends of two different digits (it must not be confident on ambiguous images). */
    private static final double JUDGE_CONFIDENT_ON_BLENDS = 0.5;
    /** The "most": more than this share of the prior samples labelled confidently. */
    private static final double MOST = 0.5;
    /** A class counts as present among the confident labels with at least this many of the 500 samples. */
    private static final int CLASS_PRESENT = 5;
    private static final int EPOCHS = 16;

    /**
     * The "a classifier trained on the real synthetic digits labels most of them
     * confidently", made checkable. The judge ({@link DigitClassifier#judge}: an MLP trained for 20
     * epochs, then temperature-calibrated on held-out real digits) is strong (accurate and
     * confident on real digits) but not gullible (not confident on most blends of two different
     * digits). It labels 500 of the VAE's prior samples, the decoder's means σ(logits) for
     * z ~ N(0, I), not Bernoulli draws. More than half of them must get p ≥ 0.9, more than the
     * blends do, across at least 8 classes.
     *
     * <p>Measured with this test's seeds (data 12, VAE 1, samples 3): 56.8% of the samples (blends
     * 45.5%, real digits 97.2%, reconstructions decode(μ(x)) of the test digits 95.5%; T = 1.01).
     * The margin is thin and depends on the seeds. Over five seed triples (data:VAE:samples
     * 12:1:3 to 16:5:7, the same recipe and judge, the judge calibrated on the data seed + 1000)
     * the samples scored 56.8, 51.0, 55.8, 54.0 and 41.4%, so four of five were above half (mean
     * 51.8%), against blends of 38.7–50.0%. After 8 epochs instead of 16 they scored 54.0 (the
     * judge calibrated on other held-out digits), 47.2, 54.4, 53.4 and 40.8%.
     *
     * <p>The judge matters: the earlier one (5 epochs, uncalibrated, 97.8% accurate) gave 37.8%
     * after 8 epochs on these seeds, but it was also less sure of real digits (91.3%). Training it
     * longer without calibration makes it sure of everything, blends included (40 epochs: samples
     * 65.6%, blends 55.8%). Calibration brings the 10-, 20- and 40-epoch judges to the same verdict
     * (54.4, 54.0 and 55.4% of the samples, blends 40–42%).
     *
     * <p>The rest of the gap to the reconstructions is the prior hole. All 20 latent coordinates
     * are active (posterior variance about 0.1, aggregate variance about 1.1 each), so the
     * marginals match N(0, 1). But decoding codes whose coordinates were shuffled independently
     * across 500 training digits does no better than the prior (37.4% with the old judge): the
     * codes' joint structure, not their scale, leaves N(0, I) mostly empty. Lower temperatures
     * (z ~ N(0, τ²I), τ = 0.5–0.9) do worse. No other recipe of 784-400-20 did clearly better:
     * {@link VaePriorSampleSweep} reruns any of them. With the old judge, one run each, they
     * scored:
     * <ul>
     *   <li>30 epochs at lr 2e-3: 36.6% (test ELBO −123.6 against −134.0);</li>
     *   <li>lr 3e-3, or batch 64 at lr 2e-3: 36.6%;</li>
     *   <li>24,000 digits: 37.2% after 4 epochs, 39.2% after 8;</li>
     *   <li>α = 2: 37.8%; α = 0.5: 34.4%; α = 0.3: 29.8%;</li>
     *   <li>α = 0.5, batch 256, lr 3e-3, 16 epochs: 43.2%, within the spread between seeds;</li>
     *   <li>with a KL warm-up over 4 epochs: 34.0%.</li>
     * </ul>
     */
    @Test
    void priorSamplesAreRecognisableDigits() {
        Split data = SyntheticDigits.trainTest(12_000, 1_000, 12);
        DigitClassifier judge = DigitClassifier.judge(data.train(), 1012);
        double accuracy = judge.accuracy(data.test());
        DigitClassifier.Confidence real = judge.confidence(data.test().x(), CONFIDENT);
        DigitClassifier.Confidence blends = judge.confidence(DigitClassifier.blends(data.test()), CONFIDENT);
        Vae vae = Vae.create(VaeConfig.digits().withEpochs(EPOCHS));
        vae.fit(data.train(), data.test(), EPOCHS, Progress.silent());
        DigitClassifier.Confidence samples = judge.confidence(vae.sample(500, Rng.seeded(3)), CONFIDENT);
        System.out.printf("judge accuracy on real test digits %.3f, temperature %.3f; top class p >= %.1f on: "
                + "real test digits %s; blends of two digits %s; 500 VAE prior samples %s; VAE test ELBO %.1f%n",
                accuracy, judge.temperature(), CONFIDENT, real, blends, samples,
                vae.history().doubleColumn("test_elbo").get(EPOCHS - 1));
        assertTrue(accuracy > 0.95, "classifier accuracy " + accuracy);
        assertTrue(real.share() >= JUDGE_CONFIDENT_ON_REAL, "judge on real digits: " + real);
        assertTrue(blends.share() <= JUDGE_CONFIDENT_ON_BLENDS, "judge on blends: " + blends);
        assertTrue(samples.share() > MOST, "prior samples: " + samples);
        assertTrue(samples.share() > blends.share(), "samples " + samples + " vs blends " + blends);
        assertTrue(samples.classesWithAtLeast(CLASS_PRESENT) >= 8, "class mix of the samples: " + samples);
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
