package latentlab.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Gradescope mode writes a results.json per the spec; the bundle has its scripts at the root. */
class GradescopeIT {
    @TempDir
    Path temp;

    @Test
    void gradescopeModeWritesResultsJsonPerTheSpec() throws Exception {
        Path results = temp.resolve("results/results.json");
        int code = Main.run(new String[] {"gradescope", "--submission",
                CorpusIT.CORPUS.resolve("mistake-cycle-gradient-missing-mean").toString(), "--results", results.toString(),
                "--exercise", "CycleConsistency"}, new PrintStream(new ByteArrayOutputStream()), System.err);
        assertEquals(0, code);
        JsonObject root = new JsonParser().parse(Files.readString(results)).getAsJsonObject();
        assertEquals(9.0, root.get("score").getAsDouble());
        assertTrue(root.get("execution_time").getAsInt() >= 1);
        int failed = 0;
        for (JsonElement element : root.getAsJsonArray("tests")) {
            JsonObject test = element.getAsJsonObject();
            for (String field : List.of("score", "max_score", "status", "name", "output", "visibility")) {
                assertTrue(test.has(field), field);
            }
            assertTrue(Set.of("visible", "after_published").contains(test.get("visibility").getAsString()));
            failed += test.get("status").getAsString().equals("failed") ? 1 : 0;
        }
        assertEquals(3, failed);
    }

    @Test
    void theBundleHasSetupAndRunAutograderAtItsRoot() throws Exception {
        Path target = Path.of("target");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(target.resolve("latentlab.jar")),
                "needs `mvn package`");
        Path zip = temp.resolve("autograder.zip");
        GradescopeBundle.build(target, zip);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipArchiveEntry run = file.getEntry("run_autograder");
            ZipArchiveEntry setup = file.getEntry("setup.sh");
            assertEquals(0755, run.getUnixMode() & 0777);
            assertEquals(0755, setup.getUnixMode() & 0777);
            String script = new String(file.getInputStream(run).readAllBytes());
            assertTrue(script.contains("--submission /autograder/submission --results /autograder/results/results.json"));
            assertTrue(file.getEntry("latentlab.jar") != null && file.getEntry("latentlab-solutions.jar") != null);
            assertTrue(java.util.Collections.list(file.getEntries()).stream()
                    .anyMatch(e -> e.getName().startsWith("lib/nd4j-api")));
        }
    }
}
