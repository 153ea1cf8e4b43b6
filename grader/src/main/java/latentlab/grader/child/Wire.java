package latentlab.grader.child;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The binary encoding of exercise arguments and results between the grader and its child
 * JVM: {@code null}, {@code double}, {@code int}, {@code long}, {@code boolean},
 * {@code String}, {@code INDArray} (dtype, shape, values in row-major order, sent as
 * float64), records of these (class name and components, rebuilt with the canonical
 * constructor) and lists.
 *
 * <p>Anything else is refused with an {@link IOException}, so a student's exotic return value
 * becomes a clear verdict instead of a corrupted stream.
 */
public final class Wire {
    private static final int NULL = 0;
    private static final int DOUBLE = 1;
    private static final int INT = 2;
    private static final int LONG = 3;
    private static final int BOOLEAN = 4;
    private static final int STRING = 5;
    private static final int ARRAY = 6;
    private static final int RECORD = 7;
    private static final int LIST = 8;

    /** Largest array the wire accepts, in elements; bigger results are refused, not sent. */
    public static final long MAX_ELEMENTS = 4_000_000;

    private Wire() {
    }

    public static void write(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof Double d) {
            out.writeByte(DOUBLE);
            out.writeDouble(d);
        } else if (value instanceof Float f) {
            out.writeByte(DOUBLE);
            out.writeDouble(f);
        } else if (value instanceof Integer i) {
            out.writeByte(INT);
            out.writeInt(i);
        } else if (value instanceof Long l) {
            out.writeByte(LONG);
            out.writeLong(l);
        } else if (value instanceof Boolean b) {
            out.writeByte(BOOLEAN);
            out.writeBoolean(b);
        } else if (value instanceof String s) {
            out.writeByte(STRING);
            writeString(out, s);
        } else if (value instanceof INDArray array) {
            writeArray(out, array);
        } else if (value instanceof Record record) {
            writeRecord(out, record);
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object item : list) {
                write(out, item);
            }
        } else {
            throw new IOException("cannot send a " + value.getClass().getName());
        }
    }

    public static Object read(DataInputStream in) throws IOException {
        int tag = in.readByte();
        return switch (tag) {
            case NULL -> null;
            case DOUBLE -> in.readDouble();
            case INT -> in.readInt();
            case LONG -> in.readLong();
            case BOOLEAN -> in.readBoolean();
            case STRING -> readString(in);
            case ARRAY -> readArray(in);
            case RECORD -> readRecord(in);
            case LIST -> readList(in);
            default -> throw new IOException("corrupted stream: unknown tag " + tag);
        };
    }

    /** Strings are length-prefixed UTF-8, so long captured output fits (writeUTF stops at 64 KB). */
    public static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    public static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 64 << 20) {
            throw new IOException("corrupted stream: string of length " + length);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void writeArray(DataOutputStream out, INDArray array) throws IOException {
        if (array.length() > MAX_ELEMENTS) {
            throw new IOException("array of shape " + java.util.Arrays.toString(array.shape()) + " is too large to send");
        }
        out.writeByte(ARRAY);
        writeString(out, array.dataType().name());
        long[] shape = array.shape();
        out.writeInt(shape.length);
        for (long d : shape) {
            out.writeLong(d);
        }
        double[] values = values(array);
        out.writeInt(values.length);
        for (double v : values) {
            out.writeDouble(v);
        }
    }

    /**
     * The elements in row-major order as float64 (a new Java array; {@code array} is not
     * modified). A float64 array that owns its whole buffer in C order is read directly, without
     * the copy other layouts (views, F order, other dtypes) need first.
     */
    public static double[] values(INDArray array) {
        if (array.length() == 0) {
            return new double[0];
        }
        if (array.dataType() == DataType.DOUBLE && array.ordering() == 'c' && array.offset() == 0
                && array.data().length() == array.length() && Shape.hasDefaultStridesForShape(array)) {
            return array.data().asDouble();
        }
        return array.castTo(DataType.DOUBLE).dup('c').data().asDouble();
    }

    private static INDArray readArray(DataInputStream in) throws IOException {
        DataType dtype;
        try {
            dtype = DataType.valueOf(readString(in));
        } catch (IllegalArgumentException e) {
            throw new IOException("corrupted stream: unknown dtype", e);
        }
        int rank = in.readInt();
        if (rank < 0 || rank > 32) {
            throw new IOException("corrupted stream: rank " + rank);
        }
        long[] shape = new long[rank];
        for (int i = 0; i < rank; i++) {
            shape[i] = in.readLong();
        }
        int length = in.readInt();
        if (length < 0 || length > MAX_ELEMENTS) {
            throw new IOException("corrupted stream: array length " + length);
        }
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = in.readDouble();
        }
        return Nd4j.create(values, shape, DataType.DOUBLE).castTo(dtype);
    }

    private static void writeRecord(DataOutputStream out, Record record) throws IOException {
        RecordComponent[] components = record.getClass().getRecordComponents();
        out.writeByte(RECORD);
        writeString(out, record.getClass().getName());
        out.writeInt(components.length);
        for (RecordComponent component : components) {
            try {
                write(out, component.getAccessor().invoke(record));
            } catch (ReflectiveOperationException e) {
                throw new IOException("cannot read " + component.getName() + " of " + record.getClass().getName(), e);
            }
        }
    }

    private static Object readRecord(DataInputStream in) throws IOException {
        String name = readString(in);
        int count = in.readInt();
        if (count < 0 || count > 64) {
            throw new IOException("corrupted stream: record with " + count + " components");
        }
        Object[] values = new Object[count];
        for (int i = 0; i < count; i++) {
            values[i] = read(in);
        }
        try {
            // Only records of the library (or the JDK) are rebuilt: a student's class never is.
            if (!name.startsWith("latentlab.") || name.startsWith("latentlab.course.")) {
                throw new IOException("refusing to rebuild record " + name);
            }
            Class<?> type = Class.forName(name, false, Wire.class.getClassLoader());
            RecordComponent[] components = type.getRecordComponents();
            if (components == null || components.length != count) {
                throw new IOException("record " + name + " does not have " + count + " components");
            }
            Class<?>[] types = new Class<?>[count];
            for (int i = 0; i < count; i++) {
                types[i] = components[i].getType();
            }
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IOException("cannot rebuild record " + name + ": " + e, e);
        }
    }

    private static List<Object> readList(DataInputStream in) throws IOException {
        int size = in.readInt();
        if (size < 0 || size > 1_000_000) {
            throw new IOException("corrupted stream: list of size " + size);
        }
        List<Object> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(read(in));
        }
        return list;
    }
}
