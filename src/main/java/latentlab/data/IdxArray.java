package latentlab.data;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A parsed IDX file: element type code, dimensions and the raw big-endian payload. Parsing
 * checks the magic number, the type, the rank and that the payload has exactly the size the
 * dimensions promise, naming the file in every error.
 */
record IdxArray(int type, int[] dims, ByteBuffer data) {

    static IdxArray parse(Path file, byte[] bytes) {
        if (bytes.length < 4) {
            throw Idx.fail(file, "at least a 4-byte IDX header", bytes.length + " bytes", "the file is truncated or empty");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int magic = buffer.getInt();
        int type = magic >>> 8 & 0xFF;
        int rank = magic & 0xFF;
        if (magic >>> 16 != 0 || elementSize(type) == 0 || rank == 0) {
            throw Idx.fail(file, "an IDX file starting with 0x0000TTRR (TT a type in 08,09,0B,0C,0D,0E; RR the rank >= 1)",
                    String.format("magic number 0x%08X", magic), "is it an IDX file? MNIST's files are e.g. train-images-idx3-ubyte");
        }
        if (bytes.length < 4 + 4L * rank) {
            throw Idx.fail(file, "a header of " + (4 + 4 * rank) + " bytes for rank " + rank,
                    bytes.length + " bytes", "the file is truncated");
        }
        int[] dims = new int[rank];
        long count = 1;
        for (int i = 0; i < rank; i++) {
            dims[i] = buffer.getInt();
            if (dims[i] < 0) {
                throw Idx.fail(file, "non-negative dimensions", "dimension " + i + " = " + dims[i], null);
            }
            count *= dims[i];
        }
        long expectedBytes = count * elementSize(type);
        long payload = bytes.length - buffer.position();
        if (payload != expectedBytes) {
            throw Idx.fail(file, expectedBytes + " data bytes for dimensions " + Arrays.toString(dims),
                    payload + (payload < expectedBytes ? " (truncated)" : " (trailing bytes)"),
                    "delete the file and download it again");
        }
        if (count > Integer.MAX_VALUE - 8) {
            throw Idx.fail(file, "fewer than 2^31 values", count + " values", null);
        }
        return new IdxArray(type, dims, buffer.slice());
    }

    long count() {
        return data.remaining() / elementSize(type);
    }

    /** All values as floats, each divided by {@code divisor}. */
    float[] toFloats(double divisor) {
        ByteBuffer in = data.duplicate();
        float[] out = new float[(int) count()];
        for (int i = 0; i < out.length; i++) {
            double v = switch (type) {
                case 0x08 -> in.get() & 0xFF;
                case 0x09 -> in.get();
                case 0x0B -> in.getShort();
                case 0x0C -> in.getInt();
                case 0x0D -> in.getFloat();
                default -> in.getDouble();
            };
            out[i] = (float) (v / divisor);
        }
        return out;
    }

    static int elementSize(int type) {
        return switch (type) {
            case 0x08, 0x09 -> 1;
            case 0x0B -> 2;
            case 0x0C, 0x0D -> 4;
            case 0x0E -> 8;
            default -> 0;
        };
    }
}
