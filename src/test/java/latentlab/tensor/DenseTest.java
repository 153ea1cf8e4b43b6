package latentlab.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class DenseTest {

    @Test
    void floatsSeesTheElementsOfAContiguousViewInItsOrdering() {
        INDArray whole = Nd4j.create(new float[] {0, 1, 2, 3, 4, 5}, new long[] {2, 3}, 'f');
        INDArray right = whole.get(NDArrayIndex.all(), NDArrayIndex.interval(1, 3));
        FloatBuffer f = Dense.floats(right);
        assertEquals(2f, f.get(0));
        f.put(3, 9f);
        assertEquals(9f, whole.getFloat(1, 2));
    }

    @Test
    void sameLayoutNeedsFloat32SameShapeAndOrdering() {
        INDArray c = Nd4j.zeros(DataType.FLOAT, 2, 3);
        assertTrue(Dense.sameLayout(c, c.dup('c')));
        assertFalse(Dense.sameLayout(c, c.dup('f')));
        assertFalse(Dense.sameLayout(c, c.castTo(DataType.DOUBLE)));
        assertFalse(Dense.sameLayout(c, Nd4j.zeros(DataType.FLOAT, 3, 2)));
    }

    @Test
    void nonContiguousArraysAreRefused() {
        INDArray column = Nd4j.zeros(DataType.FLOAT, 3, 4).getColumn(1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dense.floats(Nd4j.zeros(DataType.DOUBLE, 2)));
        assertEquals("Dense.floats: a must be a contiguous float32 array but got DOUBLE with element-wise stride 1.",
                e.getMessage());
        assertTrue(column.length() == 3);
    }

    @Test
    void backendSetsBlasThreadsOnce() {
        Backend.configure();
        Backend.configure();
        String override = System.getenv("LATENTLAB_BLAS_THREADS");
        int expected = override == null ? Backend.defaultBlasThreads() : Integer.parseInt(override.trim());
        assertEquals(expected, Backend.blasThreads());
    }
}
