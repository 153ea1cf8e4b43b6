package latentlab.grader;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import latentlab.grader.report.JsonReport;
import latentlab.grader.suite.GraderTest;

/**
 * Grades a folder of submissions (one folder or zip per student) with parallel workers.
 * Each student's JSON is written atomically to {@code out/students/<id>.json} as soon as it
 * is graded, so an interrupted batch resumes where it stopped and never loses a finished
 * result. At the end it writes {@code out/grades.csv} (one row per student) and
 * {@code out/pass-rates.csv} (one row per test), both atomically.
 */
public final class Batch {
    private Batch() {
    }

    /** A finished batch: every student's report, and how many were graded in this run (not resumed). */
    public record Result(List<Report> reports, int gradedNow, int failedToGrade) {
    }

    public static Result run(Path submissions, Path out, int workers, List<GraderTest> tests, Grader.Options options,
                             PrintStream log) throws IOException, InterruptedException {
        Path students = out.resolve("students");
        Files.createDirectories(students);
        List<Path> entries = entries(submissions);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, workers));
        Map<Path, Future<Report>> pending = new LinkedHashMap<>();
        List<Report> reports = new ArrayList<>();
        int resumed = 0;
        for (Path entry : entries) {
            Path json = students.resolve(id(entry) + ".json");
            Report done = readIfComplete(json);
            if (done != null) {
                reports.add(done);
                resumed++;
                continue;
            }
            pending.put(entry, pool.submit(() -> {
                Report report = Grader.grade(entry, tests, options);
                writeAtomically(json, JsonReport.toJson(report));
                log.printf(Locale.ROOT, "%-24s %6.1f / %-6.1f (%.1f s)%n", report.student(), report.score(),
                        report.maxScore(), report.millis() / 1000.0);
                return report;
            }));
        }
        if (resumed > 0) {
            log.println("resumed: " + resumed + " submissions already graded in " + students);
        }
        pool.shutdown();
        int failed = 0;
        for (Map.Entry<Path, Future<Report>> job : pending.entrySet()) {
            try {
                reports.add(job.getValue().get());
            } catch (java.util.concurrent.ExecutionException e) {
                failed++;
                log.println("could not grade " + job.getKey() + ": " + e.getCause());
            }
        }
        writeAtomically(out.resolve("grades.csv"), ClassCsv.grades(reports));
        writeAtomically(out.resolve("pass-rates.csv"), ClassCsv.passRates(reports));
        return new Result(reports, pending.size() - failed, failed);
    }

    /** Sub-folders and .zip files, sorted by name; hidden files are skipped. */
    static List<Path> entries(Path submissions) throws IOException {
        try (Stream<Path> list = Files.list(submissions)) {
            return list.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> Files.isDirectory(p) || p.getFileName().toString().toLowerCase().endsWith(".zip"))
                    .sorted().toList();
        }
    }

    static String id(Path entry) {
        String name = entry.getFileName().toString();
        return name.toLowerCase().endsWith(".zip") ? name.substring(0, name.length() - 4) : name;
    }

    /** A previous run's report, or null when absent or unreadable (then it is graded again). */
    private static Report readIfComplete(Path json) {
        if (!Files.isRegularFile(json)) {
            return null;
        }
        try {
            return JsonReport.fromJson(Files.readString(json));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Writes to a temporary file in the same folder, then renames it over the target. */
    public static void writeAtomically(Path target, String text) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
