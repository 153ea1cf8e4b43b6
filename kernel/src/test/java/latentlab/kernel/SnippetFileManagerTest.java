package latentlab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;

import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnippetFileManagerTest {
    private static final Set<JavaFileObject.Kind> CLASSES = Set.of(JavaFileObject.Kind.CLASS);
    private static final String PLUGINS = "META-INF/services/com.sun.source.util.Plugin";

    @TempDir
    Path folder;

    private final SnippetFileManager files =
            new SnippetFileManager(ToolProvider.getSystemJavaCompiler().getStandardFileManager(null, null, null));

    @AfterEach
    void close() throws IOException {
        files.close();
    }

    @Test
    void jarListingsAreKeptUntilTheClassPathChanges() throws IOException {
        Path first = jar("first.jar", "demo/A.class");
        Path second = jar("second.jar", "demo/B.class");
        setClassPath(first.toString());

        Iterable<JavaFileObject> listing = files.list(StandardLocation.CLASS_PATH, "demo", CLASSES, false);
        assertEquals(Set.of("demo.A"), names(listing));
        assertSame(listing, files.list(StandardLocation.CLASS_PATH, "demo", CLASSES, false));

        setClassPath(first + java.io.File.pathSeparator + second); // as JShell's addToClasspath does
        assertEquals(Set.of("demo.A", "demo.B"), names(files.list(StandardLocation.CLASS_PATH, "demo", CLASSES, false)));
    }

    @Test
    void aFolderOnTheClassPathIsListedAfreshEachTime() throws IOException {
        Path classes = Files.createDirectories(folder.resolve("classes/demo"));
        Files.write(classes.resolve("A.class"), new byte[] {0});
        setClassPath(folder.resolve("classes").toString());
        assertEquals(Set.of("demo.A"), names(files.list(StandardLocation.CLASS_PATH, "demo", CLASSES, false)));

        Files.write(classes.resolve("C.class"), new byte[] {0}); // a class the user compiled since
        assertEquals(Set.of("demo.A", "demo.C"), names(files.list(StandardLocation.CLASS_PATH, "demo", CLASSES, false)));
    }

    @Test
    void theProcessorPathSeesNoServicesOfTheClassPath() throws IOException {
        setClassPath(jar("plugin.jar", PLUGINS).toString());
        assertNotNull(files.getClassLoader(StandardLocation.CLASS_PATH).getResource(PLUGINS),
                "the class path's own loader must see the service file, or this test shows nothing");

        assertTrue(files.hasLocation(StandardLocation.ANNOTATION_PROCESSOR_PATH));
        assertNull(files.getClassLoader(StandardLocation.ANNOTATION_PROCESSOR_PATH).getResource(PLUGINS));
    }

    private void setClassPath(String classPath) {
        assertTrue(files.handleOption("-classpath", List.of(classPath).iterator()));
    }

    private Set<String> names(Iterable<JavaFileObject> listing) {
        Set<String> names = new TreeSet<>();
        listing.forEach(file -> names.add(files.inferBinaryName(StandardLocation.CLASS_PATH, file)));
        return names;
    }

    private Path jar(String name, String entry) throws IOException {
        Path jar = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(new byte[] {0});
            zip.closeEntry();
        }
        return jar;
    }
}
