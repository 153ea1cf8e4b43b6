package latentlab.models;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import latentlab.tensor.Failure;
import org.nd4j.linalg.api.ndarray.INDArray;
import tech.tablesaw.api.Table;

/**
 * One training run in one file: the model's kind and config, its weights, its optimizer
 * state and its training history, so a long run survives a kernel restart.
 *
 * <p>File layout (big-endian): magic {@code LLCKPT}, format version, the payload (see
 * {@link CheckpointCodec}), then a CRC-32 of everything before it. {@link #save} writes a
 * temporary file in the same folder and moves it over the target, so a crash mid-save
 * leaves the previous checkpoint intact. {@link #load} rejects truncated or corrupt files,
 * and {@link #restoreInto} rejects weights of the wrong names or shapes, each with a
 * message that says what was wrong.
 *
 * @param model          the model's class, e.g. {@code "Vae"}
 * @param config         the model's config, as its record's {@code toString()}
 * @param weights        named parameters (copied on construction)
 * @param optimizerState named optimizer buffers and counters (copied on construction)
 * @param history        the training history so far (a copy)
 */
public record Checkpoint(String model, String config, Map<String, INDArray> weights,
                         Map<String, INDArray> optimizerState, Table history) {

    static final byte[] MAGIC = {'L', 'L', 'C', 'K', 'P', 'T'};
    static final int VERSION = 1;

    public Checkpoint {
        weights = copy(weights);
        optimizerState = copy(optimizerState);
        history = history == null ? Table.create("history") : history.copy();
    }

    /** Writes this checkpoint to {@code file} atomically (temporary file, then move). */
    public void save(Path file) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(MAGIC);
            out.writeInt(VERSION);
            CheckpointCodec.writePayload(out, this);
            out.flush();
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
            out.flush();
            Path target = file.toAbsolutePath();
            Path folder = target.getParent();
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, target.getFileName().toString(), ".tmp");
            try {
                Files.write(temp, bytes.toByteArray());
                try {
                    Files.move(temp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Checkpoint.save: could not write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a checkpoint; throws with the file name and the problem if it is not a valid one. */
    public static Checkpoint load(Path file) {
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (IOException e) {
            throw Failure.in("Checkpoint.load").argument("file").expected("a readable checkpoint file")
                    .got(file + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")").exception();
        }
        if (data.length < MAGIC.length + 4 + 8 || !Arrays.equals(Arrays.copyOf(data, MAGIC.length), MAGIC)) {
            throw corrupt(file, "it does not start with the LatentLab checkpoint header",
                    "only files written by Checkpoint.save can be loaded");
        }
        CRC32 crc = new CRC32();
        crc.update(data, 0, data.length - 8);
        long stored = java.nio.ByteBuffer.wrap(data, data.length - 8, 8).getLong();
        if (stored != crc.getValue()) {
            throw corrupt(file, "its checksum does not match (" + data.length + " bytes; truncated or damaged)",
                    "the file was cut short or changed; use an earlier checkpoint or train again");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data, 0, data.length - 8))) {
            in.skipNBytes(MAGIC.length);
            int version = in.readInt();
            if (version != VERSION) {
                throw corrupt(file, "format version " + version + ", this library reads version " + VERSION,
                        "save it again with this version of LatentLab");
            }
            return CheckpointCodec.readPayload(in);
        } catch (EOFException e) {
            throw corrupt(file, "it ends in the middle of a record", "the file is truncated");
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae && iae.getMessage().startsWith("Checkpoint.load")) {
                throw iae;
            }
            throw corrupt(file, "its contents could not be decoded (" + e.getMessage() + ")", null);
        }
    }

    /**
     * Checks that this checkpoint was saved by {@code model} with {@code config}, else throws a
     * message naming both. Returns this checkpoint for chaining.
     */
    public Checkpoint requireModel(String expectedModel, String expectedConfig) {
        if (!model.equals(expectedModel)) {
            throw Failure.in("Checkpoint.restore").argument("model").expected(expectedModel).got(model)
                    .hint("this checkpoint belongs to another kind of model").exception();
        }
        if (expectedConfig != null && !config.equals(expectedConfig)) {
            throw Failure.in("Checkpoint.restore").argument("config").expected(expectedConfig).got(config)
                    .hint("build the model with the config it was saved with").exception();
        }
        return this;
    }

    /**
     * Copies the saved arrays into {@code targets} (the model's own parameter or optimizer
     * buffers, modified in place). Names and shapes must match exactly.
     */
    public static void restoreInto(String what, Map<String, INDArray> saved, Map<String, INDArray> targets) {
        if (!saved.keySet().equals(targets.keySet())) {
            throw Failure.in("Checkpoint.restore").argument(what).expected("arrays " + targets.keySet())
                    .got("arrays " + saved.keySet()).hint("the checkpoint was saved from a different model").exception();
        }
        for (Map.Entry<String, INDArray> entry : targets.entrySet()) {
            INDArray source = saved.get(entry.getKey());
            INDArray target = entry.getValue();
            if (!Arrays.equals(source.shape(), target.shape())) {
                throw Failure.in("Checkpoint.restore").argument(what + " '" + entry.getKey() + "'")
                        .expected(Arrays.toString(target.shape())).got(Arrays.toString(source.shape()))
                        .hint("the checkpoint was saved with different layer sizes").exception();
            }
        }
        for (Map.Entry<String, INDArray> entry : targets.entrySet()) {
            entry.getValue().assign(saved.get(entry.getKey()).castTo(entry.getValue().dataType()));
        }
    }

    private static IllegalArgumentException corrupt(Path file, String what, String hint) {
        return Failure.in("Checkpoint.load").argument(file.toString()).expected("a LatentLab checkpoint")
                .got("a file where " + what).hint(hint).exception();
    }

    private static Map<String, INDArray> copy(Map<String, INDArray> arrays) {
        Map<String, INDArray> copy = new LinkedHashMap<>();
        if (arrays != null) {
            arrays.forEach((name, array) -> copy.put(name, array.dup('c')));
        }
        return java.util.Collections.unmodifiableMap(copy);
    }
}
