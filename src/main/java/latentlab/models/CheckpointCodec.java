package latentlab.models;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The payload of a {@link Checkpoint}: strings, named arrays (dtype, shape, values in
 * row-major order) and the history table column by column (int, long, float, double or
 * string columns).
 */
final class CheckpointCodec {
    private static final int MAX_RANK = 8;

    private CheckpointCodec() {
    }

    static void writePayload(DataOutputStream out, Checkpoint checkpoint) throws IOException {
        out.writeUTF(checkpoint.model());
        writeLongString(out, checkpoint.config());
        writeArrays(out, checkpoint.weights());
        writeArrays(out, checkpoint.optimizerState());
        writeTable(out, checkpoint.history());
    }

    static Checkpoint readPayload(DataInputStream in) throws IOException {
        String model = in.readUTF();
        String config = readLongString(in);
        Map<String, INDArray> weights = readArrays(in);
        Map<String, INDArray> optimizer = readArrays(in);
        Table history = readTable(in);
        return new Checkpoint(model, config, weights, optimizer, history);
    }

    private static void writeLongString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readLongString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("string length " + length + " is out of range");
        }
        return new String(in.readNBytes(length), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void writeArrays(DataOutputStream out, Map<String, INDArray> arrays) throws IOException {
        out.writeInt(arrays.size());
        for (Map.Entry<String, INDArray> entry : arrays.entrySet()) {
            INDArray array = entry.getValue();
            boolean isDouble = array.dataType() == DataType.DOUBLE;
            out.writeUTF(entry.getKey());
            out.writeByte(isDouble ? 'd' : 'f');
            long[] shape = array.shape();
            out.writeByte(shape.length);
            for (long d : shape) {
                out.writeLong(d);
            }
            INDArray c = array.dup('c');
            if (isDouble) {
                for (double v : c.data().asDouble()) {
                    out.writeDouble(v);
                }
            } else {
                for (float v : c.castTo(DataType.FLOAT).data().asFloat()) {
                    out.writeFloat(v);
                }
            }
        }
    }

    private static Map<String, INDArray> readArrays(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > 100_000) {
            throw new IOException("array count " + count + " is out of range");
        }
        Map<String, INDArray> arrays = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String name = in.readUTF();
            int kind = in.readByte();
            int rank = in.readByte();
            if (rank < 0 || rank > MAX_RANK || kind != 'd' && kind != 'f') {
                throw new IOException("array '" + name + "' has an invalid header");
            }
            long[] shape = new long[rank];
            long length = 1;
            for (int d = 0; d < rank; d++) {
                shape[d] = in.readLong();
                if (shape[d] < 0) {
                    throw new IOException("array '" + name + "' has a negative dimension");
                }
                length *= shape[d];
            }
            long bytes = length * (kind == 'd' ? 8 : 4);
            if (length > Integer.MAX_VALUE || bytes > in.available()) {
                throw new IOException("array '" + name + "' claims " + length + " values but the file is shorter");
            }
            if (kind == 'd') {
                double[] values = new double[(int) length];
                for (int j = 0; j < values.length; j++) {
                    values[j] = in.readDouble();
                }
                arrays.put(name, Nd4j.create(values, shape, DataType.DOUBLE));
            } else {
                float[] values = new float[(int) length];
                for (int j = 0; j < values.length; j++) {
                    values[j] = in.readFloat();
                }
                arrays.put(name, Nd4j.create(values, shape, 'c'));
            }
        }
        return arrays;
    }

    private static void writeTable(DataOutputStream out, Table table) throws IOException {
        out.writeUTF(table.name() == null ? "history" : table.name());
        out.writeInt(table.columnCount());
        out.writeInt(table.rowCount());
        for (Column<?> column : table.columns()) {
            out.writeUTF(column.name());
            if (column instanceof IntColumn ints) {
                out.writeByte('i');
                for (int r = 0; r < ints.size(); r++) {
                    out.writeInt(ints.getInt(r));
                }
            } else if (column instanceof LongColumn longs) {
                out.writeByte('l');
                for (int r = 0; r < longs.size(); r++) {
                    out.writeLong(longs.getLong(r));
                }
            } else if (column instanceof FloatColumn floats) {
                out.writeByte('f');
                for (int r = 0; r < floats.size(); r++) {
                    out.writeFloat(floats.getFloat(r));
                }
            } else if (column instanceof DoubleColumn doubles) {
                out.writeByte('d');
                for (int r = 0; r < doubles.size(); r++) {
                    out.writeDouble(doubles.getDouble(r));
                }
            } else {
                out.writeByte('s');
                for (int r = 0; r < column.size(); r++) {
                    out.writeUTF(column.getString(r));
                }
            }
        }
    }

    private static Table readTable(DataInputStream in) throws IOException {
        Table table = Table.create(in.readUTF());
        int columns = in.readInt();
        int rows = in.readInt();
        if (columns < 0 || rows < 0 || (long) columns * rows > in.available()) {
            throw new IOException("history table of " + columns + " columns and " + rows + " rows is out of range");
        }
        for (int c = 0; c < columns; c++) {
            String name = in.readUTF();
            int kind = in.readByte();
            switch (kind) {
                case 'i' -> {
                    int[] v = new int[rows];
                    for (int r = 0; r < rows; r++) {
                        v[r] = in.readInt();
                    }
                    table.addColumns(IntColumn.create(name, v));
                }
                case 'l' -> {
                    long[] v = new long[rows];
                    for (int r = 0; r < rows; r++) {
                        v[r] = in.readLong();
                    }
                    table.addColumns(LongColumn.create(name, v));
                }
                case 'f' -> {
                    float[] v = new float[rows];
                    for (int r = 0; r < rows; r++) {
                        v[r] = in.readFloat();
                    }
                    table.addColumns(FloatColumn.create(name, v));
                }
                case 'd' -> {
                    double[] v = new double[rows];
                    for (int r = 0; r < rows; r++) {
                        v[r] = in.readDouble();
                    }
                    table.addColumns(DoubleColumn.create(name, v));
                }
                case 's' -> {
                    String[] v = new String[rows];
                    for (int r = 0; r < rows; r++) {
                        v[r] = in.readUTF();
                    }
                    table.addColumns(StringColumn.create(name, v));
                }
                default -> throw new IOException("history column '" + name + "' has unknown type " + kind);
            }
        }
        return table;
    }
}
