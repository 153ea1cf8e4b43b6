// Generated from the reference by latentlab.grader.Assign. Replace each TODO throw with your code;
// the spec of every method is in the interface's Javadoc.
package latentlab.course;

import latentlab.exercises.Reconstruction;
import latentlab.tensor.Shapes;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Unit 1: reconstruction loss, linear layer, corruption. The spec of every method is in
 * {@link Reconstruction}. Work in float64 ({@link #f64}) and return arrays in the dtype of the
 * first argument. Never modify an argument: use {@code add}/{@code mul}, not {@code addi}/{@code muli}.
 */
public class ReconstructionImpl implements Reconstruction {

    @Override
    public double mse(INDArray xHat, INDArray x) {
        Shapes.in("Reconstruction.mse").check("xHat", xHat, "N", "D").check("x", x, "N", "D");
        // HINT: sum the squared differences over everything, then divide by N (rows), not N·D.
        throw new UnsupportedOperationException("TODO: Reconstruction.mse");
    }

    @Override
    public INDArray mseGradient(INDArray xHat, INDArray x) {
        Shapes.in("Reconstruction.mseGradient").check("xHat", xHat, "N", "D").check("x", x, "N", "D");
        // HINT: (2/N)(xHat − x); N is the number of rows.
        throw new UnsupportedOperationException("TODO: Reconstruction.mseGradient");
    }

    @Override
    public INDArray linearForward(INDArray x, INDArray w, INDArray b) {
        Shapes.in("Reconstruction.linearForward").check("x", x, "N", "D").check("w", w, "D", "H")
                .check("b", b, 1, "H");
        // HINT: mmul, then addRowVector broadcasts the bias over the rows.
        throw new UnsupportedOperationException("TODO: Reconstruction.linearForward");
    }

    @Override
    public LinearGrads linearBackward(INDArray dOut, INDArray x, INDArray w) {
        Shapes.in("Reconstruction.linearBackward").check("dOut", dOut, "N", "H").check("x", x, "N", "D")
                .check("w", w, "D", "H");
        // HINT: each gradient has the shape of what it differentiates: dx like x, dW like w.
        throw new UnsupportedOperationException("TODO: Reconstruction.linearBackward");
    }

    @Override
    public INDArray corruptGaussian(INDArray x, INDArray noise, double sigma) {
        Shapes.in("Reconstruction.corruptGaussian").check("x", x, "N", "D").check("noise", noise, "N", "D");
        // HINT: x + σ·noise, as a new array.
        throw new UnsupportedOperationException("TODO: Reconstruction.corruptGaussian");
    }

    @Override
    public INDArray corruptMasking(INDArray x, INDArray mask) {
        Shapes.in("Reconstruction.corruptMasking").check("x", x, "N", "D").check("mask", mask, "N", "D");
        // HINT: element-wise product; 1 keeps an entry, 0 drops it.
        throw new UnsupportedOperationException("TODO: Reconstruction.corruptMasking");
    }

    /** The array in float64: the same array if it already is, else a converted copy. */
    private static INDArray f64(INDArray a) {
        return a.castTo(DataType.DOUBLE);
    }
}
