package latentlab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import javax.tools.ToolProvider;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MagicsTest {
    private static TestKernel kernel;

    @TempDir
    static Path folder;

    @BeforeAll
    static void startKernel() throws Exception {
        kernel = TestKernel.shared();
    }

    @Test
    void jarsWithAGlobPutClassesOnTheClassPath() throws Exception {
        Path classes = compile("demo.jars", "Greeter", "public static String hello() { return \"hello from a jar\"; }");
        jar(classes, folder.resolve("libs/greeter.jar"));
        kernel.run("%jars " + folder + "/libs/*.jar");
        assertEquals("hello from a jar", kernel.value("demo.jars.Greeter.hello()"));
    }

    @Test
    void classpathAddsAFolderAndCodeAfterItInTheSameCellSeesIt() throws Exception {
        Path classes = compile("demo.folder", "Answer", "public static int get() { return 42; }");
        assertEquals("42", kernel.value("%classpath " + classes + "\ndemo.folder.Answer.get()"));
    }

    @Test
    void jarsThatMatchNothingIsAnError() {
        KernelMagics.MagicException e = assertThrows(KernelMagics.MagicException.class,
                () -> kernel.run("%jars /no/such/folder/*.jar"));
        assertTrue(e.getMessage().startsWith("%jars: nothing matches /no/such/folder/*.jar"), e.getMessage());
    }

    @Test
    void loadRunsAJshFile() throws Exception {
        Path script = Files.writeString(folder.resolve("helpers.jsh"), "int loadedTwice(int x) { return 2 * x; }\n");
        kernel.run("%load " + script);
        assertEquals("8", kernel.value("loadedTwice(4)"));
    }

    @Test
    void loadRunsTheCodeCellsOfANotebook() throws Exception {
        Path notebook = Files.writeString(folder.resolve("part.ipynb"), """
                {"cells": [
                  {"cell_type": "markdown", "metadata": {}, "source": ["int ignored = 1;"]},
                  {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": null,
                   "source": ["int fromNotebook = 20;\\n", "fromNotebook += 1;"]},
                  {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": null,
                   "source": "fromNotebook *= 2;"}
                ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
                """);
        kernel.run("%load " + notebook);
        assertEquals("42", kernel.value("fromNotebook"));
    }

    @Test
    void timeCellMagicRunsTheBodyAndPrintsWallTime() throws Exception {
        TestKernel.Outcome outcome = kernel.run("%%time\nint timed = 6;\ntimed * 7");
        assertEquals("42", TestKernel.text(outcome.result()));
        assertTrue(outcome.stdout().matches("Wall time: \\d+\\.\\d ms\\n"), outcome.stdout());
    }

    @Test
    void unknownMagicsAreClearErrors() {
        KernelMagics.MagicException line = assertThrows(KernelMagics.MagicException.class, () -> kernel.run("%nope 1"));
        assertEquals("Unknown line magic %nope. Available: %jars, %classpath, %load, %maven, %lsmagic"
                + " (cell magics: %%time).", line.getMessage());
        KernelMagics.MagicException cell = assertThrows(KernelMagics.MagicException.class, () -> kernel.run("%%bash\nls"));
        assertEquals("Unknown cell magic %%bash. Available: %%time (line magics: %jars, %classpath, %load, %maven,"
                + " %lsmagic).", cell.getMessage());
    }

    @Test
    void mavenOutsideTheLocalRepositoryPointsToJars() {
        KernelMagics.MagicException e = assertThrows(KernelMagics.MagicException.class,
                () -> kernel.run("%maven com.example:not-there:0.0.1"));
        assertTrue(e.getMessage().startsWith("%maven: com.example:not-there:0.0.1 is not in the local Maven repository"),
                e.getMessage());
        assertTrue(e.getMessage().contains("%jars"), e.getMessage());
    }

    @Test
    void errorsAfterAMagicLinePointAtCellLines() {
        CompilationException e = assertThrows(CompilationException.class,
                () -> kernel.run("%lsmagic\nint fine = 1;\nint broken = fine + nothingHere;"));
        assertTrue(e.getMessage().startsWith("line 3, column 21: cannot find symbol"), e.getMessage());
    }

    @Test
    void awtWildcardImportDoesNotBreakLineMagics() throws Exception {
        kernel.run("import java.awt.*;");
        assertEquals("Line magics: " + KernelMagics.LINE_MAGICS + "\nCell magics: " + KernelMagics.CELL_MAGICS,
                kernel.value("%lsmagic"));
    }

    /** Compiles {@code class pkg.name { body }} into a fresh folder. */
    private static Path compile(String pkg, String name, String body) throws IOException {
        Path sources = Files.createDirectories(folder.resolve("src-" + name));
        Path source = Files.writeString(sources.resolve(name + ".java"),
                "package " + pkg + ";\npublic class " + name + " { " + body + " }\n");
        Path classes = Files.createDirectories(folder.resolve("classes-" + name));
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), source.toString());
        assertEquals(0, status, "javac failed");
        return classes;
    }

    private static void jar(Path classes, Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
             var files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                zip.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
    }
}
