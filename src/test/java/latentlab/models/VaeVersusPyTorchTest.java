package latentlab.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import latentlab.data.Dataset;
import latentlab.data.Idx;
import latentlab.data.Split;
import latentlab.data.SyntheticDigits;
import latentlab.tensor.Budget;
import latentlab.train.Progress;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.factory.Nd4j;
import tech.tablesaw.api.Table;

/**
 * The VAE quality gate against PyTorch 1.13: the same synthetic digits (written as IDX and
 * read back by both sides), the same 784-400-20 VAE, Adam 1e-3, batch 128, the same epochs;
 * the test ELBOs must agree within 1 nat per image. Runs only with
 * {@code LATENTLAB_COMPARE_TORCH=1} and a /usr/bin/python3 that imports torch (minutes of CPU).
 * Sizes: LATENTLAB_TRAIN_SIZE (default 10,000), LATENTLAB_TEST_SIZE (2,000), LATENTLAB_EPOCHS (5).
 */
class VaeVersusPyTorchTest {
    private static final Pattern ELBO = Pattern.compile("\"test_elbo\": (-?[0-9.eE+-]+)");

    @TempDir
    Path folder;

    @Test
    void testElboMatchesPyTorchWithinOneNat() throws Exception {
        Assumptions.assumeTrue("1".equals(System.getenv("LATENTLAB_COMPARE_TORCH")), "LATENTLAB_COMPARE_TORCH=1 not set");
        Assumptions.assumeTrue(new ProcessBuilder("/usr/bin/python3", "-c", "import torch").start().waitFor() == 0,
                "/usr/bin/python3 cannot import torch");
        int trainSize = Budget.trainSize(10_000, 10_000);
        int testSize = Budget.testSize(2_000, 2_000);
        int epochs = Budget.epochs(5, 5);
        Split digits = SyntheticDigits.trainTest(trainSize, testSize, 2024);
        Path trainFile = folder.resolve("train-images.idx");
        Path testFile = folder.resolve("test-images.idx");
        Idx.writeImages(trainFile, digits.train().x(), 28, 28);
        Idx.writeImages(testFile, digits.test().x(), 28, 28);
        // Both sides train on the bytes in the files.
        Dataset train = new Dataset(Idx.readImages(trainFile), Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.INT, trainSize));
        Dataset test = new Dataset(Idx.readImages(testFile), Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.INT, testSize));

        List<Double> torchElbo = runPyTorch(trainFile, testFile, epochs);
        Vae vae = Vae.create(VaeConfig.digits().withEpochs(epochs));
        Table history = vae.fit(train, test, epochs, Progress.printing(System.out));
        double ours = history.doubleColumn("test_elbo").get(epochs - 1);
        double theirs = torchElbo.get(epochs - 1);
        System.out.printf("VAE 784-400-20, %d train / %d test synthetic digits, %d epochs: test ELBO LatentLab %.2f, "
                + "PyTorch %.2f nats/image (difference %.2f)%n", trainSize, testSize, epochs, ours, theirs, ours - theirs);
        assertEquals(epochs, torchElbo.size());
        assertTrue(Math.abs(ours - theirs) <= 1.0, "LatentLab " + ours + " vs PyTorch " + theirs);
    }

    private static List<Double> runPyTorch(Path train, Path test, int epochs) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/python3", "bench/models/vae_elbo_torch.py",
                train.toString(), test.toString(), "--epochs", String.valueOf(epochs)).redirectErrorStream(true);
        builder.environment().put("OMP_WAIT_POLICY", "PASSIVE");
        builder.environment().put("OMP_NUM_THREADS", "1");
        Process process = builder.start();
        List<Double> elbos = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                System.out.println("pytorch: " + line);
                Matcher m = ELBO.matcher(line);
                if (m.find()) {
                    elbos.add(Double.parseDouble(m.group(1)));
                }
            }
        }
        assertEquals(0, process.waitFor(), "vae_elbo_torch.py failed");
        return elbos;
    }
}
