package latentlab.bench;

import java.util.List;

/**
 * One benchmark: a training job run on LatentLab's primitives in this JVM, and the same job
 * in PyTorch, run as a child process. Both report throughput in samples per second.
 */
public interface Workload {

    /** A short name, e.g. {@code "vae-784-400-20"}. */
    String name();

    /** One line on what is trained: architecture, loss, optimizer, batch. */
    String description();

    /** Trains for {@code warmupSeconds} of process CPU time (not timed), then for about {@code seconds} (wall), timed. */
    Measurement runOurs(double warmupSeconds, double seconds);

    /** The PyTorch twin's script path (relative to the repository root) and its arguments. */
    List<String> torchCommand(int threads, double warmupSeconds, double seconds);
}
