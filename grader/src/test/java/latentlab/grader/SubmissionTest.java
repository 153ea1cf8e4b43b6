package latentlab.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionTest {
    @TempDir
    Path temp;

    @Test
    void findsExerciseFilesInsideAZipPreferringTheCoursePackage() throws IOException {
        Path zip = temp.resolve("carol.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            put(out, "carol/notes/FlowsImpl.java", "// an old copy");
            put(out, "carol/exercises/latentlab/course/FlowsImpl.java", "// the real one");
        }
        Submission submission = Submission.open(zip, Files.createDirectories(temp.resolve("work")));
        Map<String, Path> sources = submission.sources(List.of("Flows", "Divergences"));
        assertEquals("carol", submission.id());
        assertEquals(List.of("Flows"), List.copyOf(sources.keySet()));
        assertTrue(sources.get("Flows").toString().endsWith("exercises/latentlab/course/FlowsImpl.java"));
    }

    @Test
    void refusesZipEntriesThatEscapeTheirFolder() throws IOException {
        Path zip = temp.resolve("mallory.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            put(out, "../../escaped.txt", "x");
        }
        IOException error = assertThrows(IOException.class,
                () -> Submission.open(zip, Files.createDirectories(temp.resolve("work"))));
        assertTrue(error.getMessage().contains("has an entry outside its folder"), error.getMessage());
    }

    @Test
    void theChildClassPathNeverHoldsTheSolutions() {
        assertTrue(Layout.libraryClasspath().stream().noneMatch(Layout::holdsSolutions));
        assertTrue(Layout.libraryClasspath().stream().noneMatch(p -> p.toString().contains("solutions")));
        assertTrue(Layout.libraryClasspath().stream().anyMatch(p -> Files.exists(p.resolve("latentlab/exercises"))
                || p.getFileName().toString().equals("latentlab.jar")), "the library itself is on it");
    }

    private static void put(ZipOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(text.getBytes());
        out.closeEntry();
    }
}
