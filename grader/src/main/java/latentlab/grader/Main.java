package latentlab.grader;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import latentlab.grader.report.GradescopeResults;
import latentlab.grader.report.JsonReport;
import latentlab.grader.report.TextReport;
import latentlab.grader.suite.GraderTest;
import latentlab.grader.suite.Suites;

/**
 * The grader's command line. Run with the library, the solutions and their dependencies:
 * {@code java -cp "target/latentlab.jar:target/latentlab-solutions.jar:target/lib/*" latentlab.grader.Main <command>}.
 * <pre>
 *   grade [folder] [--exercise E]... [--all] [--json]   a student's own exercises/ (visible tests)
 *   batch SUBMISSIONS --out DIR [--workers N] [--exercise E]...
 *   gradescope --submission DIR --results FILE           Gradescope's run_autograder step
 *   gradescope-bundle [--target DIR] --out ZIP           the autograder zip to upload
 *   bench-class [--copies N] [--workers N] [--one-submission]
 *                                                        times batch on a mixed class built from the corpus
 *   assign ...                                           (latentlab.grader.Assign)
 * </pre>
 * Common options: {@code --time-limit SECONDS} per test (default 5), {@code --heap MB} of the
 * child JVM (default 256). Exit codes: 0 all tests passed (grade) or the command finished
 * (batch, gradescope, bundle); 1 some tests failed (grade) or some submissions could not be
 * graded (batch); 2 wrong usage or an internal error.
 */
public final class Main {
    private static final String USAGE = """
            usage: latentlab.grader.Main grade [FOLDER=exercises] [--exercise NAME]... [--all] [--json]
                   latentlab.grader.Main batch SUBMISSIONS --out DIR [--workers N] [--exercise NAME]...
                   latentlab.grader.Main gradescope --submission DIR --results FILE
                   latentlab.grader.Main gradescope-bundle [--target DIR=target] --out ZIP
                   latentlab.grader.Main bench-class [--copies N=100] [--workers N=2] [--one-submission] [--root DIR=.] [--corpus DIR]
                   latentlab.grader.Main assign ...
            options: --time-limit SECONDS (per test, default 5), --heap MB (child JVM, default 256)""";

    private Main() {
    }

    public static void main(String[] args) {
        int code;
        try {
            code = run(args, System.out, System.err);
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            code = 2;
        } catch (Exception e) {
            System.err.println("grader error: " + e);
            code = 2;
        }
        System.out.flush();
        System.exit(code);
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length == 0) {
            throw new UsageException("no command given");
        }
        String command = args[0];
        if (command.equals("assign")) {
            // Assign belongs to the exercises area; called by name so either side can build alone.
            Class.forName("latentlab.grader.Assign").getMethod("main", String[].class)
                    .invoke(null, (Object) java.util.Arrays.copyOfRange(args, 1, args.length));
            return 0;
        }
        Options options = Options.parse(java.util.Arrays.copyOfRange(args, 1, args.length));
        Grader.Options grading = Grader.Options.defaults()
                .withTimeLimit(Duration.ofMillis((long) (1000 * options.number("--time-limit", 5))));
        grading = new Grader.Options(grading.visibleOnly(), grading.timeLimit(),
                new latentlab.grader.child.ChildJvm.Settings(grading.child().classpath(),
                        (int) options.number("--heap", 256), grading.child().offHeapMb(), grading.child().startTimeout()));
        List<GraderTest> tests = Suites.of(options.all("--exercise"));
        switch (command) {
            case "grade" -> {
                Path folder = Path.of(options.positional(0, "exercises"));
                Report report = Grader.grade(folder, tests, grading.withVisibleOnly(!options.flag("--all")));
                out.print(options.flag("--json") ? JsonReport.toJson(report) + "\n" : TextReport.render(report, true));
                return report.passed() == report.results().size() ? 0 : 1;
            }
            case "batch" -> {
                Path submissions = Path.of(options.positional(0, null));
                Path dir = Path.of(options.required("--out"));
                int workers = (int) options.number("--workers", Math.max(1, Runtime.getRuntime().availableProcessors()));
                long start = System.nanoTime();
                Batch.Result result = Batch.run(submissions, dir, workers, tests, grading, out);
                out.printf(Locale.ROOT, "graded %d submissions (%d in this run) in %.1f s; wrote %s and %s%n",
                        result.reports().size(), result.gradedNow(), (System.nanoTime() - start) / 1e9,
                        dir.resolve("grades.csv"), dir.resolve("pass-rates.csv"));
                return result.failedToGrade() == 0 ? 0 : 1;
            }
            case "gradescope" -> {
                Path submission = Path.of(options.required("--submission"));
                Path results = Path.of(options.required("--results"));
                Report report;
                try {
                    report = Grader.grade(submission, tests, grading);
                } catch (IOException e) {
                    report = new Report("submission", List.of(), List.of("could not grade the submission: "
                            + e.getMessage()), 0);
                }
                Batch.writeAtomically(results, GradescopeResults.toJson(report));
                out.print(TextReport.render(report, false));
                return 0;
            }
            case "gradescope-bundle" -> {
                Path zip = Path.of(options.required("--out"));
                GradescopeBundle.build(Path.of(options.value("--target", "target")), zip);
                out.println("wrote " + zip + " (" + Files.size(zip) / (1 << 20) + " MB): upload it as the autograder");
                return 0;
            }
            case "bench-class" -> {
                return ClassBench.run(options, tests, grading, out);
            }
            default -> throw new UsageException("unknown command " + command);
        }
    }

    /** Wrong command-line usage: exit code 2 with the usage text. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    /** {@code --name value} options, {@code --flag}s and positional arguments. */
    record Options(List<String> positional, Map<String, List<String>> values) {
        private static final List<String> FLAGS = List.of("--all", "--json", "--one-submission");

        static Options parse(String[] args) throws UsageException {
            List<String> positional = new ArrayList<>();
            Map<String, List<String>> values = new HashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (FLAGS.contains(args[i])) {
                    values.computeIfAbsent(args[i], k -> new ArrayList<>()).add("true");
                } else if (args[i].startsWith("--")) {
                    if (i + 1 >= args.length) {
                        throw new UsageException(args[i] + " needs a value");
                    }
                    values.computeIfAbsent(args[i], k -> new ArrayList<>()).add(args[++i]);
                } else {
                    positional.add(args[i]);
                }
            }
            return new Options(positional, values);
        }

        String positional(int index, String fallback) throws UsageException {
            if (index < positional.size()) {
                return positional.get(index);
            }
            if (fallback == null) {
                throw new UsageException("missing argument " + (index + 1));
            }
            return fallback;
        }

        String value(String name, String fallback) {
            List<String> all = values.get(name);
            return all == null ? fallback : all.get(all.size() - 1);
        }

        String required(String name) throws UsageException {
            String value = value(name, null);
            if (value == null) {
                throw new UsageException("missing " + name);
            }
            return value;
        }

        double number(String name, double fallback) throws UsageException {
            try {
                return Double.parseDouble(value(name, String.valueOf(fallback)));
            } catch (NumberFormatException e) {
                throw new UsageException(name + " must be a number");
            }
        }

        boolean flag(String name) {
            return values.containsKey(name);
        }

        List<String> all(String name) {
            return values.getOrDefault(name, List.of());
        }
    }
}
