package latentlab.kernel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;

/** Starts the kernel for Jupyter: {@code java ... latentlab.kernel.Main <connection-file>}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("--warmup")) {
            warmUp();
            System.exit(0);
        }
        if (args.length != 1) {
            System.err.println("usage: java -cp latentlab.jar:lib/* latentlab.kernel.Main <connection-file.json>\n"
                    + "Jupyter passes the connection file; install the kernel with kernel/install.sh.");
            System.exit(2);
        }
        Trace.mark("main");
        quietProtocolLogging();
        ClassDataArchive.warnIfStale();
        KernelConnectionProperties properties = KernelConnectionProperties.parse(Files.readString(Path.of(args[0])));
        JupyterConnection connection = new QuickConnection(properties);
        LatentLabKernel kernel = new LatentLabKernel();
        kernel.becomeHandlerForConnection(connection);
        kernel.startIdleWarmup();
        connection.connect();
        Trace.mark("connected");
        connection.waitUntilClose();
        // Library threads (ND4J, AWT) must not keep a shut-down kernel alive: Jupyter waits for it.
        System.exit(0);
    }

    /**
     * Runs typical first cells without Jupyter, so that install.sh can record the classes a
     * kernel start loads into a class-data archive (-XX:ArchiveClassesAtExit), which the
     * kernelspec then maps at start-up.
     */
    private static void warmUp() throws Exception {
        LatentLabKernel kernel = new LatentLabKernel();
        for (String cell : List.of("1 + 1", "int x = 2;\nx * 3", "Nd4j.zeros(2, 2)",
                "tech.tablesaw.api.Table.create(\"t\", tech.tablesaw.api.IntColumn.indexColumn(\"i\", 3, 0))",
                "var c = new org.knowm.xchart.XYChartBuilder().build();\n"
                        + "c.addSeries(\"s\", new double[] {1, 2}, new double[] {2, 1});\nc")) {
            kernel.eval(cell);
        }
    }

    /**
     * The base kernel logs every message at INFO through java.util.logging (loggers named
     * "Jupyter", "Loop-Shell-0", ...), into the terminal that runs Jupyter; keep warnings only.
     */
    private static void quietProtocolLogging() {
        Logger.getLogger("").setLevel(Level.WARNING);
    }
}
