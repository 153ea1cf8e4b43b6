package latentlab.grader.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Set;
import latentlab.grader.Report;
import latentlab.grader.TestResult;
import latentlab.grader.Verdict;
import org.junit.jupiter.api.Test;

class GradescopeResultsTest {
    private static final Set<String> VISIBILITIES = Set.of("hidden", "after_due_date", "after_published", "visible");

    static Report sample() {
        return new Report("alice", List.of(
                new TestResult("Divergences", "klDiscrete", "Divergences.klDiscrete: random inputs", 2, 2, true,
                        Verdict.PASSED, "", "", 12),
                new TestResult("Divergences", "klDiscrete", "Divergences.klDiscrete: all-zero inputs", 0, 1, false,
                        Verdict.WRONG_ANSWER, "Expected: 0.0\nGot: NaN", "printed", 30)), List.of(), 2500);
    }

    @Test
    void resultsFollowGradescopesSpecification() {
        JsonObject root = new JsonParser().parse(GradescopeResults.toJson(sample())).getAsJsonObject();
        assertEquals(2.0, root.get("score").getAsDouble());
        assertEquals(3, root.get("execution_time").getAsInt());
        assertTrue(VISIBILITIES.contains(root.get("visibility").getAsString()));
        assertTrue(VISIBILITIES.contains(root.get("stdout_visibility").getAsString()));
        assertEquals(2, root.getAsJsonArray("tests").size());
        for (JsonElement element : root.getAsJsonArray("tests")) {
            JsonObject test = element.getAsJsonObject();
            for (String field : List.of("score", "max_score", "status", "name", "output", "visibility")) {
                assertTrue(test.has(field), "missing " + field);
            }
            assertTrue(Set.of("passed", "failed").contains(test.get("status").getAsString()));
            assertTrue(VISIBILITIES.contains(test.get("visibility").getAsString()));
        }
        JsonObject failed = root.getAsJsonArray("tests").get(1).getAsJsonObject();
        assertEquals("failed", failed.get("status").getAsString());
        assertEquals("after_published", failed.get("visibility").getAsString());
        assertTrue(failed.get("output").getAsString().contains("Got: NaN"));
    }

    @Test
    void theBatchJsonReadsBackToTheSameReport() {
        Report report = sample();
        assertEquals(report, JsonReport.fromJson(JsonReport.toJson(report)));
    }
}
