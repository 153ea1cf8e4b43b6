package latentlab.train;

import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * Hears about a fit as it runs, so a terminal can print lines and a notebook can update
 * one display in place. All methods have empty defaults; implement what you need.
 */
public interface Progress {

    /** Before the first step: how long the run will be. */
    default void started(int epochs, int stepsPerEpoch) {
    }

    /** After every step, with that step's metrics. */
    default void stepDone(Batch batch, Metrics metrics) {
    }

    /** After every epoch, with the mean of its steps' metrics. */
    default void epochDone(int epoch, Metrics means) {
    }

    /** After the last epoch. */
    default void finished(History history) {
    }

    /** Reports nothing. */
    static Progress silent() {
        return new Progress() {
        };
    }

    /** Prints one line per epoch: {@code epoch 3/10  loss 105.2, kl 12.31  (2.1 s)}. */
    static Progress printing(PrintStream out) {
        return statusLine(out::println);
    }

    /**
     * Calls {@code show} with a one-line status after each epoch, e.g. to update one
     * notebook display in place: {@code Progress.statusLine(line -> updateDisplay(line, id))}.
     */
    static Progress statusLine(Consumer<String> show) {
        return new Progress() {
            private int epochs;
            private long start;

            @Override
            public void started(int epochs, int stepsPerEpoch) {
                this.epochs = epochs;
                this.start = System.nanoTime();
            }

            @Override
            public void epochDone(int epoch, Metrics means) {
                double seconds = (System.nanoTime() - start) / 1e9;
                show.accept(String.format("epoch %d/%d  %s  (%.1f s)", epoch + 1, epochs, means, seconds));
            }
        };
    }
}
