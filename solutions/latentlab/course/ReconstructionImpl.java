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
        // BEGIN SOLUTION
        // HINT: sum the squared differences over everything, then divide by N (rows), not N·D.
        INDArray diff = f64(xHat).sub(f64(x));
        return diff.mul(diff).sumNumber().doubleValue() / xHat.rows();
        // END SOLUTION
    }

    @Override
    public INDArray mseGradient(INDArray xHat, INDArray x) {
        Shapes.in("Reconstruction.mseGradient").check("xHat", xHat, "N", "D").check("x", x, "N", "D");
        // BEGIN SOLUTION
        // HINT: (2/N)(xHat − x); N is the number of rows.
        return f64(xHat).sub(f64(x)).mul(2.0 / xHat.rows()).castTo(xHat.dataType());
        // END SOLUTION
    }

    @Override
    public INDArray linearForward(INDArray x, INDArray w, INDArray b) {
        Shapes.in("Reconstruction.linearForward").check("x", x, "N", "D").check("w", w, "D", "H")
                .check("b", b, 1, "H");
        // BEGIN SOLUTION
        // HINT: mmul, then addRowVector broadcasts the bias over the rows.
        return f64(x).mmul(f64(w)).addRowVector(f64(b)).castTo(x.dataType());
        // END SOLUTION
    }

    @Override
    public LinearGrads linearBackward(INDArray dOut, INDArray x, INDArray w) {
        Shapes.in("Reconstruction.linearBackward").check("dOut", dOut, "N", "H").check("x", x, "N", "D")
                .check("w", w, "D", "H");
        // BEGIN SOLUTION
        // HINT: each gradient has the shape of what it differentiates: dx like x, dW like w.
        INDArray d = f64(dOut);
        INDArray dx = d.mmul(f64(w).transpose());
        INDArray dW = f64(x).transpose().mmul(d);
        INDArray db = d.sum(true, 0);
        DataType type = dOut.dataType();
        return new LinearGrads(dx.castTo(type), dW.castTo(type), db.castTo(type));
        // END SOLUTION
    }

    @Override
    public INDArray corruptGaussian(INDArray x, INDArray noise, double sigma) {
        Shapes.in("Reconstruction.corruptGaussian").check("x", x, "N", "D").check("noise", noise, "N", "D");
        // BEGIN SOLUTION
        // HINT: x + σ·noise, as a new array.
        return f64(x).add(f64(noise).mul(sigma)).castTo(x.dataType());
        // END SOLUTION
    }

    @Override
    public INDArray corruptMasking(INDArray x, INDArray mask) {
        Shapes.in("Reconstruction.corruptMasking").check("x", x, "N", "D").check("mask", mask, "N", "D");
        // BEGIN SOLUTION
        // HINT: element-wise product; 1 keeps an entry, 0 drops it.
        return f64(x).mul(f64(mask)).castTo(x.dataType());
        // END SOLUTION
    }

    /** The array in float64: the same array if it already is, else a converted copy. */
    private static INDArray f64(INDArray a) {
        return a.castTo(DataType.DOUBLE);
    }
}
