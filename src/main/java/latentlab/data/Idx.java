package latentlab.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import latentlab.tensor.Failure;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reads and writes IDX files, MNIST's format: a big-endian header {@code 0x00 0x00 type
 * rank}, then {@code rank} int32 dimensions, then the values in row-major order. Types:
 * 0x08 unsigned byte, 0x09 byte, 0x0B int16, 0x0C int32, 0x0D float32, 0x0E float64.
 * Files ending in {@code .gz} (or starting with the gzip magic) are (de)compressed on the fly.
 *
 * <p>A corrupt, truncated or oversized file throws an {@link IllegalArgumentException} whose
 * message names the file and what is wrong; I/O failures throw {@link UncheckedIOException}.
 * Arrays passed to the writers are not modified.
 */
public final class Idx {
    static final int UBYTE = 0x08;
    static final int FLOAT = 0x0D;

    private Idx() {
    }

    /** Images as x [N, H*W] float32 in [0, 1] (ubyte / 255; float files are taken as they are). */
    public static INDArray readImages(Path file) {
        IdxArray idx = IdxArray.parse(file, readBytes(file));
        if (idx.dims().length < 2) {
            throw fail(file, "an image file with dimensions [N, H, W]", "dimensions " + Arrays.toString(idx.dims()),
                    "is this a label file? Use Idx.readLabels");
        }
        int n = idx.dims()[0];
        long d = idx.count() / Math.max(1, n);
        float[] values = idx.toFloats(idx.type() == UBYTE ? 255 : 1);
        return Nd4j.create(values, new long[] {n, d}, 'c');
    }

    /** Labels as [N] int32, from a rank-1 integer IDX file. */
    public static INDArray readLabels(Path file) {
        IdxArray idx = IdxArray.parse(file, readBytes(file));
        if (idx.dims().length != 1 || idx.type() == FLOAT || idx.type() == 0x0E) {
            throw fail(file, "a label file: integer values with dimensions [N]",
                    "type 0x" + Integer.toHexString(idx.type()) + ", dimensions " + Arrays.toString(idx.dims()),
                    "is this an image file? Use Idx.readImages");
        }
        float[] values = idx.toFloats(1);
        int[] labels = new int[values.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (int) values[i];
        }
        return Nd4j.createFromArray(labels);
    }

    /** Any IDX file as a float32 array of the file's shape (raw values, no scaling). */
    public static INDArray read(Path file) {
        IdxArray idx = IdxArray.parse(file, readBytes(file));
        long[] shape = Arrays.stream(idx.dims()).asLongStream().toArray();
        return Nd4j.create(idx.toFloats(1), shape, 'c');
    }

    /**
     * Writes images x [N, height*width] with values in [0, 1] as unsigned bytes
     * ({@code round(255 v)}, clipped), in MNIST's layout [N, height, width].
     */
    public static void writeImages(Path file, INDArray x, int height, int width) {
        if (x == null || x.rank() != 2 || x.columns() != (long) height * width) {
            throw Failure.in("Idx.writeImages").argument("x").expected("[N, H*W=" + height * width + "]")
                    .got(x == null ? "null" : Arrays.toString(x.shape())).exception();
        }
        float[] values = x.castTo(DataType.FLOAT).data().asFloat();
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            float v = Float.isNaN(values[i]) ? 0 : Math.max(0, Math.min(1, values[i]));
            bytes[i] = (byte) Math.round(255 * v);
        }
        write(file, UBYTE, new int[] {(int) x.rows(), height, width}, bytes);
    }

    /** Writes labels [N] (each in 0..255) as unsigned bytes. */
    public static void writeLabels(Path file, INDArray labels) {
        if (labels == null || labels.rank() != 1) {
            throw Failure.in("Idx.writeLabels").argument("labels").expected("[N]")
                    .got(labels == null ? "null" : Arrays.toString(labels.shape())).exception();
        }
        int[] values = labels.toIntVector();
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0 || values[i] > 255) {
                throw Failure.in("Idx.writeLabels").argument("labels").expected("values in 0..255 (unsigned bytes)")
                        .got(values[i] + " at index " + i).exception();
            }
            bytes[i] = (byte) values[i];
        }
        write(file, UBYTE, new int[] {values.length}, bytes);
    }

    /** Writes any array as float32 IDX with its own shape (exact round trip for float data). */
    public static void writeFloats(Path file, INDArray array) {
        float[] values = array.castTo(DataType.FLOAT).dup('c').data().asFloat();
        ByteBuffer buffer = ByteBuffer.allocate(4 * values.length);
        buffer.asFloatBuffer().put(values);
        write(file, FLOAT, Arrays.stream(array.shape()).mapToInt(Math::toIntExact).toArray(), buffer.array());
    }

    private static void write(Path file, int type, int[] dims, byte[] data) {
        ByteBuffer header = ByteBuffer.allocate(4 + 4 * dims.length);
        header.put((byte) 0).put((byte) 0).put((byte) type).put((byte) dims.length);
        for (int d : dims) {
            header.putInt(d);
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream raw = Files.newOutputStream(file);
                 OutputStream out = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw) {
                out.write(header.array());
                out.write(data);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Idx.write: could not write " + file + ": " + e, e);
        }
    }

    /** The file's bytes, gunzipped when it starts with the gzip magic 1f 8b. */
    static byte[] readBytes(Path file) {
        byte[] raw;
        try {
            raw = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw fail(file, "an existing IDX file", "no such file", null);
        } catch (IOException e) {
            throw new UncheckedIOException("Idx.read: could not read " + file + ": " + e, e);
        }
        if (raw.length >= 2 && (raw[0] & 0xFF) == 0x1F && (raw[1] & 0xFF) == 0x8B) {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(raw), 1 << 16)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length * 4);
                in.transferTo(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw fail(file, "a complete gzip stream", "a corrupt or truncated one (" + e.getMessage() + ")",
                        "delete the file and download it again");
            }
        }
        return raw;
    }

    static IllegalArgumentException fail(Path file, String expected, String got, String hint) {
        return Failure.in("Idx.read").argument(String.valueOf(file)).expected(expected).got(got).hint(hint).exception();
    }
}
