package latentlab.kernel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;

/** Starts the kernel for Jupyter: {@code java ... latentlab.kernel.Main <connection-file>}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java -cp latentlab.jar:lib/* latentlab.kernel.Main <connection-file.json>\n"
                    + "Jupyter passes the connection file; install the kernel with kernel/install.sh.");
            System.exit(2);
        }
        quietProtocolLogging();
        KernelConnectionProperties properties = KernelConnectionProperties.parse(Files.readString(Path.of(args[0])));
        JupyterConnection connection = new JupyterConnection(properties);
        LatentLabKernel kernel = new LatentLabKernel();
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
        // Library threads (ND4J, AWT) must not keep a shut-down kernel alive: Jupyter waits for it.
        System.exit(0);
    }

    /**
     * The base kernel logs every message at INFO through java.util.logging (loggers named
     * "Jupyter", "Loop-Shell-0", ...), into the terminal that runs Jupyter; keep warnings only.
     */
    private static void quietProtocolLogging() {
        Logger.getLogger("").setLevel(Level.WARNING);
    }
}
