package latentlab.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import latentlab.data.Dataset;
import latentlab.data.Split;
import latentlab.data.SyntheticDigits;
import latentlab.tensor.Rng;
import latentlab.train.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
        long start = System.nanoTime();
        Table history = vae.fit(DIGITS.train(), DIGITS.test(), config.epochs(), Progress.printing(System.out));
        System.out.printf("VAE 784-200-8: %.0f samples/s%n", 3 * 2000 / ((System.nanoTime() - start) / 1e9));
        System.out.println(history.print());
        double after = history.doubleColumn("test_elbo").get(2);
        assertTrue(after > before + 100, "ELBO " + before + " -> " + after);
        assertEquals(3, history.rowCount());
    }
}
