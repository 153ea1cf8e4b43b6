package latentlab.kernel;

import java.lang.reflect.Field;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellChannel;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import org.zeromq.ZMQ;

/**
 * The base kernel's connection with shell and control channels that wait for requests in
 * ZeroMQ's poll ({@link WaitingShellChannel}) instead of sleeping 50 ms between polls, which
 * would be most of a trivial cell's round trip.
 */
final class QuickConnection extends JupyterConnection {
    QuickConnection(KernelConnectionProperties properties)
            throws NoSuchAlgorithmException, InvalidKeyException {
        super(properties);
        try {
            ZMQ.Context context = (ZMQ.Context) field("ctx").get(this);
            replace("shell", new WaitingShellChannel(context, properties.createHMACGenerator(), false, this));
            replace("control", new WaitingShellChannel(context, properties.createHMACGenerator(), true, this));
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Another base-kernel version: keep its own channels, which only answer more slowly.
            System.err.println("LatentLab kernel: keeping the default 50 ms request polling (" + e + ")");
        }
    }

    /** Swaps a channel that is not bound yet; the unused one is closed. */
    private void replace(String name, ShellChannel channel) throws ReflectiveOperationException {
        Field field = field(name);
        ShellChannel old = (ShellChannel) field.get(this);
        field.set(this, channel);
        old.close();
    }

    private static Field field(String name) throws NoSuchFieldException {
        Field field = JupyterConnection.class.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }
}
