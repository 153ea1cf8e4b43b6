package latentlab.models;

import latentlab.exercises.Divergences.KlGrads;
import latentlab.exercises.Reparameterization.ReparameterizeGrads;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@link VaeFunctions#builtIn()}: the reparameterization and KL as single loops over float
 * arrays (one copy in, one array out), a few microseconds for a batch. Where ε = 0, z = μ
 * exactly, as the exercise's spec asks.
 */
final class FusedVaeFunctions implements VaeFunctions {

    @Override
    public INDArray reparameterize(INDArray mu, INDArray logVar, INDArray eps) {
        float[] m = values(mu);
        float[] lv = values(logVar);
        float[] e = values(eps);
        for (int i = 0; i < m.length; i++) {
            if (e[i] != 0) {
                m[i] += (float) Math.exp(0.5 * lv[i]) * e[i];
            }
        }
        return array(m, mu);
    }

    @Override
    public ReparameterizeGrads reparameterizeBackward(INDArray dZ, INDArray logVar, INDArray eps) {
        float[] d = values(dZ);
        float[] lv = values(logVar);
        float[] e = values(eps);
        for (int i = 0; i < lv.length; i++) {
            lv[i] = e[i] == 0 ? 0f : d[i] * 0.5f * (float) Math.exp(0.5 * lv[i]) * e[i];
        }
        return new ReparameterizeGrads(array(d, dZ), array(lv, dZ));
    }

    @Override
    public INDArray kl(INDArray mu, INDArray logVar) {
        float[] m = values(mu);
        float[] lv = values(logVar);
        int n = (int) mu.rows();
        int z = (int) mu.columns();
        float[] kl = new float[n];
        for (int r = 0; r < n; r++) {
            double sum = 0;
            for (int j = r * z; j < (r + 1) * z; j++) {
                sum += Math.expm1(lv[j]) - lv[j] + (double) m[j] * m[j];
            }
            kl[r] = (float) (0.5 * sum);
        }
        return Nd4j.create(kl, new long[] {n, 1}, 'c');
    }

    @Override
    public KlGrads klGradient(INDArray mu, INDArray logVar) {
        float[] lv = values(logVar);
        for (int i = 0; i < lv.length; i++) {
            lv[i] = 0.5f * (float) Math.expm1(lv[i]);
        }
        return new KlGrads(array(values(mu), mu), array(lv, mu));
    }

    @Override
    public String describe() {
        return "built-in";
    }

    /** The values of a, row-major, as a new float array (a may be a view). */
    private static float[] values(INDArray a) {
        return a.castTo(DataType.FLOAT).dup('c').data().asFloat();
    }

    private static INDArray array(float[] v, INDArray like) {
        return Nd4j.create(v, like.shape(), 'c');
    }
}
