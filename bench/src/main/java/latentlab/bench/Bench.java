package latentlab.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import latentlab.tensor.Backend;

/**
 * Training throughput of LatentLab against PyTorch on the same jobs, measured side by side:
 * for each workload, rounds alternate ours and PyTorch's (ours, torch, ours, torch, …) so
 * that load from other processes falls on both, and the ratio of the medians is reported.
 *
 * <pre>
 * java -cp "target/latentlab.jar:target/lib/*" latentlab.bench.Bench [options]
 *   --rounds R        rounds per workload (default 3)
 *   --seconds S       measured seconds per run (default 4)
 *   --warmup S        warm-up seconds per run (default 2)
 *   --torch-threads T torch.set_num_threads (default 1, PyTorch's best on 2 cores)
 *   --python PATH     the Python with torch (default /usr/bin/python3)
 *   --only NAME       run one workload
 *   --no-torch        ours only
 * </pre>
 */
public final class Bench {
    private static final Pattern SAMPLES_PER_S = Pattern.compile("\"samples_per_s\":\\s*([0-9.eE+-]+)");

    private record Options(int rounds, double seconds, double warmup, int torchThreads, String python,
                           String only, boolean torch) {
    }

    /** The workloads, in the order they run. Add new ones here. */
    static List<Workload> workloads() {
        return List.of(new VaeWorkload(128, 12_800));
    }

    public static void main(String[] args) throws Exception {
        Options options = parse(args);
        Backend.configure();
        System.out.printf(Locale.ROOT, "LatentLab bench: %d rounds x %.0f s (after %.0f s warm-up), BLAS threads %d, "
                + "PyTorch threads %d with OMP_WAIT_POLICY=PASSIVE, %d CPUs%n", options.rounds(), options.seconds(),
                options.warmup(), Backend.blasThreads(), options.torchThreads(),
                Runtime.getRuntime().availableProcessors());
        for (Workload workload : workloads()) {
            if (options.only() == null || options.only().equals(workload.name())) {
                run(workload, options);
            }
        }
    }

    private static void run(Workload workload, Options options) throws IOException, InterruptedException {
        System.out.println();
        System.out.println(workload.name() + ": " + workload.description());
        double[] ours = new double[options.rounds()];
        double[] torch = new double[options.rounds()];
        for (int round = 0; round < options.rounds(); round++) {
            ours[round] = workload.runOurs(options.warmup(), options.seconds());
            System.out.printf(Locale.ROOT, "  round %d  latentlab %9.0f samples/s", round + 1, ours[round]);
            if (options.torch()) {
                torch[round] = runTorch(workload, options);
                System.out.printf(Locale.ROOT, "   pytorch %9.0f samples/s   ratio %.2f", torch[round],
                        ours[round] / torch[round]);
            }
            System.out.println();
        }
        double oursMedian = median(ours);
        System.out.printf(Locale.ROOT, "  median   latentlab %9.0f samples/s", oursMedian);
        if (options.torch()) {
            double torchMedian = median(torch);
            System.out.printf(Locale.ROOT, "   pytorch %9.0f samples/s   ratio of medians %.2f", torchMedian,
                    oursMedian / torchMedian);
        }
        System.out.println();
    }

    private static double runTorch(Workload workload, Options options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(options.python());
        command.addAll(workload.torchCommand(options.torchThreads(), options.warmup(), options.seconds()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(new File(".")).redirectErrorStream(true);
        builder.environment().put("OMP_WAIT_POLICY", "PASSIVE");
        builder.environment().put("OMP_NUM_THREADS", String.valueOf(options.torchThreads()));
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().forEach(line -> output.append(line).append('\n'));
        }
        int exit = process.waitFor();
        Matcher m = SAMPLES_PER_S.matcher(output);
        if (exit != 0 || !m.find()) {
            throw new IllegalStateException("PyTorch run failed (exit " + exit + "): " + String.join(" ", command)
                    + "\n" + output + "Hint: install torch with `apt-get install -y python3-torch`, or pass --no-torch.");
        }
        return Double.parseDouble(m.group(1));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static Options parse(String[] args) {
        int rounds = 3;
        double seconds = 4;
        double warmup = 2;
        int threads = 1;
        String python = "/usr/bin/python3";
        String only = null;
        boolean torch = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--warmup" -> warmup = Double.parseDouble(args[++i]);
                case "--torch-threads" -> threads = Integer.parseInt(args[++i]);
                case "--python" -> python = args[++i];
                case "--only" -> only = args[++i];
                case "--no-torch" -> torch = false;
                default -> throw latentlab.tensor.Failure.in("Bench").argument("option")
                        .expected("one of --rounds, --seconds, --warmup, --torch-threads, --python, --only, --no-torch")
                        .got("'" + args[i] + "'").exception();
            }
        }
        return new Options(rounds, seconds, warmup, threads, python, only, torch);
    }
}
