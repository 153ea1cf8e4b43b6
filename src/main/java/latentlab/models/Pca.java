package latentlab.models;

import latentlab.tensor.Failure;
import latentlab.tensor.Shapes;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.eigen.Eigen;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Principal component analysis, and principal angles between subspaces: the yardstick for
 * the linear autoencoder, whose optimal decoder spans the top-k principal subspace.
 * <pre>
 *   Σ = (1/N) Σ_n (x_n − μ)(x_n − μ)ᵀ = V Λ Vᵀ;  components = the k columns of V with largest λ
 *   cos θ_i = σ_i(Q_A Q_Bᵀ)   for orthonormal bases Q_A, Q_B of the two row spaces
 * </pre>
 * Computed in float64; inputs are not modified.
 *
 * @param mean       μ [1, D]
 * @param components the top-k principal directions as rows [k, D], largest variance first
 * @param variances  their variances λ, length k, descending
 */
public record Pca(INDArray mean, INDArray components, double[] variances) {

    /** The top-k principal components of x [N, D]. */
    public static Pca fit(INDArray x, int k) {
        Shapes.in("Pca.fit").check("x", x, "N", "D");
        if (k < 1 || k > x.columns()) {
            throw Failure.in("Pca.fit").argument("k").expected("in [1, D=" + x.columns() + "]").got(String.valueOf(k))
                    .exception();
        }
        INDArray xd = x.castTo(DataType.DOUBLE);
        INDArray mean = xd.mean(true, 0);
        INDArray centred = xd.subRowVector(mean);
        INDArray cov = centred.transpose().mmul(centred).divi(x.rows()).dup('f');
        INDArray values = Eigen.symmetricGeneralizedEigenvalues(cov, true); // ascending; cov now holds the vectors
        int d = (int) x.columns();
        INDArray components = Nd4j.create(DataType.DOUBLE, k, d);
        double[] variances = new double[k];
        for (int i = 0; i < k; i++) {
            int column = d - 1 - i;
            components.putRow(i, cov.getColumn(column).reshape(1, d));
            variances[i] = values.getDouble(column);
        }
        return new Pca(mean, components, variances);
    }

    /**
     * The principal angles in degrees, ascending, between the row spaces of a [k, D] and
     * b [m, D] (min(k, m) angles). 0 means the spaces share that direction.
     */
    public static double[] principalAnglesDegrees(INDArray a, INDArray b) {
        Shapes.in("Pca.principalAnglesDegrees").check("a", a, "K", "D").check("b", b, "M", "D");
        INDArray qa = orthonormalRows(a.castTo(DataType.DOUBLE));
        INDArray qb = orthonormalRows(b.castTo(DataType.DOUBLE));
        INDArray m = qa.mmul(qb.transpose());                        // [K, M]
        INDArray gram = m.rows() <= m.columns() ? m.mmul(m.transpose()) : m.transpose().mmul(m);
        INDArray eig = Eigen.symmetricGeneralizedEigenvalues(gram.dup('f'), false); // σ², ascending
        int r = (int) eig.length();
        double[] angles = new double[r];
        for (int i = 0; i < r; i++) {
            double cos = Math.sqrt(Math.max(0, Math.min(1, eig.getDouble(r - 1 - i))));
            angles[i] = Math.toDegrees(Math.acos(cos));
        }
        return angles;
    }

    /** Modified Gram–Schmidt on the rows of a (a copy); a rank-deficient input is an error. */
    private static INDArray orthonormalRows(INDArray a) {
        INDArray q = a.dup('c');
        for (int i = 0; i < q.rows(); i++) {
            INDArray row = q.getRow(i);
            for (int j = 0; j < i; j++) {
                INDArray prev = q.getRow(j);
                row.subi(prev.mul(row.mul(prev).sumNumber().doubleValue()));
            }
            double norm = row.norm2Number().doubleValue();
            if (!(norm > 1e-12)) {
                throw Failure.in("Pca.principalAnglesDegrees").argument("rows").expected("linearly independent")
                        .got("row " + i + " in the span of the rows before it").exception();
            }
            row.divi(norm);
        }
        return q;
    }
}
