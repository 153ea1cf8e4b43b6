package latentlab.grader;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import latentlab.grader.child.ChildJvm;
import latentlab.grader.suite.GraderTest;

/**
 * The {@code bench-class} command: builds a class of {@code copies} submissions with mixed
 * verdicts in a temporary folder (correct ones, the stubs, known mistakes and hostile ones from
 * the grader's corpus, interleaved; or, with {@code --one-submission}, copies of one complete
 * submission whose files get different verdicts, the benchmark), grades it with
 * {@link Batch} exactly as {@code batch} does, and prints the wall time, the CPU time of this
 * process and of the child JVMs, where the CPU went ({@link Profile}), the verdicts, and
 * whether every copy of a submission got the same result (it must: no submission can affect
 * another's).
 */
final class ClassBench {
    /** One kind of submission and its share of the class (out of 100). */
    record Kind(String name, Path folder, int weight) {
    }

    private ClassBench() {
    }

    /** The class mix: 30 correct, 20 stubs, 30 known mistakes, 20 hostile (5 ways of 4) per 100. */
    static List<Kind> mix(Path root, Path corpus) {
        List<Kind> kinds = new ArrayList<>(List.of(new Kind("solutions", root.resolve("solutions"), 30),
                new Kind("stubs", root.resolve("exercises"), 20)));
        for (String name : List.of("mistakes-vae", "mistakes-gan", "mistakes-reconstruction")) {
            kinds.add(new Kind(name, corpus.resolve(name), 10));
        }
        for (String name : List.of("hostile-infinite-loop", "hostile-system-exit", "hostile-thread-never-ends",
                "hostile-out-of-memory", "hostile-compile-error")) {
            kinds.add(new Kind(name, corpus.resolve(name), 4));
        }
        return kinds;
    }

    /**
     * The files of the one complete submission with mixed verdicts (101 of 280 points): the
     * reference Reconstruction, CycleConsistency and Flows, the stub of Divergences, and the
     * known mistakes of the corpus's mistakes-vae (Reparameterization) and mistakes-gan
     * (GanObjectives). Every test reaches the child JVM, unlike in the mix, where partial
     * submissions answer many tests with MISSING_FILE.
     */
    static List<Path> oneSubmissionFiles(Path root, Path corpus) {
        Path solutions = root.resolve("solutions").resolve(PACKAGE);
        return List.of(solutions.resolve("ReconstructionImpl.java"), solutions.resolve("CycleConsistencyImpl.java"),
                solutions.resolve("FlowsImpl.java"), root.resolve(COURSE).resolve("DivergencesImpl.java"),
                corpus.resolve("mistakes-vae").resolve(COURSE).resolve("ReparameterizationImpl.java"),
                corpus.resolve("mistakes-gan").resolve(COURSE).resolve("GanObjectivesImpl.java"));
    }

    /** Makes the submission of {@link #oneSubmissionFiles} in {@code folder}. */
    private static Path oneSubmission(Path folder, Path root, Path corpus) throws IOException {
        Path course = Files.createDirectories(folder.resolve(COURSE));
        for (Path file : oneSubmissionFiles(root, corpus)) {
            Files.copy(file, course.resolve(file.getFileName()));
        }
        return folder;
    }

    /** The exercises' package folder, and where it sits in a submission (and in the repository). */
    private static final Path PACKAGE = Path.of("latentlab", "course");
    private static final Path COURSE = Path.of("exercises").resolve(PACKAGE);

