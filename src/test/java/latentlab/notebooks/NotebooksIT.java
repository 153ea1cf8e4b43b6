package latentlab.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Executes every notebook end to end through the real Jupyter client (nbclient, from Debian's
 * {@code /usr/bin/python3}) on the LatentLab kernel, installed by {@code kernel/install.sh} into a
 * private Jupyter data folder, with the small budget ({@code LATENTLAB_BUDGET=ci}, set by failsafe).
 * {@code notebooks/tools/course.py} runs and checks each notebook: no error output, every tagged
 * figure present as image/png, every numeric check passed, and the exercise checks reporting
 * <ul>
 *   <li>"not yet implemented" on the committed stubs in {@code exercises/}, and</li>
 *   <li>"passed" with a copy of {@code solutions/} as the exercises folder
 *       ({@code LATENTLAB_EXERCISES}).</li>
 * </ul>
 * A failure names the notebook and the cell. The executed notebooks and their HTML are kept in
 * {@code target/notebooks-it/} for inspection. {@code -Dlatentlab.notebooks=00-setup,02-kl-and-elbo}
 * runs only those.
 */
class NotebooksIT {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path WORK = ROOT.resolve("target/notebooks-it");
    private static final Path JUPYTER_DATA = WORK.resolve("jupyter");
    private static final Path SOLUTIONS_AS_EXERCISES = WORK.resolve("solutions-as-exercises");
    private static final String PYTHON = "/usr/bin/python3";
    private static final long MINUTES_PER_NOTEBOOK = 15;

    @BeforeAll
    static void installKernelAndCopySolutions() throws IOException, InterruptedException {
        Files.createDirectories(WORK);
        Run check = run(List.of(PYTHON, "-c", "import nbclient, nbconvert, jupyter_client"), Map.of(), 2);
        assertEquals(0, check.exit, "the notebook tests need Debian's Jupyter (sudo apt-get install -y "
                + "jupyter-notebook jupyter-nbconvert python3-nbclient), or skip them with -DskipITs:\n" + check.output);
        Run install = run(List.of("bash", "kernel/install.sh", "--user", "--force"), jupyterEnv(), 10);
        assertEquals(0, install.exit, "kernel/install.sh failed:\n" + install.output);
        copyTree(ROOT.resolve("solutions"), SOLUTIONS_AS_EXERCISES);
    }

    /** All notebooks, or those named in the system property {@code latentlab.notebooks} (comma-separated). */
    private static Stream<String> notebooks() {
        String only = System.getProperty("latentlab.notebooks", "").strip();
        return only.isEmpty() ? NotebookFilesTest.NOTEBOOKS.stream() : Stream.of(only.split(",")).map(String::strip);
    }

    @TestFactory
    Stream<DynamicTest> notebooksRunOnTheStudentStubs() {
        return notebooks().map(name -> DynamicTest.dynamicTest(name + " (stubs)",
                () -> execute(name, "stubs", Map.of())));
    }

    @TestFactory
    Stream<DynamicTest> notebooksRunOnTheSolutions() {
        return notebooks().map(name -> DynamicTest.dynamicTest(name + " (solutions)",
                () -> execute(name, "solutions", Map.of("LATENTLAB_EXERCISES", SOLUTIONS_AS_EXERCISES.toString()))));
    }

    private static void execute(String name, String expect, Map<String, String> env) throws Exception {
        Map<String, String> environment = new HashMap<>(jupyterEnv());
        environment.putAll(env);
        List<String> command = List.of(PYTHON, "notebooks/tools/course.py", "--kernel", "java", "--budget", "ci",
                "--expect", expect, "--timeout", "900", "--out", WORK.resolve(expect).toString(), name);
        Run result = run(command, environment, MINUTES_PER_NOTEBOOK);
        if (result.exit != 0) {
            fail(name + " (" + expect + ") failed; executed notebook in " + WORK.resolve(expect) + "\n" + result.output);
        }
        assertTrue(result.output.contains(name + ": ok"), result.output);
    }

    private static Map<String, String> jupyterEnv() {
        return Map.of("JUPYTER_DATA_DIR", JUPYTER_DATA.toString(), "JUPYTER_PATH", JUPYTER_DATA.toString(),
                "LATENTLAB_EXERCISES", "");
    }

    private record Run(int exit, String output) {
    }

    private static Run run(List<String> command, Map<String, String> env, long minutes)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        env.forEach((k, v) -> {
            if (v.isEmpty()) {
                builder.environment().remove(k);
            } else {
                builder.environment().put(k, v);
            }
        });
        Path log = Files.createTempFile(WORK, "run", ".log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            return new Run(-1, "timed out after " + minutes + " min: " + command + "\n" + Files.readString(log));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        return new Run(process.exitValue(), output);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(files::add);
        }
        for (Path source : files) {
            Path target = to.resolve(from.relativize(source).toString());
            if (Files.isDirectory(source)) {
                Files.createDirectories(target);
            } else {
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
