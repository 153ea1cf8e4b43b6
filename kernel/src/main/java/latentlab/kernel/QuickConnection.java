package latentlab.kernel;

import java.lang.reflect.Field;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellChannel;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import org.zeromq.ZMQ;

/**
 * The base kernel's connection with shell and control channels that look for requests every
 * {@link #POLL_MS} ms instead of every 50 ms: the base kernel's polling loop sleeps between
 * polls, and 50 ms of it would be most of a trivial cell's round trip.
 */
final class QuickConnection extends JupyterConnection {
    /** Between polls of the shell and control sockets: the wait a request may add. */
    static final long POLL_MS = 2;

    QuickConnection(KernelConnectionProperties properties)
            throws NoSuchAlgorithmException, InvalidKeyException {
        super(properties);
        try {
            ZMQ.Context context = (ZMQ.Context) field("ctx").get(this);
            replace("shell", new ShellChannel(context, properties.createHMACGenerator(), false, this, POLL_MS));
            replace("control", new ShellChannel(context, properties.createHMACGenerator(), true, this, POLL_MS));
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
