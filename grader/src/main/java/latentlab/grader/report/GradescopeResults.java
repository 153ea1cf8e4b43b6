package latentlab.grader.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import latentlab.grader.Report;
import latentlab.grader.TestResult;

/**
 * Gradescope's {@code results.json} (https://gradescope-autograders.readthedocs.io/en/latest/specs/):
 * top-level {@code score}, {@code execution_time} (seconds), {@code output}, {@code visibility},
 * {@code stdout_visibility} and {@code tests}; each test has {@code score}, {@code max_score},
 * {@code status} ("passed"/"failed"), {@code name}, {@code number}, {@code output} and
 * {@code visibility} ("visible" for visible tests, "after_published" for hidden ones), plus the
 * verdict and the test's own execution time in its {@code extra_data}.
 */
public final class GradescopeResults {
    private static final int MAX_OUTPUT = 8000;

    private GradescopeResults() {
    }

    public static String toJson(Report report) {
        JsonObject root = new JsonObject();
        root.addProperty("score", report.score());
        root.addProperty("execution_time", Math.max(1, Math.round(report.millis() / 1000.0)));
        root.addProperty("output", summary(report));
        root.addProperty("visibility", "visible");
        root.addProperty("stdout_visibility", "hidden");
        JsonArray tests = new JsonArray();
        int number = 1;
        for (TestResult r : report.results()) {
            JsonObject t = new JsonObject();
            t.addProperty("score", r.score());
            t.addProperty("max_score", r.maxScore());
            t.addProperty("status", r.passed() ? "passed" : "failed");
            t.addProperty("name", r.name());
            t.addProperty("number", String.valueOf(number++));
            t.addProperty("output", clip(output(r)));
            t.addProperty("visibility", r.visible() ? "visible" : "after_published");
            JsonObject extra = new JsonObject();
            extra.addProperty("verdict", r.verdict().name());
            extra.addProperty("execution_time", r.millis() / 1000.0);
            t.add("extra_data", extra);
            tests.add(t);
        }
        root.add("tests", tests);
        return JsonReport.gson().toJson(root);
    }

    private static String summary(Report report) {
        String notes = String.join("\n", report.notes());
        return clip((notes.isEmpty() ? "" : notes + "\n") + report.passed() + " of " + report.results().size()
                + " tests passed.");
    }

    private static String output(TestResult r) {
        if (r.passed()) {
            return "passed";
        }
        String printed = r.output().isBlank() ? "" : "\nYour code printed:\n" + r.output();
        return r.verdict().describe() + "\n" + r.feedback() + printed;
    }

    private static String clip(String text) {
        return text.length() <= MAX_OUTPUT ? text : text.substring(0, MAX_OUTPUT) + "\n... (cut)";
    }
}
