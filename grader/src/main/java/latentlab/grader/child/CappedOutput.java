package latentlab.grader.child;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Where System.out and System.err go in the child: keeps the first {@code limit} bytes of
 * what a call prints and counts the rest, so a student printing in a loop cannot fill the
 * grader's memory or the report.
 */
final class CappedOutput extends OutputStream {
    private final byte[] kept;
    private int size;
    private long dropped;

    CappedOutput(int limit) {
        this.kept = new byte[limit];
    }

    @Override
    public synchronized void write(int b) {
        if (size < kept.length) {
            kept[size++] = (byte) b;
        } else {
            dropped++;
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        int room = Math.min(len, kept.length - size);
        if (room > 0) {
            System.arraycopy(b, off, kept, size, room);
            size += room;
        }
        dropped += len - Math.max(room, 0);
    }

    /** What was printed since the last call, then forgets it. */
    synchronized String takeText() {
        String text = new String(kept, 0, size, StandardCharsets.UTF_8);
        if (dropped > 0) {
            text += "\n... [" + dropped + " more bytes of output cut]";
        }
        size = 0;
        dropped = 0;
        return text;
    }
}
