package latentlab.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import latentlab.data.Split;
import latentlab.data.SyntheticDigits;
import latentlab.models.Autoencoder;
import latentlab.models.AutoencoderConfig;
import latentlab.tensor.Budget;
import latentlab.train.Progress;
import latentlab.viz.Charts;
import latentlab.viz.HistoryChart;
import latentlab.viz.ImageGrid;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import tech.tablesaw.api.Table;

/**
 * The main-job demo: trains a small autoencoder (784-256-16-256-784, BCE on logits, Adam)
 * on the synthetic digits and writes two PNGs to a folder (default {@code build/demo}):
 * <ul>
 *   <li>{@code reconstructions.png}: test digits (top rows) above their reconstructions;</li>
 *   <li>{@code loss.png}: training and test loss per epoch.</li>
 * </ul>
 * Sizes follow the budget: 10,000 training images and 10 epochs by default,
 * {@code LATENTLAB_BUDGET=ci} or {@code LATENTLAB_TRAIN_SIZE} / {@code LATENTLAB_EPOCHS} for less.
 *
 * <pre>
 * bin/latentlab demo [DIR]
 * java -cp "target/latentlab.jar:target/lib/*" latentlab.demo.Demo [DIR]
 * </pre>
 */
public final class Demo {
    private static final int SHOWN = 12;

    private Demo() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "build/demo");
        Files.createDirectories(folder);
        int trainSize = Budget.trainSize(10_000, 2_000);
        int testSize = Budget.testSize(1_000, 500);
        System.out.printf(Locale.ROOT, "LatentLab demo (%s budget): autoencoder on %d synthetic digits, tested on %d%n",
                Budget.mode(), trainSize, testSize);

        Split digits = SyntheticDigits.trainTest(trainSize, testSize, 42);
        AutoencoderConfig config = AutoencoderConfig.digits(16);
        Autoencoder ae = Autoencoder.train(config, digits, Progress.printing(System.out));

        INDArray originals = digits.test().x().get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, SHOWN),
                org.nd4j.linalg.indexing.NDArrayIndex.all());
        INDArray shown = Nd4j.vstack(originals.castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT).dup('c'),
                ae.reconstruct(originals).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT).dup('c'));
        Path grid = Charts.savePng(ImageGrid.of(shown, SHOWN, 3), folder.resolve("reconstructions.png"));

        Table history = ae.history();
        Path curve = Charts.savePng(HistoryChart.of(history, "epoch", "loss", "test_loss"), folder.resolve("loss.png"));

        System.out.printf(Locale.ROOT, "final training loss %.2f, test loss %.2f (BCE per image, nats)%n",
                last(history, "loss"), last(history, "test_loss"));
        System.out.println("wrote " + grid.toAbsolutePath());
        System.out.println("wrote " + curve.toAbsolutePath());
    }

    private static double last(Table history, String column) {
        return history.numberColumn(column).getDouble(history.rowCount() - 1);
    }
}
