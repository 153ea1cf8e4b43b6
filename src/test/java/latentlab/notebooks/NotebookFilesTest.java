package latentlab.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed notebooks, read as files: they are committed clean (no outputs; the executed
 * HTML book is built by {@code notebooks/tools/course.py}), carry the {@code java} kernelspec,
 * start with the {@code %jars} cell that makes them run on IJava 1.3.0 too, keep cells short,
 * and read as lessons (learning goals, summary, questions). Executing them is
 * {@link NotebooksIT}'s job.
 */
class NotebookFilesTest {
    static final List<String> NOTEBOOKS = List.of("00-setup", "01-autoencoders", "02-kl-and-elbo",
            "03-reparameterization-and-vae", "04-gan-optimality", "05-cyclegan",
            "06-normalizing-flows");
    static final String JARS_CELL =
            "%jars ../target/latentlab.jar ../target/latentlab-solutions.jar ../target/lib/*.jar";
    /** CONVENTIONS asks for about 8 lines; a little slack for a wrapped statement (imports and comments not counted). */
    static final int MAX_CODE_LINES = 10;

    static Stream<String> notebooks() {
        return NOTEBOOKS.stream();
    }

    static JsonObject read(String name) throws IOException {
        Path file = Path.of("notebooks", name + ".ipynb");
        assertTrue(Files.isRegularFile(file), "missing notebook " + file);
        return new JsonParser().parse(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    static String source(JsonObject cell) {
        JsonElement src = cell.get("source");
        if (src.isJsonPrimitive()) {
            return src.getAsString();
        }
        StringBuilder text = new StringBuilder();
        src.getAsJsonArray().forEach(line -> text.append(line.getAsString()));
        return text.toString();
    }

    static List<JsonObject> cells(JsonObject nb, String type) {
        List<JsonObject> result = new ArrayList<>();
        for (JsonElement e : nb.getAsJsonArray("cells")) {
            if (e.getAsJsonObject().get("cell_type").getAsString().equals(type)) {
                result.add(e.getAsJsonObject());
            }
        }
        return result;
    }

    @Test
    void theCourseHasExactlyTheseNotebooks() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("notebooks"))) {
            List<String> found = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ipynb"))
                    .map(n -> n.substring(0, n.length() - ".ipynb".length())).sorted().toList();
            assertEquals(NOTEBOOKS, found, "notebooks/ should hold exactly the course's notebooks");
        }
    }

    @ParameterizedTest
    @MethodSource("notebooks")
    void isCommittedWithoutOutputs(String name) throws IOException {
        int index = 0;
        for (JsonObject cell : cells(read(name), "code")) {
            index++;
            JsonArray outputs = cell.getAsJsonArray("outputs");
            assertEquals(0, outputs.size(), name + ": code cell " + index + " has outputs; commit notebooks "
                    + "clean (Kernel > Restart & Clear Output), the book is built by notebooks/tools/course.py");
            assertTrue(cell.get("execution_count").isJsonNull(), name + ": code cell " + index + " has an execution count");
        }
    }

    @ParameterizedTest
    @MethodSource("notebooks")
    void runsOnTheJavaKernel(String name) throws IOException {
        JsonObject meta = read(name).getAsJsonObject("metadata");
        assertEquals("java", meta.getAsJsonObject("kernelspec").get("name").getAsString(), name + ": kernelspec");
        assertEquals("java", meta.getAsJsonObject("language_info").get("name").getAsString(), name + ": language");
    }

    @ParameterizedTest
    @MethodSource("notebooks")
    void firstCodeCellPutsTheLibraryOnTheClasspath(String name) throws IOException {
        assertEquals(JARS_CELL, source(cells(read(name), "code").get(0)).strip(), name + ": first code cell");
    }

    @ParameterizedTest
    @MethodSource("notebooks")
    void codeCellsAreShortAndAvoidIJavaPitfalls(String name) throws IOException {
        int index = 0;
        for (JsonObject cell : cells(read(name), "code")) {
            index++;
            String src = source(cell);
            long lines = src.lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("import ") && !l.startsWith("//")).count();
            assertTrue(lines <= MAX_CODE_LINES, name + ": code cell " + index + " has " + lines
                    + " lines (at most " + MAX_CODE_LINES + "): split it, or move plumbing into the library");
            assertFalse(src.contains("import java.awt.*"), name + ": code cell " + index
                    + " imports java.awt.*, which breaks IJava's magics (ambiguous List); import classes one by one");
            assertFalse(src.matches("(?sm).*^\\s*(public |private |static )*(class|interface|record|enum) .*"),
                    name + ": code cell " + index + " declares a type; helpers belong in the library");
        }
    }

    @ParameterizedTest
    @MethodSource("notebooks")
    void readsAsALesson(String name) throws IOException {
        StringBuilder markdown = new StringBuilder();
        cells(read(name), "markdown").forEach(c -> markdown.append(source(c)).append('\n'));
        String text = markdown.toString();
        assertTrue(text.contains("**Learning goals.**"), name + ": learning goals");
        assertTrue(text.contains("## Summary"), name + ": summary");
        assertTrue(text.contains("## Questions to think about"), name + ": questions to think about");
    }
}
