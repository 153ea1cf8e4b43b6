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
import latentlab.tensor.Failure;

/**
 * Training throughput of LatentLab against PyTorch on the same jobs, measured side by side:
 * for each workload, rounds alternate ours and PyTorch's (ours, torch, ours, torch, …) so
 * that load from other processes falls on both, and the ratio of the medians is reported,
 * for samples per second and for samples per CPU-second (steadier on a shared machine).
 *
 * <pre>
 * java -cp "target/latentlab.jar:target/lib/*" latentlab.bench.Bench [options]   (from the repository root)
 *   --threads T       thread budget of both: BLAS threads here, torch.set_num_threads and
 *                     OMP_NUM_THREADS there (default 1, PyTorch's best on 2 cores)
 *   --rounds R        rounds per workload (default 3)
 *   --seconds S       measured seconds per run (default 4)
 *   --warmup S        warm-up per run, in CPU-seconds of the process (default 2): on a busy
 *                     machine wall-clock seconds would leave the JIT unfinished
 *   --python PATH     the Python with torch (default /usr/bin/python3)
 *   --only NAME       run one workload
 *   --no-torch        ours only
 * </pre>
 */
public final class Bench {
    private static final Pattern NUMBER = Pattern.compile("\"(\\w+)\":\\s*([0-9.eE+-]+)");

    record Options(int threads, int rounds, double seconds, double warmup, String python, String only,
                           boolean torch) {
    }

    /** The workloads, in the order they run. Add new ones here. */
    static List<Workload> workloads() {
        return List.of(new VaeWorkload(128, 12_800), new GanWorkload(128, 12_800));
    }

    public static void main(String[] args) throws Exception {
        Options options = parse(args);
        Backend.configure();
        org.nd4j.linalg.factory.Nd4j.factory().blas().setMaxThreads(options.threads());
        System.out.printf(Locale.ROOT, "LatentLab bench: %d rounds x %.0f s (after %.0f CPU-s warm-up); thread budget %d "
                        + "(LatentLab BLAS threads %d; PyTorch set_num_threads(%d), OMP_WAIT_POLICY=PASSIVE); %d CPUs%n",
                options.rounds(), options.seconds(), options.warmup(), options.threads(), Backend.blasThreads(),
                options.threads(), Runtime.getRuntime().availableProcessors());
        for (Workload workload : workloads()) {
            if (options.only() == null || options.only().equals(workload.name())) {
                run(workload, options);
            }
        }
    }

    private static void run(Workload workload, Options options) throws IOException, InterruptedException {
        System.out.println();
        System.out.println(workload.name() + ": " + workload.description());
        List<Measurement> ours = new ArrayList<>();
        List<Measurement> torch = new ArrayList<>();
        for (int round = 1; round <= options.rounds(); round++) {
            ours.add(workload.runOurs(options.warmup(), options.seconds()));
            print("round " + round, ours.get(ours.size() - 1), null);
            if (options.torch()) {
                torch.add(runTorch(workload, options));
                print("", null, torch.get(torch.size() - 1));
            }
        }
        double oursRate = median(ours, false);
        double oursCpu = median(ours, true);
        System.out.printf(Locale.ROOT, "  median   latentlab %8.0f samples/s  %8.0f samples/CPU-s%n", oursRate, oursCpu);
        if (options.torch()) {
            double torchRate = median(torch, false);
            double torchCpu = median(torch, true);
            System.out.printf(Locale.ROOT, "  median   pytorch   %8.0f samples/s  %8.0f samples/CPU-s%n", torchRate,
                    torchCpu);
            System.out.printf(Locale.ROOT, "  ratio latentlab/pytorch (medians): %.2f in samples/s, %.2f in samples/CPU-s%n",
                    oursRate / torchRate, oursCpu / torchCpu);
        }
    }

    private static void print(String label, Measurement ours, Measurement torch) {
        Measurement m = ours != null ? ours : torch;
        System.out.printf(Locale.ROOT, "  %-8s %-9s %8.0f samples/s  %8.0f samples/CPU-s%n", label,
                ours != null ? "latentlab" : "pytorch", m.samplesPerSecond(), m.samplesPerCpuSecond());
    }

    static Measurement runTorch(Workload workload, Options options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(options.python());
        command.addAll(workload.torchCommand(options.threads(), options.warmup(), options.seconds()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(new File(".")).redirectErrorStream(true);
        builder.environment().put("OMP_WAIT_POLICY", "PASSIVE");
        builder.environment().put("OMP_NUM_THREADS", String.valueOf(options.threads()));
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().forEach(line -> output.append(line).append('\n'));
        }
        int exit = process.waitFor();
        double samples = field(output, "samples");
        double seconds = field(output, "seconds");
        double cpu = field(output, "cpu_seconds");
        if (exit != 0 || Double.isNaN(samples) || Double.isNaN(seconds) || Double.isNaN(cpu)) {
            throw Failure.in("Bench").argument("PyTorch run").expected("exit 0 and a JSON line with samples/s")
                    .got("exit " + exit + " from `" + String.join(" ", command) + "`:\n" + output)
                    .hint("run from the repository root; install torch with `apt-get install -y python3-torch`, "
                            + "or pass --no-torch").exception();
        }
        return new Measurement((long) samples, seconds, cpu);
    }

    private static double field(CharSequence json, String name) {
        Matcher m = NUMBER.matcher(json);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return Double.parseDouble(m.group(2));
            }
        }
        return Double.NaN;
    }

    private static double median(List<Measurement> runs, boolean perCpuSecond) {
        double[] values = runs.stream()
                .mapToDouble(m -> perCpuSecond ? m.samplesPerCpuSecond() : m.samplesPerSecond()).toArray();
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    static Options parse(String[] args) {
        int threads = 1;
        int rounds = 3;
        double seconds = 4;
        double warmup = 2;
        String python = "/usr/bin/python3";
        String only = null;
        boolean torch = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--warmup" -> warmup = Double.parseDouble(args[++i]);
                case "--python" -> python = args[++i];
                case "--only" -> only = args[++i];
                case "--no-torch" -> torch = false;
                default -> throw Failure.in("Bench").argument("option").expected("one of --threads, --rounds, "
                        + "--seconds, --warmup, --python, --only, --no-torch").got("'" + args[i] + "'").exception();
            }
        }
        return new Options(threads, rounds, seconds, warmup, python, only, torch);
    }
}