    /**
     * The kind of each of {@code copies} submissions, by smooth weighted round robin: every prefix
     * of the order is mixed in proportion to the weights, and one copy is the heaviest kind.
     */
    static List<Kind> order(List<Kind> kinds, int copies) {
        int total = kinds.stream().mapToInt(Kind::weight).sum();
        int[] credit = new int[kinds.size()];
        List<Kind> order = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            int best = 0;
            for (int k = 0; k < kinds.size(); k++) {
                credit[k] += kinds.get(k).weight();
                if (credit[k] > credit[best]) {
                    best = k;
                }
            }
            credit[best] -= total;
            order.add(kinds.get(best));
        }
        return order;
    }

    static int run(Main.Options options, List<GraderTest> tests, Grader.Options grading, PrintStream out)
            throws Exception {
        int copies = (int) options.number("--copies", 100);
        int workers = (int) options.number("--workers", 2);
        if (copies < 1 || workers < 1) {
            throw new Main.UsageException("--copies and --workers must be at least 1, got " + copies + " and " + workers);
        }
        Path root = Path.of(options.value("--root", "."));
        Path corpus = Path.of(options.value("--corpus", root.resolve("grader/src/test/resources/submissions").toString()));
        boolean one = options.flag("--one-submission");
        List<Path> needed = one ? oneSubmissionFiles(root, corpus)
                : mix(root, corpus).stream().map(Kind::folder).toList();
        for (Path path : needed) {
            if (!Files.exists(path)) {
                throw new Main.UsageException("bench-class needs " + path
                        + " (run it from the repository root or pass --root / --corpus)");
            }
        }
        Path temp = Files.createTempDirectory("latentlab-bench-class-");
        try {
            List<Kind> order = one
                    ? Collections.nCopies(copies,
                            new Kind("one-submission", oneSubmission(temp.resolve("one"), root, corpus), 1))
                    : order(mix(root, corpus), copies);
            Path submissions = Files.createDirectories(temp.resolve("class"));
            Map<String, String> kindOf = new LinkedHashMap<>();
            for (int i = 0; i < order.size(); i++) {
                String id = String.format(Locale.ROOT, "%03d-%s", i + 1, order.get(i).name());
                copyTree(order.get(i).folder(), submissions.resolve(id));
                kindOf.put(id, order.get(i).name());
            }
            long archiveStart = System.nanoTime();
            boolean made = ChildJvm.prepare(grading.child());
            out.printf(Locale.ROOT, "class of %d submissions in %s; CDS archive %s%n", copies, submissions,
                    made ? String.format(Locale.ROOT, "made before timing (%.1f s)", (System.nanoTime() - archiveStart) / 1e9)
                            : "not used (class path has folders) or already there");
            String loadBefore = loadAverage();
            Profile.reset();
            double cpu0 = processCpuSeconds();
            double children0 = reapedChildrenCpuSeconds();
            long start = System.nanoTime();
            Batch.Result result = Batch.run(submissions, temp.resolve("out"), workers, tests, grading,
                    new PrintStream(java.io.OutputStream.nullOutputStream()));
            double wall = (System.nanoTime() - start) / 1e9;
            double parent = processCpuSeconds() - cpu0;
            double children = reapedChildrenCpuSeconds() - children0;
            out.print(summary(result.reports(), kindOf));
            out.print(Profile.table(copies));
            double outside = parent - Profile.parentSeconds();
            out.printf(Locale.ROOT, "%-44s %10.1f %14.0f%n", "grader: outside the grading threads (JIT, GC)",
                    outside, outside * 1000 / copies);
            out.printf(Locale.ROOT, "%nbench-class: %d submissions, %d workers, %d tests each: wall %.1f s; CPU %.1f s "
                            + "(grader process %.1f s + child JVMs %.1f s); %.2f CPU-s per submission; load average %s before, %s after%n",
                    copies, workers, tests.size(), wall, parent + children, parent, children,
                    (parent + children) / copies, loadBefore, loadAverage());
            return result.failedToGrade() == 0 ? 0 : 1;
        } finally {
            Grader.deleteQuietly(temp);
        }
    }

    /** Per kind: how many copies, the score, and whether all copies got identical verdicts. */
    static String summary(List<Report> reports, Map<String, String> kindOf) {
        Map<String, List<Report>> byKind = new LinkedHashMap<>();
        for (Report report : reports) {
            byKind.computeIfAbsent(kindOf.getOrDefault(report.student(), "?"), k -> new ArrayList<>()).add(report);
        }
        StringBuilder text = new StringBuilder();
        Map<Verdict, Integer> verdicts = new TreeMap<>();
        for (Map.Entry<String, List<Report>> kind : byKind.entrySet()) {
            Report first = kind.getValue().get(0);
            List<Verdict> reference = first.results().stream().map(TestResult::verdict).toList();
            long differing = kind.getValue().stream()
                    .filter(r -> !r.results().stream().map(TestResult::verdict).toList().equals(reference)).count();
            text.append(String.format(Locale.ROOT, "%-26s %3d x  %6.1f / %-6.1f  %s%n", kind.getKey(),
                    kind.getValue().size(), first.score(), first.maxScore(),
                    differing == 0 ? "all copies identical" : differing + " copies DIFFER from the first"));
            for (Report other : kind.getValue()) {
                text.append(difference(first, other));
            }
            kind.getValue().forEach(r -> r.results().forEach(t -> verdicts.merge(t.verdict(), 1, Integer::sum)));
        }
        text.append("verdicts: ").append(verdicts).append("\n\n");
        return text.toString();
    }

    /** The first test on which two copies of one submission got different verdicts, or nothing. */
    private static String difference(Report first, Report other) {
        for (int i = 0; i < Math.min(first.results().size(), other.results().size()); i++) {
            TestResult a = first.results().get(i);
            TestResult b = other.results().get(i);
            if (a.verdict() != b.verdict()) {
                return String.format(Locale.ROOT, "    %s: %s got %s, %s got %s%n", a.name(), first.student(), a.verdict(),
                        other.student(), b.verdict());
            }
        }
        return "";
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** CPU time of this process's finished children (Linux: cutime + cstime of /proc/self/stat), else NaN. */
    private static double reapedChildrenCpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ", field 3 (state) is index 0, so cutime (16) and cstime (17) are 13 and 14
            return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static String loadAverage() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
