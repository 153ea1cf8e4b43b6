package latentlab.grader.child;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the child JVM reports for one {@link Call}.
 *
 * @param status    how the call ended
 * @param value     the returned value when {@code status == OK}
 * @param exception the class of what was thrown, or null
 * @param message   the exception's message, the violated permission, or what went wrong
 * @param where     the first stack frames of the student's code, for feedback
 * @param mutated   indices of array arguments whose values changed during the call
 * @param output    what the call printed (stdout and stderr), capped
 * @param nanos     wall time of the call in the child
 */
public record Reply(Status status, Object value, String exception, String message, String where,
                    List<Integer> mutated, String output, long nanos) {

    /** How a call ended. */
    public enum Status {
        OK, THREW, NO_CLASS, MISSING_METHOD, STACK_OVERFLOW, OUT_OF_MEMORY, EXIT_ATTEMPT,
        SANDBOX_VIOLATION, THREAD_LEFT_RUNNING, BAD_RESULT
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeByte(status.ordinal());
        Wire.write(out, value);
        Wire.write(out, exception);
        Wire.write(out, message);
        Wire.write(out, where);
        out.writeInt(mutated.size());
        for (int i : mutated) {
            out.writeInt(i);
        }
        Wire.write(out, output);
        out.writeLong(nanos);
    }

    public static Reply read(DataInputStream in) throws IOException {
        int ordinal = in.readByte();
        if (ordinal < 0 || ordinal >= Status.values().length) {
            throw new IOException("corrupted stream: status " + ordinal);
        }
        Object value = Wire.read(in);
        String exception = (String) Wire.read(in);
        String message = (String) Wire.read(in);
        String where = (String) Wire.read(in);
        int count = in.readInt();
        if (count < 0 || count > 64) {
            throw new IOException("corrupted stream: " + count + " mutated arguments");
        }
        List<Integer> mutated = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            mutated.add(in.readInt());
        }
        String output = (String) Wire.read(in);
        return new Reply(Status.values()[ordinal], value, exception, message, where, mutated, output, in.readLong());
    }
}
