package latentlab.tensor;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Matrix products into a caller's buffer, {@code c ← alpha·op(a)·op(b) + beta·c} with
 * {@code op(m)} = m or mᵀ: the one BLAS call every layer's forward and backward is made of.
 *
 * <p>For float32 arrays that own their memory, this calls OpenBLAS's {@code cblas_sgemm}
 * directly (the OpenBLAS that ND4J itself loads), which at the sizes of small networks is
 * markedly faster than going through ND4J's op machinery. A row-major ('c') operand is a
 * column-major transposed one, so it is passed with its transpose flag flipped and is never
 * copied. Anything else (float64, views) goes to {@code Nd4j.gemm}.
 */
public final class Gemm {
    private Gemm() {
    }

    /**
     * {@code c ← alpha·op(a)·op(b) + beta·c}; c must be 'f' ordered and not a view. Modifies
     * only {@code c}.
     *
     * @param a      [M, K], or [K, M] when {@code transA}
     * @param b      [K, N], or [N, K] when {@code transB}
     * @param c      [M, N], column-major
     */
    public static void multiply(INDArray a, boolean transA, INDArray b, boolean transB, INDArray c, double alpha,
                                double beta) {
        if (!direct(a) || !direct(b) || !direct(c) || c.ordering() != 'f') {
            Nd4j.gemm(a, b, c, transA, transB, alpha, beta);
            return;
        }
        int m = (int) c.size(0);
        int n = (int) c.size(1);
        int k = (int) (transA ? a.size(0) : a.size(1));
        boolean flipA = a.ordering() == 'c';
        boolean flipB = b.ordering() == 'c';
        int lda = (int) (flipA ? a.size(1) : a.size(0));
        int ldb = (int) (flipB ? b.size(1) : b.size(0));
        openblas.cblas_sgemm(openblas.CblasColMajor, transpose(transA ^ flipA), transpose(transB ^ flipB), m, n, k,
                (float) alpha, pointer(a), Math.max(lda, 1), pointer(b), Math.max(ldb, 1), (float) beta, pointer(c),
                Math.max(m, 1));
    }

    /** A float32 matrix that owns its memory, contiguous in 'c' or 'f' order. */
    private static boolean direct(INDArray x) {
        return x.dataType() == DataType.FLOAT && x.rank() == 2 && !x.isView() && x.offset() == 0
                && Dense.contiguous(x) && x.length() > 0;
    }

    private static int transpose(boolean t) {
        return t ? openblas.CblasTrans : openblas.CblasNoTrans;
    }

    private static FloatPointer pointer(INDArray x) {
        return (FloatPointer) x.data().addressPointer();
    }
}
