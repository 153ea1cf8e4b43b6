package latentlab.grader.child;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import latentlab.exercises.Divergences;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class WireTest {

    @Test
    void numbersArraysRecordsAndListsSurviveTheRoundTrip() throws IOException {
        INDArray mu = Nd4j.create(new double[] {0.5, -1, Double.NaN, Double.POSITIVE_INFINITY}, new long[] {2, 2},
                DataType.DOUBLE);
        INDArray logVar = Nd4j.create(new double[] {1, 2, 3}, new long[] {1, 3}, DataType.DOUBLE).castTo(DataType.FLOAT);
        Object back = roundTrip(List.of(1.5, 7, 9L, true, "text", mu, new Divergences.KlGrads(mu, logVar)));

        List<?> values = (List<?>) back;
        assertEquals(List.of(1.5, 7, 9L, true, "text"), values.subList(0, 5));
        INDArray muBack = (INDArray) values.get(5);
        assertArrayEquals(new long[] {2, 2}, muBack.shape());
        assertArrayEquals(mu.data().asDouble(), muBack.data().asDouble());
        Divergences.KlGrads grads = (Divergences.KlGrads) values.get(6);
        assertEquals(DataType.FLOAT, grads.dLogVar().dataType());
        assertArrayEquals(new long[] {1, 3}, grads.dLogVar().shape());
    }

    @Test
    void valuesAreRowMajorFloat64ForEveryLayout() {
        INDArray x = Nd4j.create(new double[] {1, 2, 3, 4, 5, 6}, new long[] {2, 3}, DataType.DOUBLE);
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, Wire.values(x));
        assertArrayEquals(new double[] {1, 4, 2, 5, 3, 6}, Wire.values(x.transpose()));
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, Wire.values(x.dup('f')));
        assertArrayEquals(new double[] {4, 5, 6}, Wire.values(x.getRow(1, true)));
        assertArrayEquals(new double[] {2, 5}, Wire.values(x.getColumn(1, true)));
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, Wire.values(x.castTo(DataType.FLOAT)));
        assertEquals(0, Wire.values(Nd4j.create(DataType.DOUBLE, 0, 3)).length);
    }

    @Test
    void valuesAreACopy() {
        INDArray x = Nd4j.create(new double[] {1, 2}, new long[] {1, 2}, DataType.DOUBLE);
        double[] values = Wire.values(x);
        values[0] = 99;
        assertEquals(1.0, x.getDouble(0));
    }

    @Test
    void refusesValuesItCannotCarry() {
        IOException error = assertThrows(IOException.class, () -> roundTrip(new StringBuilder("x")));
        assertTrue(error.getMessage().contains("cannot send a java.lang.StringBuilder"), error.getMessage());
    }

    @Test
    void neverRebuildsAStudentsRecordClass() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(7);
        Wire.writeString(out, "latentlab.course.Evil");
        out.writeInt(0);
        IOException error = assertThrows(IOException.class,
                () -> Wire.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))));
        assertTrue(error.getMessage().contains("refusing to rebuild record latentlab.course.Evil"), error.getMessage());
    }

    @Test
    void aCorruptedStreamIsAnErrorNotAHugeAllocation() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(5);
        out.writeInt(Integer.MAX_VALUE);
        assertThrows(IOException.class, () -> Wire.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))));
    }

    private static Object roundTrip(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Wire.write(new DataOutputStream(bytes), value);
        return Wire.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }
}
