package latentlab.grader.child;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * One call of an exercise method in the child JVM: {@code new latentlab.course.<Iface>Impl()}
 * (made once per child) then {@code method(args)}, looked up by name and parameter types.
 *
 * @param exercise   the interface's simple name, e.g. {@code "Divergences"}
 * @param method     the method's name, e.g. {@code "klToStandardNormal"}
 * @param paramTypes the parameter types' names, e.g. {@code ["org.nd4j.linalg.api.ndarray.INDArray", "double"]}
 * @param args       the arguments, sent over {@link Wire}
 */
public record Call(String exercise, String method, List<String> paramTypes, List<Object> args) {

    public void write(DataOutputStream out) throws IOException {
        Wire.writeString(out, exercise);
        Wire.writeString(out, method);
        out.writeInt(paramTypes.size());
        for (String type : paramTypes) {
            Wire.writeString(out, type);
        }
        Wire.write(out, args);
    }

    @SuppressWarnings("unchecked")
    public static Call read(DataInputStream in) throws IOException {
        String exercise = Wire.readString(in);
        String method = Wire.readString(in);
        int count = in.readInt();
        if (count < 0 || count > 64) {
            throw new IOException("corrupted stream: " + count + " parameters");
        }
        String[] types = new String[count];
        for (int i = 0; i < count; i++) {
            types[i] = Wire.readString(in);
        }
        Object args = Wire.read(in);
        return new Call(exercise, method, List.of(types), (List<Object>) args);
    }
}
