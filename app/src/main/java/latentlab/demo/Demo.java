package latentlab.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import latentlab.data.Split;
import latentlab.data.SyntheticDigits;
import latentlab.models.Autoencoder;
import latentlab.models.AutoencoderConfig;
import latentlab.tensor.Budget;
import latentlab.tensor.Failure;
import latentlab.train.Progress;
import latentlab.viz.Charts;
import latentlab.viz.HistoryChart;
import latentlab.viz.ImageGrid;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
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
    static final String USAGE = "usage: bin/latentlab demo [DIR]   (writes reconstructions.png and loss.png to DIR, "
            + "default build/demo)";
    private static final int SHOWN = 12;
    private static final long SEED = 42;

    /** What a run wrote and how well the autoencoder did (BCE per image, in nats). */
    public record Result(Path reconstructions, Path lossCurve, double trainLoss, double testLoss) {
    }

    /** How much to train: {@code trainSize} and {@code testSize} digits, {@code epochs} passes. */
    public record Sizes(int trainSize, int testSize, int epochs) {
        public Sizes {
            positive("trainSize", trainSize);
            positive("testSize", testSize);
            positive("epochs", epochs);
            if (testSize < SHOWN) {
                throw Failure.in("Demo.Sizes").argument("testSize").expected("at least " + SHOWN
                        + " (the grid shows " + SHOWN + " test digits)").got(String.valueOf(testSize)).exception();
            }
        }

        /** The sizes the budget variables select. */
        public static Sizes fromBudget() {
            return new Sizes(Budget.trainSize(10_000, 2_000), Budget.testSize(1_000, 500), Budget.epochs(10, 4));
        }

        private static void positive(String name, int value) {
            if (value <= 0) {
                throw Failure.in("Demo.Sizes").argument(name).expected("> 0").got(String.valueOf(value)).exception();
            }
        }
    }

    private Demo() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println(USAGE);
            return;
        }
        Path folder;
        try {
            folder = folderFrom(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        run(folder, Sizes.fromBudget(), System.out);
    }

    /** The output folder named by the command line: none (the default) or one that is not a file. */
    static Path folderFrom(String[] args) {
        if (args.length > 1) {
            throw Failure.in("Demo").argument("arguments").expected("at most one, the output folder")
                    .got(args.length + ": " + String.join(" ", args)).exception();
        }
        if (args.length == 1 && args[0].startsWith("-")) {
            throw Failure.in("Demo").argument("arguments").expected("an output folder")
                    .got("the option '" + args[0] + "'").hint("the only option is --help").exception();
        }
        Path folder = Path.of(args.length == 1 ? args[0] : "build/demo");
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw Failure.in("Demo").argument("DIR").expected("a folder (it is created if missing)")
                    .got("the file " + folder.toAbsolutePath()).hint("name another folder; the file is left as it is")
                    .exception();
        }
        return folder;
    }

    /** Trains, writes both PNGs to {@code folder} (created if missing) and prints progress to {@code out}. */
    public static Result run(Path folder, Sizes sizes, PrintStream out) throws IOException {
        Files.createDirectories(folder);
        out.printf(Locale.ROOT, "LatentLab demo (%s budget): autoencoder on %d synthetic digits, tested on %d%n",
                Budget.mode(), sizes.trainSize(), sizes.testSize());

        Split digits = SyntheticDigits.trainTest(sizes.trainSize(), sizes.testSize(), SEED);
        AutoencoderConfig config = AutoencoderConfig.digits(16).withEpochs(sizes.epochs());
        Autoencoder ae = Autoencoder.train(config, digits, Progress.printing(out));

        INDArray originals = digits.test().x().get(NDArrayIndex.interval(0, SHOWN), NDArrayIndex.all());
        INDArray shown = Nd4j.vstack(originals.castTo(DataType.FLOAT).dup('c'),
                ae.reconstruct(originals).castTo(DataType.FLOAT).dup('c'));
        Path grid = Charts.savePng(ImageGrid.of(shown, SHOWN, 3), folder.resolve("reconstructions.png"));

        Table history = ae.history();
        Path curve = Charts.savePng(HistoryChart.of(history, "epoch", "loss", "test_loss"), folder.resolve("loss.png"));

        Result result = new Result(grid, curve, last(history, "loss"), last(history, "test_loss"));
        out.printf(Locale.ROOT, "final training loss %.2f, test loss %.2f (BCE per image, nats)%n",
                result.trainLoss(), result.testLoss());
        out.println("wrote " + grid.toAbsolutePath());
        out.println("wrote " + curve.toAbsolutePath());
        return result;
    }

    private static double last(Table history, String column) {
        return history.numberColumn(column).getDouble(history.rowCount() - 1);
    }
}
