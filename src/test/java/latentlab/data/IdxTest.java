package latentlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import latentlab.tensor.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class IdxTest {
    @TempDir
    Path dir;

    @Test
    void imagesRoundTripToTheNearestGreyLevel() {
        Dataset digits = SyntheticDigits.generate(20, 3);
        Path file = dir.resolve("images-idx3-ubyte");
        Idx.writeImages(file, digits.x(), 28, 28);
        INDArray back = Idx.readImages(file);
        assertArrayEquals(new long[] {20, 784}, back.shape());
        assertEquals(DataType.FLOAT, back.dataType());
        float[] original = digits.x().data().asFloat();
        float[] read = back.data().asFloat();
        for (int i = 0; i < original.length; i++) {
            assertEquals(Math.round(original[i] * 255) / 255f, read[i], 1e-7f);
        }
    }

    @Test
    void greyLevelsAreExactAfterOneRoundTrip() {
        Path first = dir.resolve("a-idx3-ubyte.gz");
        Path second = dir.resolve("b-idx3-ubyte.gz");
        Idx.writeImages(first, SyntheticDigits.generate(5, 1).x(), 28, 28);
        INDArray once = Idx.readImages(first);
        Idx.writeImages(second, once, 28, 28);
        assertArrayEquals(once.data().asFloat(), Idx.readImages(second).data().asFloat());
    }

    @Test
    void labelsRoundTripExactlyThroughGzip() {
        INDArray labels = Nd4j.createFromArray(new int[] {0, 9, 3, 255, 7});
        Path file = dir.resolve("labels-idx1-ubyte.gz");
        Idx.writeLabels(file, labels);
        assertArrayEquals(labels.toIntVector(), Idx.readLabels(file).toIntVector());
    }

    @Test
    void floatsRoundTripExactlyWithTheirShape() {
        INDArray x = Rng.seeded(4).normal(DataType.FLOAT, 3, 4, 5);
        Path file = dir.resolve("x.idx");
        Idx.writeFloats(file, x);
        INDArray back = Idx.read(file);
        assertArrayEquals(x.shape(), back.shape());
        assertArrayEquals(x.data().asFloat(), back.data().asFloat());
    }

    @Test
    void writersDoNotModifyTheirInputs() {
        INDArray x = SyntheticDigits.generate(3, 2).x();
        float[] before = x.data().asFloat();
        Idx.writeImages(dir.resolve("i"), x, 28, 28);
        Idx.writeFloats(dir.resolve("f"), x);
        assertArrayEquals(before, x.data().asFloat());
    }

    @Test
    void readsTheMnistHeaderLayout() throws IOException {
        // 0x00000803, N=2, 2x2 ubyte images
        byte[] bytes = {0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 2, 0, 0, 0, 2, 0, (byte) 255, 51, 102, 1, 2, 3, 4};
        Path file = Files.write(dir.resolve("tiny"), bytes);
        assertArrayEquals(new float[] {0, 1, 0.2f, 0.4f, 1 / 255f, 2 / 255f, 3 / 255f, 4 / 255f},
                Idx.readImages(file).data().asFloat(), 1e-7f);
    }

    @Test
    void truncatedFileNamesTheFileAndTheMissingBytes() throws IOException {
        Path file = dir.resolve("train-images-idx3-ubyte");
        Idx.writeImages(file, SyntheticDigits.generate(3, 1).x(), 28, 28);
        byte[] all = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(all, all.length - 100));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Idx.readImages(file));
        assertEquals("Idx.read: " + file + " must be 2352 data bytes for dimensions [3, 28, 28] but got 2252 "
                + "(truncated). Hint: delete the file and download it again.", e.getMessage());
    }

    @Test
    void trailingBytesAreReported() throws IOException {
        Path file = dir.resolve("labels");
        Idx.writeLabels(file, Nd4j.createFromArray(new int[] {1, 2}));
        Files.write(file, new byte[] {9}, java.nio.file.StandardOpenOption.APPEND);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Idx.readLabels(file));
        assertEquals("Idx.read: " + file + " must be 2 data bytes for dimensions [2] but got 3 (trailing bytes). "
                + "Hint: delete the file and download it again.", e.getMessage());
    }

    @Test
    void wrongMagicNumberIsReported() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "hello, world");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Idx.read(file));
        assertEquals("Idx.read: " + file + " must be an IDX file starting with 0x0000TTRR (TT a type in "
                + "08,09,0B,0C,0D,0E; RR the rank >= 1) but got magic number 0x68656C6C. Hint: is it an IDX file? "
                + "MNIST's files are e.g. train-images-idx3-ubyte.", e.getMessage());
    }

    @Test
    void emptyAndHeaderOnlyFilesAreTruncated() throws IOException {
        Path empty = Files.write(dir.resolve("empty"), new byte[0]);
        assertEquals("Idx.read: " + empty + " must be at least a 4-byte IDX header but got 0 bytes. "
                + "Hint: the file is truncated or empty.",
                assertThrows(IllegalArgumentException.class, () -> Idx.read(empty)).getMessage());
        Path header = Files.write(dir.resolve("header"), new byte[] {0, 0, 8, 3, 0, 0, 0, 1});
        assertEquals("Idx.read: " + header + " must be a header of 16 bytes for rank 3 but got 8 bytes. "
                + "Hint: the file is truncated.",
                assertThrows(IllegalArgumentException.class, () -> Idx.read(header)).getMessage());
    }

    @Test
    void corruptGzipIsReported() throws IOException {
        Path file = dir.resolve("labels.gz");
        Idx.writeLabels(file, Nd4j.createFromArray(new int[100]));
        byte[] all = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(all, all.length / 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Idx.readLabels(file));
        assertEquals("Idx.read: " + file + " must be a complete gzip stream but got a corrupt or truncated one "
                + "(Unexpected end of ZLIB input stream). Hint: delete the file and download it again.", e.getMessage());
    }

    @Test
    void missingFileIsReported() {
        Path file = dir.resolve("nope");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Idx.readImages(file));
        assertEquals("Idx.read: " + file + " must be an existing IDX file but got no such file.", e.getMessage());
    }

    @Test
    void labelsFromAnImageFileAreRefused() {
        Path file = dir.resolve("images");
        Idx.writeImages(file, Nd4j.zeros(DataType.FLOAT, 2, 4), 2, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Idx.readLabels(file));
        assertEquals("Idx.read: " + file + " must be a label file: integer values with dimensions [N] but got "
                + "type 0x8, dimensions [2, 2, 2]. Hint: is this an image file? Use Idx.readImages.", e.getMessage());
    }

    @Test
    void writeImagesChecksTheImageSize() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Idx.writeImages(dir.resolve("x"), Nd4j.zeros(2, 10), 28, 28));
        assertEquals("Idx.writeImages: x must be [N, H*W=784] but got [2, 10].", e.getMessage());
    }
}
