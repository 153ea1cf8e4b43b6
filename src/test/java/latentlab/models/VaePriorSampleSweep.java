package latentlab.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import latentlab.data.Dataset;
import latentlab.data.Split;
import latentlab.data.SyntheticDigits;
import latentlab.tensor.Rng;
import latentlab.train.Progress;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/**
 * An experiment, not a gate: sweeps VAE training recipes and prints how many prior samples
 * {@link VaeTest#priorSamplesAreRecognisableDigits}'s judge labels confidently (p ≥ 0.9), with
 * the test ELBO, the share for reconstructions of test digits (the decoder's quality where the
 * codes are) and the CPU seconds of the training. The class name does not match Surefire's
 * test patterns, so it runs only when asked for, and only with {@code LATENTLAB_SWEEP} set:
 * <pre>
 * LATENTLAB_SWEEP="e=8;a=0.5,lr=3e-3,b=256,e=16;warm=4,e=16;late=8:0.5,e=16" \
 * LATENTLAB_SWEEP_SEEDS="12:1:3;13:2:4" \
 *   mvn -B -o -q test -Dtest=VaePriorSampleSweep -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * A configuration is comma-separated keys on top of {@code VaeConfig.digits()} (784-400-20):
 * e epochs (8), lr (1e-3), b batch (128), a α (1), n training digits (12,000: the judge's;
 * more come from another seed, none from the test set); warm=W multiplies α by W/e in epochs
 * e ≤ W (with Adam, α·rec + KL behaves like rec + KL/α, so this is a KL warm-up β = e/W in
 * whole-epoch steps); late=K:A switches α to A after epoch K. Seeds are data:vae:samples
 * triples; the test's own are 12:1:3. Each (seeds, configuration) trains once; the judge is the test's ({@link DigitClassifier#judge}, calibrated on the data seed + 1000). Without warm or late,
 * the VAE trains in one {@code fit} as the test does (the same shuffling); with them, one epoch
 * per {@code fit}.
 */
class VaePriorSampleSweep {
    private static final double CONFIDENT = 0.9;

    @Test
    void sweep() {
        String sweep = System.getenv("LATENTLAB_SWEEP");
        Assumptions.assumeTrue(sweep != null && !sweep.isBlank(), "LATENTLAB_SWEEP not set");
        String seeds = System.getenv().getOrDefault("LATENTLAB_SWEEP_SEEDS", "12:1:3");
        for (String triple : seeds.split(";")) {
            String[] s = triple.split(":");
            Split data = SyntheticDigits.trainTest(12_000, 1_000, Long.parseLong(s[0]));
            DigitClassifier judge = DigitClassifier.judge(data.train(), Long.parseLong(s[0]) + 1000);
            System.out.printf("seeds %s: judge accuracy %.3f; confident on real test digits %s, on blends %s%n", triple,
                    judge.accuracy(data.test()), judge.confidence(data.test().x(), CONFIDENT),
                    judge.confidence(DigitClassifier.blends(data.test()), CONFIDENT));
            for (String recipe : sweep.split(";")) {
                run(recipe.trim(), triple, data, judge, Long.parseLong(s[0]), Long.parseLong(s[1]),
                        Long.parseLong(s[2]));
            }
        }
    }

    private static void run(String recipe, String seeds, Split data, DigitClassifier judge, long dataSeed,
                            long vaeSeed, long sampleSeed) {
        Map<String, String> keys = parse(recipe);
        VaeConfig config = VaeConfig.digits().withEpochs(integer(keys, "e", 8))
                .withLearningRate(number(keys, "lr", 1e-3)).withBatchSize(integer(keys, "b", 128))
                .withAlpha(number(keys, "a", 1)).withSeed(vaeSeed);
        int warm = integer(keys, "warm", 0);
        String[] late = keys.getOrDefault("late", "0:" + config.alpha()).split(":");
        int lateAfter = Integer.parseInt(late[0]);
        double lateAlpha = Double.parseDouble(late[1]);
        Dataset train = trainingSet(data, integer(keys, "n", data.train().size()), dataSeed);
        Vae vae = Vae.create(config);
        long cpu = cpuNanos();
        long wall = System.nanoTime();
        if (warm == 0 && lateAfter == 0) {
            vae.fit(train, null, config.epochs(), Progress.silent());   // as VaeTest trains it, same shuffling
        }
        for (int epoch = 1; vae.history().rowCount() < config.epochs(); epoch++) {
            double alpha = epoch <= warm ? config.alpha() * warm / epoch
                    : lateAfter > 0 && epoch > lateAfter ? lateAlpha : config.alpha();
            if (alpha != vae.config().alpha()) {
                vae = withAlpha(vae, alpha);
            }
            vae.fit(train, null, 1, Progress.silent());
        }
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        double cpuSeconds = (cpuNanos() - cpu) / 1e9;
        Vae.Terms test = vae.evaluate(data.test().x(), 2);
        DigitClassifier.Confidence samples = judge.confidence(vae.sample(500, Rng.seeded(sampleSeed)), CONFIDENT);
        DigitClassifier.Confidence reconstructions = judge.confidence(vae.reconstruct(data.test().x()), CONFIDENT);
        System.out.printf("seeds %s, %s: prior samples %s; reconstructions %.1f%%; test ELBO %.1f (rec %.1f, KL %.1f); "
                        + "training %.1f s wall, %.1f s CPU%n", seeds, recipe, samples, 100 * reconstructions.share(),
                test.elbo(), test.reconstruction(), test.kl(), wallSeconds, cpuSeconds);
    }

    /**
     * The judge's training digits, plus {@code n − 12,000} more drawn from another seed (so none
     * is a test digit), or its first n if n is smaller.
     */
    private static Dataset trainingSet(Split data, int n, long dataSeed) {
        Dataset base = data.train();
        if (n <= base.size()) {
            return base.head(n);
        }
        Dataset more = SyntheticDigits.generate(n - base.size(), dataSeed + 1_000_003L);
        return new Dataset(Nd4j.vstack(base.x(), more.x()), Nd4j.concat(0, base.labels(), more.labels()));
    }

    /** The same weights, Adam state and history under another α (through a checkpoint, whose config names α). */
    private static Vae withAlpha(Vae vae, double alpha) {
        try {
            Path file = Files.createTempFile("vae-sweep", ".ckpt");
            try {
                vae.save(file);
                Checkpoint saved = Checkpoint.load(file);
                new Checkpoint(saved.model(), vae.config().withAlpha(alpha).toString(), saved.weights(),
                        saved.optimizerState(), saved.history()).save(file);
                return Vae.load(file, VaeFunctions.builtIn());
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> parse(String recipe) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String pair : recipe.split(",")) {
            String[] kv = pair.split("=");
            if (kv.length != 2) {
                throw new IllegalArgumentException("LATENTLAB_SWEEP: expected key=value pairs separated by commas, got '"
                        + pair + "' in '" + recipe + "'");
            }
            keys.put(kv[0].trim(), kv[1].trim());
        }
        return keys;
    }

    private static double number(Map<String, String> keys, String key, double fallback) {
        return keys.containsKey(key) ? Double.parseDouble(keys.get(key)) : fallback;
    }

    private static int integer(Map<String, String> keys, String key, int fallback) {
        return keys.containsKey(key) ? Integer.parseInt(keys.get(key)) : fallback;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
