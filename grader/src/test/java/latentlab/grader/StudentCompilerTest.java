package latentlab.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compilations one after another (reusing the compiler's file managers) stay independent. */
class StudentCompilerTest {
    @TempDir
    Path temp;

    @Test
    void eachCompilationSeesOnlyItsOwnFiles() throws IOException {
        Path good = source("a", "Good", "public class Good { int answer() { return 42; } }");
        Path broken = source("b", "Broken", "public class Broken { int answer() { return \"no\"; } }");
        Path other = source("c", "Other", "public class Other { Good uses() { return null; } }");

        Map<Path, String> first = StudentCompiler.compile(List.of(good), temp.resolve("out1"), Layout.libraryClasspath());
        Map<Path, String> second = StudentCompiler.compile(List.of(broken), temp.resolve("out2"),
                Layout.libraryClasspath());
        Map<Path, String> third = StudentCompiler.compile(List.of(other), temp.resolve("out3"), Layout.libraryClasspath());

        assertNull(first.get(good));
        assertTrue(Files.isRegularFile(temp.resolve("out1/latentlab/course/Good.class")));
        assertTrue(second.get(broken).startsWith("Broken.java:2: incompatible types"), second.get(broken));
        assertTrue(third.get(other).contains("cannot find symbol"), "Good from an earlier compilation is not visible: "
                + third.get(other));
        assertFalse(Files.exists(temp.resolve("out3/latentlab/course/Good.class")));
    }

    @Test
    void aBrokenFileCostsOnlyItself() throws IOException {
        Path good = source("d", "Fine", "public class Fine { }");
        Path broken = source("d", "Bad", "public class Bad { void f() { undefined(); } }");
        Map<Path, String> errors = StudentCompiler.compile(List.of(good, broken), temp.resolve("out"),
                Layout.libraryClasspath());
        assertNull(errors.get(good));
        assertTrue(errors.get(broken).startsWith("Bad.java:2: cannot find symbol"), errors.get(broken));
        assertEquals(2, errors.size());
    }

    private Path source(String folder, String name, String body) throws IOException {
        Path file = temp.resolve(folder).resolve(name + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "package latentlab.course;\n" + body + "\n");
        return file;
    }
}
