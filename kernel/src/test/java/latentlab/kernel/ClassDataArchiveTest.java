package latentlab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {
    private static final FileTime RECORDED = FileTime.fromMillis(1_700_000_000_000L);

    @TempDir
    Path folder;

    @Test
    void anArchiveNewerThanEveryJarIsUsable() throws IOException {
        Path archive = file("kernel-cds.jsa", RECORDED);
        Path jar = file("latentlab.jar", FileTime.fromMillis(RECORDED.toMillis() - 1000));
        assertEquals(Optional.empty(), ClassDataArchive.staleness(archive, List.of(jar, folder.resolve("lib/*"))));
    }

    @Test
    void aJarRebuiltAfterTheArchiveMakesItStale() throws IOException {
        Path archive = file("kernel-cds.jsa", RECORDED);
        Path jar = file("latentlab.jar", FileTime.fromMillis(RECORDED.toMillis() + 1000));
        assertEquals(Optional.of(jar + " was rebuilt after " + archive + " was recorded"),
                ClassDataArchive.staleness(archive, List.of(jar)));
    }

    @Test
    void aMissingArchiveIsNamed() {
        Path archive = folder.resolve("kernel-cds.jsa");
        assertEquals(Optional.of(archive + " does not exist"), ClassDataArchive.staleness(archive, List.of()));
    }

    private Path file(String name, FileTime time) throws IOException {
        Path file = Files.write(folder.resolve(name), new byte[] {1});
        Files.setLastModifiedTime(file, time);
        return file;
    }
}
