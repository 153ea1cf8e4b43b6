package latentlab.grader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The class-level CSV files of a batch: grades per student, and pass rates per test. */
public final class ClassCsv {
    private ClassCsv() {
    }

    /** {@code student,score,max_score,tests_passed,tests,<exercise>...}, one row per student, sorted by id. */
    public static String grades(List<Report> reports) {
        Set<String> exercises = new LinkedHashSet<>();
        reports.forEach(r -> r.results().forEach(t -> exercises.add(t.exercise())));
        StringBuilder csv = new StringBuilder("student,score,max_score,tests_passed,tests");
        exercises.forEach(e -> csv.append(',').append(e));
        csv.append('\n');
        List<Report> sorted = new ArrayList<>(reports);
        sorted.sort((a, b) -> a.student().compareTo(b.student()));
        for (Report r : sorted) {
            csv.append(quote(r.student())).append(',').append(number(r.score())).append(',')
                    .append(number(r.maxScore())).append(',').append(r.passed()).append(',').append(r.results().size());
            for (String e : exercises) {
                csv.append(',').append(number(r.results().stream().filter(t -> t.exercise().equals(e))
                        .mapToDouble(TestResult::score).sum()));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    /** {@code test,passed,graded,pass_rate,most_common_failure}, one row per test, in suite order. */
    public static String passRates(List<Report> reports) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Map<Verdict, Integer>> failures = new LinkedHashMap<>();
        for (Report r : reports) {
            for (TestResult t : r.results()) {
                int[] c = counts.computeIfAbsent(t.name(), k -> new int[2]);
                c[1]++;
                if (t.passed()) {
                    c[0]++;
                } else {
                    failures.computeIfAbsent(t.name(), k -> new LinkedHashMap<>()).merge(t.verdict(), 1, Integer::sum);
                }
            }
        }
        StringBuilder csv = new StringBuilder("test,passed,graded,pass_rate,most_common_failure\n");
        counts.forEach((name, c) -> {
            String common = failures.getOrDefault(name, Map.of()).entrySet().stream()
                    .max(Map.Entry.comparingByValue()).map(e -> e.getKey().name()).orElse("");
            csv.append(quote(name)).append(',').append(c[0]).append(',').append(c[1]).append(',')
                    .append(String.format(Locale.ROOT, "%.3f", c[1] == 0 ? 0 : (double) c[0] / c[1])).append(',')
                    .append(common).append('\n');
        });
        return csv.toString();
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    static String quote(String field) {
        return field.contains(",") || field.contains("\"") || field.contains("\n")
                ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
