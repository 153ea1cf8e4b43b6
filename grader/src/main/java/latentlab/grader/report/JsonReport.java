package latentlab.grader.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import latentlab.grader.Report;
import latentlab.grader.TestResult;
import latentlab.grader.Verdict;

/**
 * JSON for one submission ({@code student, score, max_score, millis, notes, tests[]}) and back,
 * so a batch can resume from the files it wrote.
 */
public final class JsonReport {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
            .serializeSpecialFloatingPointValues().create();

    private JsonReport() {
    }

    public static String toJson(Report report) {
        JsonObject root = new JsonObject();
        root.addProperty("student", report.student());
        root.addProperty("score", report.score());
        root.addProperty("max_score", report.maxScore());
        root.addProperty("millis", report.millis());
        JsonArray notes = new JsonArray();
        report.notes().forEach(notes::add);
        root.add("notes", notes);
        JsonArray tests = new JsonArray();
        for (TestResult r : report.results()) {
            JsonObject t = new JsonObject();
            t.addProperty("exercise", r.exercise());
            t.addProperty("method", r.method());
            t.addProperty("name", r.name());
            t.addProperty("score", r.score());
            t.addProperty("max_score", r.maxScore());
            t.addProperty("visible", r.visible());
            t.addProperty("verdict", r.verdict().name());
            t.addProperty("feedback", r.feedback());
            t.addProperty("output", r.output());
            t.addProperty("millis", r.millis());
            tests.add(t);
        }
        root.add("tests", tests);
        return GSON.toJson(root);
    }

    public static Report fromJson(String json) {
        JsonObject root = GSON.fromJson(json, JsonObject.class);
        List<String> notes = new ArrayList<>();
        root.getAsJsonArray("notes").forEach(n -> notes.add(n.getAsString()));
        List<TestResult> results = new ArrayList<>();
        root.getAsJsonArray("tests").forEach(e -> {
            JsonObject t = e.getAsJsonObject();
            results.add(new TestResult(t.get("exercise").getAsString(), t.get("method").getAsString(),
                    t.get("name").getAsString(), t.get("score").getAsDouble(), t.get("max_score").getAsDouble(),
                    t.get("visible").getAsBoolean(), Verdict.valueOf(t.get("verdict").getAsString()),
                    t.get("feedback").getAsString(), t.get("output").getAsString(), t.get("millis").getAsLong()));
        });
        return new Report(root.get("student").getAsString(), results, notes, root.get("millis").getAsLong());
    }

    static Gson gson() {
        return GSON;
    }
}
