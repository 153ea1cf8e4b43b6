package latentlab.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class RowsTest {

    @Test
    void roundTripKeepsValuesShapeAndDtype() {
        INDArray a = Nd4j.createFromArray(new float[][] {{1.5f, -2f, 3f}, {0f, 4.25f, -1f}});
        double[][] rows = Rows.toDoubles(a);
        assertArrayEquals(new double[] {1.5, -2, 3}, rows[0]);
        assertArrayEquals(new double[] {0, 4.25, -1}, rows[1]);
        INDArray back = Rows.of(rows, a.dataType());
        assertEquals(a, back);
        assertEquals(DataType.FLOAT, back.dataType());
    }

    @Test
    void bothDirectionsCopySoNothingIsShared() {
        INDArray a = Nd4j.createFromArray(new double[][] {{1, 2}, {3, 4}});
        INDArray before = a.dup();
        double[][] rows = Rows.toDoubles(a);
        rows[0][0] = 99;
        assertEquals(before, a);
        INDArray made = Rows.of(rows, DataType.DOUBLE);
        rows[1][1] = -99;
        assertEquals(4.0, made.getDouble(1, 1));
    }

    @Test
    void readsColumnMajorAndViewArraysByIndex() {
        INDArray f = Nd4j.createFromArray(new double[][] {{1, 2, 3}, {4, 5, 6}}).dup('f');
        assertArrayEquals(new double[] {4, 5, 6}, Rows.toDoubles(f)[1]);
        INDArray column = f.getColumn(1).reshape(2, 1);
        assertArrayEquals(new double[] {5}, Rows.toDoubles(column)[1]);
    }

    @Test
    void raggedRowsAreRejectedWithTheirLengths() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Rows.of(new double[][] {{1, 2}, {3}}, DataType.DOUBLE));
        assertEquals("Rows.of: rows[1] must be length 2 like rows[0] but got length 1.", e.getMessage());
    }

    @Test
    void nonMatrixInputIsRejectedWithItsShape() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Rows.toDoubles(Nd4j.zeros(DataType.DOUBLE, 2, 2, 2)));
        assertEquals("Rows.toDoubles: a must be [N, K] but got [2, 2, 2].", e.getMessage());
    }
}
