package latentlab.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import latentlab.viz.RenderChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTest {
    /** BCE per 784-pixel image of the constant prediction ½: 784·ln 2 nats. */
    private static final double CHANCE_BCE = 784 * Math.log(2);

    @TempDir
    Path temp;

    @Test
    void runWritesBothPngsAndLearnsBetterThanChance() throws IOException {
        Path folder = temp.resolve("new/demo");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        Demo.Result result = Demo.run(folder, new Demo.Sizes(400, 40, 2),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertEquals(folder.resolve("reconstructions.png"), result.reconstructions());
        assertEquals(folder.resolve("loss.png"), result.lossCurve());
        for (Path png : new Path[] {result.reconstructions(), result.lossCurve()}) {
            var image = ImageIO.read(png.toFile());
            RenderChecks.assertSizedAndNotBlank(image, image.getWidth(), image.getHeight());
        }
        assertTrue(result.testLoss() < 0.6 * CHANCE_BCE,
                "test BCE " + result.testLoss() + " should be well below chance " + CHANCE_BCE);
        String text = printed.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("wrote " + result.lossCurve().toAbsolutePath()), text);
    }

    @Test
    void noArgumentMeansTheDefaultFolder() {
        assertEquals(Path.of("build/demo"), Demo.folderFrom(new String[0]));
        assertEquals(Path.of("out/x"), Demo.folderFrom(new String[] {"out/x"}));
    }

    @Test
    void moreThanOneArgumentIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> Demo.folderFrom(new String[] {"a", "b"}));
        assertEquals("Demo: arguments must be at most one, the output folder but got 2: a b.", e.getMessage());
    }

    @Test
    void anUnknownOptionIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> Demo.folderFrom(new String[] {"--epochs"}));
        assertEquals("Demo: arguments must be an output folder but got the option '--epochs'. "
                + "Hint: the only option is --help.", e.getMessage());
    }

    @Test
    void aFileInPlaceOfTheFolderIsRefusedAndKept() throws IOException {
        Path file = Files.writeString(temp.resolve("notes.txt"), "mine");
        var e = assertThrows(IllegalArgumentException.class, () -> Demo.folderFrom(new String[] {file.toString()}));
        assertEquals("Demo: DIR must be a folder (it is created if missing) but got the file " + file.toAbsolutePath()
                + ". Hint: name another folder; the file is left as it is.", e.getMessage());
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void sizesTooSmallForTheGridAreRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Demo.Sizes(100, 5, 1));
        assertEquals("Demo.Sizes: testSize must be at least 12 (the grid shows 12 test digits) but got 5.",
                e.getMessage());
        var zero = assertThrows(IllegalArgumentException.class, () -> new Demo.Sizes(100, 20, 0));
        assertEquals("Demo.Sizes: epochs must be > 0 but got 0.", zero.getMessage());
    }
}
