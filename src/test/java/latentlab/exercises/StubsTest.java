package latentlab.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The committed stubs in exercises/ compile and every method throws its own TODO. */
class StubsTest {

    @Test
    void everyStubMethodThrowsItsTodo() {
        for (Class<?> exercise : Cases.METHODS.keySet()) {
            Object stub = Exercises.student(exercise, Path.of("exercises"));
            for (Cases.Case c : Cases.of(exercise, 13)) {
                Method method = Arrays.stream(exercise.getMethods()).filter(m -> m.getName().equals(c.method()))
                        .findFirst().orElseThrow();
                InvocationTargetException e = assertThrows(InvocationTargetException.class,
                        () -> method.invoke(stub, c.args()));
                assertInstanceOf(UnsupportedOperationException.class, e.getCause());
                assertEquals("TODO: " + exercise.getSimpleName() + "." + c.method(), e.getCause().getMessage());
            }
        }
    }
}
