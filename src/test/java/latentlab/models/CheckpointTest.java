package latentlab.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import latentlab.tensor.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class CheckpointTest {
    @TempDir
    Path folder;

    private static Checkpoint sample() {
        Rng rng = Rng.seeded(7);
        Map<String, INDArray> weights = new LinkedHashMap<>();
        weights.put("enc.w", rng.normal(DataType.FLOAT, 3, 4));
        weights.put("enc.b", rng.normal(DataType.FLOAT, 1, 4));
        Map<String, INDArray> optimizer = new LinkedHashMap<>();
        optimizer.put("enc.w.m", rng.normal(DataType.FLOAT, 3, 4));
        optimizer.put("step", Nd4j.scalar(42.0));
        Table history = Table.create("history", IntColumn.create("epoch", 1, 2),
                DoubleColumn.create("loss", 0.5, 0.25), StringColumn.create("note", "a", "b"));
        return new Checkpoint("Vae", "VaeConfig[z=2]", weights, optimizer, history);
    }

    @Test
    void saveThenLoadRoundTripsEverything() {
        Checkpoint saved = sample();
        Path file = folder.resolve("run.ckpt");
        saved.save(file);
        Checkpoint loaded = Checkpoint.load(file);
        assertEquals("Vae", loaded.model());
        assertEquals("VaeConfig[z=2]", loaded.config());
        assertEquals(saved.weights().keySet(), loaded.weights().keySet());
        assertEquals(saved.weights().get("enc.w"), loaded.weights().get("enc.w"));
        assertEquals(saved.optimizerState().get("step").getDouble(0), loaded.optimizerState().get("step").getDouble(0));
        assertEquals(DataType.DOUBLE, loaded.optimizerState().get("step").dataType());
        assertEquals(saved.history().toString(), loaded.history().toString());
    }

    @Test
    void saveReplacesAnExistingFileAndLeavesNoTemporaryFiles() throws IOException {
        Path file = folder.resolve("run.ckpt");
        Files.writeString(file, "old");
        sample().save(file);
        assertEquals("Vae", Checkpoint.load(file).model());
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aTruncatedFileGetsAClearError() throws IOException {
        Path file = folder.resolve("run.ckpt");
        sample().save(file);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Checkpoint.load(file));
        assertTrue(e.getMessage().startsWith("Checkpoint.load: " + file + " must be a LatentLab checkpoint but got "
                + "a file where its checksum does not match"), e.getMessage());
    }

    @Test
    void aFlippedByteIsDetected() throws IOException {
        Path file = folder.resolve("run.ckpt");
        sample().save(file);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(file, bytes);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Checkpoint.load(file));
        assertTrue(e.getMessage().contains("checksum does not match"), e.getMessage());
    }

    @Test
    void aFileOfAnotherKindIsRejected() throws IOException {
        Path file = folder.resolve("notes.txt");
        Files.writeString(file, "these are not weights, just some text long enough");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Checkpoint.load(file));
        assertEquals("Checkpoint.load: " + file + " must be a LatentLab checkpoint but got a file where it does not "
                + "start with the LatentLab checkpoint header. Hint: only files written by Checkpoint.save can be loaded.", e.getMessage());
    }

    @Test
    void aMissingFileNamesThePath() {
        Path file = folder.resolve("missing.ckpt");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Checkpoint.load(file));
        assertTrue(e.getMessage().startsWith("Checkpoint.load: file must be a readable checkpoint file but got "
                + file), e.getMessage());
    }

    @Test
    void restoringIntoDifferentShapesOrModelsFails() {
        Checkpoint checkpoint = sample();
        Map<String, INDArray> targets = new LinkedHashMap<>();
        targets.put("enc.w", Nd4j.zeros(DataType.FLOAT, 3, 5));
        targets.put("enc.b", Nd4j.zeros(DataType.FLOAT, 1, 4));
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> Checkpoint.restoreInto("weights", checkpoint.weights(), targets));
        assertEquals("Checkpoint.restore: weights 'enc.w' must be [3, 5] but got [3, 4]. "
                + "Hint: the checkpoint was saved with different layer sizes.", shape.getMessage());
        assertEquals(0.0, targets.get("enc.b").sumNumber().doubleValue(), "nothing restored on failure");
        IllegalArgumentException model = assertThrows(IllegalArgumentException.class,
                () -> checkpoint.requireModel("Gan", null));
        assertEquals("Checkpoint.restore: model must be Gan but got Vae. "
                + "Hint: this checkpoint belongs to another kind of model.", model.getMessage());
    }

    @Test
    void restoreCopiesValuesIntoTheTargets() {
        Checkpoint checkpoint = sample();
        Map<String, INDArray> targets = new LinkedHashMap<>();
        targets.put("enc.w", Nd4j.zeros(DataType.FLOAT, 3, 4));
        targets.put("enc.b", Nd4j.zeros(DataType.FLOAT, 1, 4));
        INDArray w = targets.get("enc.w");
        Checkpoint.restoreInto("weights", checkpoint.weights(), targets);
        assertArrayEquals(checkpoint.weights().get("enc.w").data().asFloat(), w.data().asFloat());
    }
}
