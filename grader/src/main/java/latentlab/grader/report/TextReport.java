package latentlab.grader.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import latentlab.grader.Report;
import latentlab.grader.TestResult;

/**
 * The readable report of one submission: a table per exercise (test, points, verdict),
 * then the feedback of every failed test, then the total.
 */
public final class TextReport {
    private static final int NAME_WIDTH = 64;

    private TextReport() {
    }

    public static String render(Report report, boolean withFeedback) {
        StringBuilder text = new StringBuilder();
        text.append("LatentLab grader — ").append(report.student()).append('\n');
        report.notes().forEach(note -> text.append("! ").append(note.replace("\n", "\n  ")).append('\n'));
        Map<String, List<TestResult>> byExercise = new LinkedHashMap<>();
        report.results().forEach(r -> byExercise.computeIfAbsent(r.exercise(), k -> new java.util.ArrayList<>()).add(r));
        for (Map.Entry<String, List<TestResult>> exercise : byExercise.entrySet()) {
            double score = exercise.getValue().stream().mapToDouble(TestResult::score).sum();
            double max = exercise.getValue().stream().mapToDouble(TestResult::maxScore).sum();
            text.append('\n').append(exercise.getKey()).append(String.format(Locale.ROOT, "  %s / %s%n", points(score),
                    points(max)));
            for (TestResult r : exercise.getValue()) {
                String name = r.name().substring(r.exercise().length() + 1);
                text.append(String.format(Locale.ROOT, "  %-4s %-" + NAME_WIDTH + "s %5s/%-3s %s%n",
                        r.passed() ? "ok" : "FAIL", clip(name), points(r.score()), points(r.maxScore()),
                        r.passed() ? "" : r.verdict().describe()));
            }
        }
        if (withFeedback) {
            for (TestResult r : report.results()) {
                if (!r.passed() && !r.feedback().isBlank()) {
                    text.append("\n--- ").append(r.name()).append(" (").append(r.verdict().describe()).append(")\n")
                            .append(r.feedback().strip()).append('\n');
                    if (!r.output().isBlank()) {
                        text.append("Your code printed:\n").append(indent(r.output().strip())).append('\n');
                    }
                }
            }
        }
        text.append(String.format(Locale.ROOT, "%nTotal: %s / %s points, %d of %d tests passed (%.1f s)%n",
                points(report.score()), points(report.maxScore()), report.passed(), report.results().size(),
                report.millis() / 1000.0));
        return text.toString();
    }

    static String points(double p) {
        return p == Math.rint(p) ? String.valueOf((long) p) : String.format(Locale.ROOT, "%.1f", p);
    }

    private static String clip(String name) {
        return name.length() <= NAME_WIDTH ? name : name.substring(0, NAME_WIDTH - 1) + "…";
    }

    private static String indent(String text) {
        String clipped = text.length() > 2000 ? text.substring(0, 2000) + "\n..." : text;
        return "  " + clipped.replace("\n", "\n  ");
    }
}
