package latentlab.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ShapesTest {
    private static INDArray zeros(long... shape) {
        return Nd4j.zeros(DataType.FLOAT, shape);
    }

    @Test
    void symbolsBindOnFirstUseAndAreReportedWithTheirSize() {
        Shapes shapes = Shapes.in("Linear.forward").check("x", zeros(4, 3), "N", "D");
        assertEquals(4, shapes.size("N"));
        assertEquals(3, shapes.size("D"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> shapes.check("w", zeros(4, 2), "D", "H"));
        assertEquals("Linear.forward: w must be [D=3, H] but got [4, 2].", e.getMessage());
    }

    @Test
    void fixedSizesAndRankAreChecked() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Shapes.in("op").check("b", zeros(2, 5), 1, "H"));
        assertEquals("op: b must be [1, H] but got [2, 5].", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Shapes.in("op").check("x", zeros(5), "N", "D"));
        assertEquals("op: x must be [N, D] but got [5].", e.getMessage());
    }

    @Test
    void aSymbolRepeatedWithinOneArgumentMustAgree() {
        Shapes.in("op").check("square", zeros(3, 3), "D", "D");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Shapes.in("op").check("square", zeros(3, 4), "D", "D"));
        assertEquals("op: square must be [D, D] but got [3, 4].", e.getMessage());
    }

    @Test
    void bindFixesASizeAndHintIsAppended() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                Shapes.in("Encoder.forward").bind("D", 784).hint("flatten images first")
                        .check("x", zeros(64, 28, 28), "N", "D"));
        assertEquals("Encoder.forward: x must be [N, D=784] but got [64, 28, 28]. Hint: flatten images first.",
                e.getMessage());
    }

    @Test
    void nullAndNonFloatingArraysAreReported() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Shapes.in("op").check("x", null, "N", "D"));
        assertEquals("op: x must be [N, D] but got null.", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Shapes.in("op").checkFloating("labels", Nd4j.zeros(DataType.INT, 3)));
        assertEquals("op: labels must be a floating-point array but got INT.", e.getMessage());
    }

    @Test
    void unboundSymbolIsAProgrammingError() {
        assertThrows(IllegalStateException.class, () -> Shapes.in("op").size("Z"));
    }
}
