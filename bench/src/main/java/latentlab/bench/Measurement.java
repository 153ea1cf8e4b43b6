package latentlab.bench;

/**
 * One timed run: how many samples were trained on, in how many wall-clock seconds, and
 * how many CPU seconds the process used meanwhile (all its threads). On a shared machine
 * samples per CPU-second is the steadier figure: it does not count time others took.
 */
public record Measurement(long samples, double seconds, double cpuSeconds) {

    public double samplesPerSecond() {
        return samples / seconds;
    }

    public double samplesPerCpuSecond() {
        return samples / cpuSeconds;
    }
}
