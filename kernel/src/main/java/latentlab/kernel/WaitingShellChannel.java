package latentlab.kernel;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.Loop;
import io.github.spencerpark.jupyter.channels.ShellChannel;
import io.github.spencerpark.jupyter.channels.ShellHandler;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Message;
import org.zeromq.ZMQ;

/**
 * A shell or control channel that waits in ZeroMQ's poll for the next request, so that it
 * wakes as soon as one arrives and not otherwise.
 *
 * <p>The base kernel's channel polls without waiting and sleeps between polls: with its 50 ms
 * sleep a request waits up to 50 ms, and with a short sleep an idle kernel wakes hundreds of
 * times a second on a machine whose cores are already shared. Requests are handled as the base
 * channel handles them: the handler that the connection registered for the message type, with
 * a reply environment whose deferred replies are sent once the handler returns.
 */
final class WaitingShellChannel extends ShellChannel {
    /** The longest wait in one poll: how soon a closed channel notices. */
    static final long WAIT_MS = 100;
    private static final AtomicInteger IDS = new AtomicInteger();

    private final boolean isControl;
    private final JupyterConnection connection;
    private volatile Loop loop;

    WaitingShellChannel(ZMQ.Context context, HMACGenerator hmac, boolean isControl, JupyterConnection connection) {
        super(context, hmac, isControl, connection);
        this.isControl = isControl;
        this.connection = connection;
    }

    @Override
    public void bind(KernelConnectionProperties properties) {
        if (loop != null) {
            throw new IllegalStateException((isControl ? "Control" : "Shell") + " channel already bound");
        }
        String name = (isControl ? "Control-" : "Shell-") + IDS.getAndIncrement();
        int port = isControl ? properties.getControlPort() : properties.getShellPort();
        super.bind(formatAddress(properties.getTransport(), properties.getIp(), port));
        ZMQ.Poller poller = ctx.poller(1);
        poller.register(this, ZMQ.Poller.POLLIN);
        loop = new Loop(name, () -> {
            if (poller.poll(WAIT_MS) > 0) {
                handle(readMessage());
            }
            return 0; // no sleep: the poll above has waited
        });
        loop.start();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void handle(Message message) {
        ShellHandler handler = connection.getHandler(message.getHeader().getType());
        if (handler == null) {
            logger.log(Level.SEVERE, "Unhandled message: " + message.getHeader().getType().getName());
            return;
        }
        long start = Trace.start();
        Trace.mark("got " + message.getHeader().getType().getName());
        LatentLabKernel kernel = LatentLabKernel.current();
        if (kernel != null) {
            kernel.warmup().requestStarted();
        }
        ShellReplyEnvironment env = connection.prepareReplyEnv(this, message);
        try {
            handler.handle(env, message);
        } catch (Exception e) {
            logger.log(Level.SEVERE, "Unhandled exception handling " + message.getHeader().getType().getName()
                    + ". " + e.getClass().getSimpleName() + " - " + e.getLocalizedMessage());
        } finally {
            env.resolveDeferrals();
            if (kernel != null) {
                kernel.warmup().requestEnded();
            }
        }
        Trace.took("handled " + message.getHeader().getType().getName(), start);
        if (env.isMarkedForShutdown()) {
            connection.close();
        }
    }

    /**
     * Stops the loop and, unless called from it, lets its last poll end before closing the socket
     * (a ZeroMQ socket must not be closed while another thread polls it). A loop still busy with
     * a request after that (a running cell, on shutdown) is not waited for, as in the base kernel.
     */
    @Override
    public void close() {
        Loop running = loop;
        if (running != null) {
            running.shutdown();
            if (running != Thread.currentThread()) {
                try {
                    running.join(2 * WAIT_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        super.close();
    }

    @Override
    public void waitUntilClose() {
        Loop running = loop;
        if (running != null) {
            try {
                running.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
