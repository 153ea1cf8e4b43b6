package latentlab.models;

import latentlab.exercises.Flows.CouplingGrads;
import latentlab.exercises.Flows.CouplingResult;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@link FlowFunctions#builtIn()}: the coupling layer as loops over row-major float arrays,
 * each output computed in double and rounded once.
 * Passed-through features (m = 1) are copied bit for bit, so the inverse sees exactly the
 * features the forward pass conditioned on.
 */
final class FusedFlowFunctions implements FlowFunctions {

    @Override
    public CouplingResult forward(INDArray x, INDArray mask, INDArray s, INDArray t) {
        return affine(x, mask, s, t, true);
    }

    @Override
    public CouplingResult inverse(INDArray y, INDArray mask, INDArray s, INDArray t) {
        return affine(y, mask, s, t, false);
    }

    private static CouplingResult affine(INDArray in, INDArray mask, INDArray s, INDArray t, boolean forward) {
        float[] v = values(in);
        float[] m = values(mask);
        float[] sv = values(s);
        float[] tv = values(t);
        int n = (int) in.rows();
        int d = (int) in.columns();
        float[] logDet = new float[n];
        for (int r = 0; r < n; r++) {
            double sum = 0;
            for (int j = 0; j < d; j++) {
                int i = r * d + j;
                if (m[j] == 0) {
                    v[i] = (float) (forward ? v[i] * Math.exp(sv[i]) + tv[i] : ((double) v[i] - tv[i]) * Math.exp(-sv[i]));
                    sum += sv[i];
                }
            }
            logDet[r] = (float) (forward ? sum : -sum);
        }
        return new CouplingResult(Nd4j.create(v, in.shape(), 'c'), Nd4j.create(logDet, new long[] {n, 1}, 'c'));
    }

    @Override
    public CouplingGrads backward(INDArray dY, INDArray dLogDet, INDArray x, INDArray mask, INDArray s) {
        float[] dy = values(dY);
        float[] dl = values(dLogDet);
        float[] xv = values(x);
        float[] m = values(mask);
        float[] sv = values(s);
        int n = (int) x.rows();
        int d = (int) x.columns();
        float[] dx = new float[n * d];
        float[] ds = new float[n * d];
        float[] dt = new float[n * d];
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < d; j++) {
                int i = r * d + j;
                if (m[j] == 0) {
                    float e = (float) Math.exp(sv[i]);
                    dx[i] = dy[i] * e;
                    ds[i] = dy[i] * xv[i] * e + dl[r];
                    dt[i] = dy[i];
                } else {
                    dx[i] = dy[i];
                }
            }
        }
        long[] shape = x.shape();
        return new CouplingGrads(Nd4j.create(dx, shape, 'c'), Nd4j.create(ds, shape, 'c'), Nd4j.create(dt, shape, 'c'));
    }

    @Override
    public String describe() {
        return "built-in";
    }

    private static float[] values(INDArray a) {
        return a.castTo(DataType.FLOAT).dup('c').data().asFloat();
    }
}
