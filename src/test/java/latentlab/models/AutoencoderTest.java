package latentlab.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class AutoencoderTest {
    private static final Split DIGITS = SyntheticDigits.trainTest(3000, 500, 21);

    @TempDir
    Path folder;

    private static Autoencoder trained(AutoencoderConfig config, Dataset train) {
        Autoencoder ae = Autoencoder.create(config);
        ae.fit(train, null, config.epochs(), Progress.silent());
        return ae;
    }

    @Test
    void reconstructionErrorFallsAsTheLatentGrows() {
        int[] sizes = {2, 5, 16, 32};
        double[] errors = new double[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            AutoencoderConfig config = AutoencoderConfig.digits(sizes[i]).withEpochs(4);
            errors[i] = trained(config, DIGITS.train()).reconstructionError(DIGITS.test().x());
        }
        System.out.println("AE test reconstruction error (sum of squares per image) for Z = 2, 5, 16, 32: "
                + java.util.Arrays.toString(errors));
        for (int i = 1; i < sizes.length; i++) {
            assertTrue(errors[i] < errors[i - 1], java.util.Arrays.toString(errors));
        }
    }

    @Test
    void linearAutoencoderLearnsThePcaSubspace() {
        // Data with a clear spectrum: 3 strong directions in 20-D plus small isotropic noise.
        Rng rng = Rng.seeded(5);
        INDArray basis = rng.normal(DataType.DOUBLE, 3, 20);
        INDArray codes = rng.normal(DataType.DOUBLE, 4000, 3).mulRowVector(Nd4j.createFromArray(3.0, 2.0, 1.5));
        INDArray x = codes.mmul(basis).addi(rng.normal(DataType.DOUBLE, 4000, 20).muli(0.05)).castTo(DataType.FLOAT);
        Dataset data = new Dataset(x, Nd4j.zeros(DataType.INT, 4000));
        AutoencoderConfig config = new AutoencoderConfig(20, 1, 3, true, AutoencoderConfig.Loss.MSE,
                AutoencoderConfig.Corruption.NONE, 0, 3e-3, 64, 15, 3);
        Autoencoder ae = trained(config, data);
        double[] angles = Pca.principalAnglesDegrees(ae.decoderWeight(), Pca.fit(x, 3).components());
        System.out.println("linear AE vs PCA principal angles (degrees): " + java.util.Arrays.toString(angles));
        assertTrue(angles[angles.length - 1] < 2.0, java.util.Arrays.toString(angles));
    }

    @Test
    void denoisingAutoencoderRemovesMaskingNoise() {
        AutoencoderConfig config = AutoencoderConfig.digits(32).withEpochs(4)
                .withCorruption(AutoencoderConfig.Corruption.MASKING, 0.3);
        Autoencoder ae = trained(config, DIGITS.train());
        INDArray clean = DIGITS.test().x();
        INDArray noisy = ae.corrupt(clean, Rng.seeded(9));
        double noisyError = clean.squaredDistance(noisy) / clean.rows();
        double denoisedError = clean.squaredDistance(ae.reconstruct(noisy)) / clean.rows();
        System.out.printf("masking 30%%: corrupted error %.2f, denoised error %.2f%n", noisyError, denoisedError);
        assertTrue(denoisedError < 0.8 * noisyError, noisyError + " -> " + denoisedError);
    }

    @Test
    void aCheckpointResumesTrainingExactly() {
        AutoencoderConfig config = AutoencoderConfig.digits(8).withHidden(64).withEpochs(1);
        Dataset small = DIGITS.train().head(600);
        Autoencoder original = trained(config, small);
        Path file = folder.resolve("ae.ckpt");
        original.save(file);
        Autoencoder restored = Autoencoder.load(file);
        assertEquals(original.reconstruct(small.x()), restored.reconstruct(small.x()));
        original.fit(small, null, 1, Progress.silent());
        restored.fit(small, null, 1, Progress.silent());
        assertArrayEquals(original.decoderWeight().data().asFloat(), restored.decoderWeight().data().asFloat());
        assertEquals(2, restored.history().rowCount());
    }

    @Test
    void rejectsImagesThatAreNotFlattened() {
        Autoencoder ae = Autoencoder.create(AutoencoderConfig.digits(2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ae.encode(Nd4j.zeros(DataType.FLOAT, 4, 28, 28)));
        assertEquals("Autoencoder.encode: x must be [N, D=784] but got [4, 28, 28]. "
                + "Hint: flatten images to rows of D pixels.", e.getMessage());
    }

    @Test
    void doesNotModifyItsInputs() {
        Autoencoder ae = Autoencoder.create(AutoencoderConfig.digits(4).withHidden(32)
                .withCorruption(AutoencoderConfig.Corruption.GAUSSIAN, 0.2));
        INDArray x = DIGITS.test().x().dup();
        INDArray copy = x.dup();
        ae.step(x);
        ae.reconstruct(x);
        ae.corrupt(x, Rng.seeded(1));
        assertEquals(copy, x);
    }
}
