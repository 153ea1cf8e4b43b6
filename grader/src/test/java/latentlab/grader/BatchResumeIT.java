package latentlab.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch killed half way resumes: finished results are kept as they were, the rest are graded. */
class BatchResumeIT {
    @TempDir
    Path temp;

    @Test
    void aKilledBatchResumesWithoutLosingFinishedResults() throws Exception {
        Path submissions = Files.createDirectories(temp.resolve("class"));
        for (String student : List.of("ana", "ben", "cem", "dia")) {
            copy(CorpusIT.CORPUS.resolve("different-cycle-consistency"), submissions.resolve(student));
        }
        Path out = temp.resolve("out");
        Path students = out.resolve("students");

        Process first = batch(submissions, out).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (jsonCount(students) == 0 && System.nanoTime() < deadline && first.isAlive()) {
            Thread.sleep(100);
        }
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        List<Path> finished = jsons(students);
        assertTrue(!finished.isEmpty() && finished.size() < 4, "killed after some but not all: " + finished);
        FileTime before = Files.getLastModifiedTime(finished.get(0));
        String content = Files.readString(finished.get(0));

        Process second = batch(submissions, out).redirectOutput(temp.resolve("second.log").toFile()).start();
        assertTrue(second.waitFor(4, TimeUnit.MINUTES), "the resumed batch finishes");
        assertEquals(0, second.exitValue(), Files.readString(temp.resolve("second.log")));
        assertEquals(4, jsonCount(students));
        assertEquals(before, Files.getLastModifiedTime(finished.get(0)), "a finished result is not graded again");
        assertEquals(content, Files.readString(finished.get(0)));
        String log = Files.readString(temp.resolve("second.log"));
        assertTrue(log.contains("resumed: " + finished.size() + " submissions already graded"), log);
        assertEquals(5, Files.readAllLines(out.resolve("grades.csv")).size());
    }

    private ProcessBuilder batch(Path submissions, Path out) {
        List<String> command = new ArrayList<>(List.of(Layout.javaExecutable().toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "batch", submissions.toString(),
                "--out", out.toString(), "--workers", "1", "--exercise", "CycleConsistency"));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }

    private static long jsonCount(Path dir) throws IOException {
        return jsons(dir).size();
    }

    private static List<Path> jsons(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")
                    && !f.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
