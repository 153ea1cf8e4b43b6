package latentlab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed kernel through a real Jupyter client (Debian's jupyter_client and nbconvert,
 * run by /usr/bin/python3 or $LATENTLAB_PYTHON). The kernel is installed with
 * kernel/install.sh into a temporary Jupyter folder, so the user's own kernels are untouched.
 */
class KernelIT {
    private static final String KERNEL = "latentlab-it";
    private static final Path CHECKS = Path.of("kernel", "src", "test", "python");

    @TempDir
    static Path jupyter;

    @BeforeAll
    static void installKernel() throws Exception {
        Result check = run(List.of(python(), "-c", "import jupyter_client, nbclient, nbconvert"));
        assertEquals(0, check.exitValue(), "Jupyter is missing for " + python() + ": sudo apt-get install -y "
                + "jupyter-notebook jupyter-nbconvert python3-nbclient\n" + check.output());
        Result install = run(List.of("bash", "kernel/install.sh", "--prefix", jupyter.resolve("prefix").toString(),
                "--name", KERNEL));
        assertEquals(0, install.exitValue(), install.output());
        assertTrue(install.output().contains("Installed kernel '" + KERNEL + "'"), install.output());
    }

    @Test
    void kernelAnswersAJupyterClient() throws Exception {
        Result client = run(List.of(python(), CHECKS.resolve("kernel_client_check.py").toString(), KERNEL));
        String output = client.output();
        assertEquals(0, client.exitValue(), output);
        for (String check : List.of("ok kernel_info", "ok execute and stream", "ok stdout streamed",
                "ok image/png from an XChart chart", "ok text/html from a Tablesaw table", "ok error replies",
                "ok interrupt of while (true) {}", "ok restart", "ok shutdown")) {
            assertTrue(output.contains(check), "missing '" + check + "' in:\n" + output);
        }
        System.out.println(output);
    }

    @Test
    void notebookRunsUnderNbconvert() throws Exception {
        Result notebook = run(List.of(python(), CHECKS.resolve("notebook_check.py").toString(), KERNEL,
                jupyter.resolve("executed").toString()));
        String output = notebook.output();
        assertEquals(0, notebook.exitValue(), output);
        assertTrue(output.contains("ok notebook executed with nbconvert"), output);
    }

    @Test
    void fastStartKernelRecordsItsOptionsKeepsThemAndAnswers() throws Exception {
        String prefix = jupyter.resolve("prefix").toString();
        Result install = run(List.of("bash", "kernel/install.sh", "--prefix", prefix, "--name", "latentlab-fast",
                "--fast-start"));
        assertEquals(0, install.exitValue(), install.output());
        Path spec = jupyter.resolve("prefix/share/jupyter/kernels/latentlab-fast/kernel.json");
        String json = Files.readString(spec);
        assertTrue(json.contains("\"-XX:TieredStopAtLevel=1\"") && json.contains("fast start"), json);
        Result again = run(List.of("bash", "kernel/install.sh", "--prefix", prefix, "--name", "latentlab-fast",
                "--same-options"));
        assertEquals(0, again.exitValue(), again.output());
        assertEquals(json.replaceAll("\\s", ""), Files.readString(spec).replaceAll("\\s", ""));
        Result bad = run(List.of("bash", "kernel/install.sh", "--prefix", prefix, "--name", "latentlab-fast",
                "--java-option", "-XX:NoSuchOption"));
        assertEquals(2, bad.exitValue(), bad.output());
        assertTrue(bad.output().contains("Nothing was installed or changed"), bad.output());
        assertEquals(json, Files.readString(spec));
        Result client = run(List.of(python(), CHECKS.resolve("measure.py").toString(), "--kernel", "latentlab-fast",
                "--runs", "1", "--cells", "2", "--no-nd4j"));
        assertEquals(0, client.exitValue(), client.output());
        assertTrue(client.output().contains("start to first result"), client.output());
    }

    private static String python() {
        String python = System.getenv("LATENTLAB_PYTHON");
        return python == null || python.isBlank() ? "/usr/bin/python3" : python;
    }

    /** What a finished command printed (stdout and stderr) and its exit status. */
    private record Result(int exitValue, String output) {}

    /** Runs a command from the project folder with Jupyter pointed at the temporary folder. */
    private static Result run(List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(jupyter, "command", ".log");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("JUPYTER_PATH", jupyter.resolve("prefix/share/jupyter").toString());
        env.put("JUPYTER_DATA_DIR", jupyter.resolve("data").toString());
        env.put("JUPYTER_CONFIG_DIR", jupyter.resolve("config").toString());
        env.put("JUPYTER_RUNTIME_DIR", jupyter.resolve("runtime").toString());
        env.put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        env.put("PYTHONWARNINGS", "ignore");
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            return new Result(-1, "timed out after 15 minutes:\n" + Files.readString(log));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
