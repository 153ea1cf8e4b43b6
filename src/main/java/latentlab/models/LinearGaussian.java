package latentlab.models;

import java.util.Objects;
import latentlab.exercises.Divergences;
import latentlab.tensor.Failure;
import latentlab.tensor.Rng;
import latentlab.tensor.Shapes;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * A latent-variable model small enough to know exactly, for checking the ELBO derivation of
 * Unit 2 step by step. Coordinate by coordinate (j = 1..Z, with x and z both of size Z):
 * <pre>
 *   z_j ~ N(0, 1)                      x_j | z ~ N(a_j z_j + b_j, s²)
 *   p(x_j) = N(b_j, a_j² + s²)         p(z_j | x) = N(a_j (x_j − b_j) / (a_j² + s²),  s² / (a_j² + s²))
 *   E_q[log p(x|z)] = Σ_j −½ log(2π s²) − ((x_j − b_j − a_j m_j)² + a_j² v_j) / (2 s²)   for q = N(m, diag v)
 * </pre>
 * Everything is float64; x and z are [N, Z] (row n is sample n); a and b are [1, Z]. Arrays
 * passed in are never modified. The Monte Carlo estimators take a {@link Divergences}, so a
 * notebook runs them on the student's {@code logNormal}, {@code logMeanExp} and
 * {@code importanceSampledLogLikelihood}.
 *
 * @param a        slopes a_j, [1, Z], float64
 * @param b        offsets b_j, [1, Z], float64
 * @param noiseVar decoder noise variance s² &gt; 0
 */
public record LinearGaussian(INDArray a, INDArray b, double noiseVar) {
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    public LinearGaussian {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Shapes.in("LinearGaussian").check("a", a, 1, "Z").check("b", b, 1, "Z");
        if (!(noiseVar > 0)) {
            throw Failure.in("LinearGaussian").argument("noiseVar").expected("s² > 0").got(String.valueOf(noiseVar))
                    .exception();
        }
        a = a.castTo(DataType.DOUBLE).dup();
        b = b.castTo(DataType.DOUBLE).dup();
    }

    /** A model with slopes a_j ~ U(0.5, 2) and offsets b_j ~ N(0, 1), from {@code seed}. */
    public static LinearGaussian random(int z, double noiseVar, long seed) {
        Rng rng = Rng.seeded(seed);
        return new LinearGaussian(rng.uniform(DataType.DOUBLE, 0.5, 2.0, 1, z), rng.normal(DataType.DOUBLE, 1, z),
                noiseVar);
    }

    /** The latent dimension Z (= the data dimension). */
    public int dim() {
        return (int) a.length();
    }

    /** Ancestral samples: z ~ N(0, I), then x ~ p(x | z). Returns x, [N, Z]. */
    public INDArray sample(int n, Rng rng) {
        INDArray z = rng.normal(DataType.DOUBLE, n, dim());
        return decoderMean(z).addi(rng.normal(DataType.DOUBLE, n, dim()).muli(Math.sqrt(noiseVar)));
    }

    /** a ⊙ z + b, [N, Z]. */
    public INDArray decoderMean(INDArray z) {
        check("decoderMean", "z", z);
        return z.castTo(DataType.DOUBLE).mulRowVector(a).addiRowVector(b);
    }

    /** The exact evidence log p(x), [N, 1]. */
    public INDArray logEvidence(INDArray x) {
        INDArray var = evidenceVariance();
        INDArray d = centred("logEvidence", x);
        INDArray terms = d.mul(d).diviRowVector(var).addiRowVector(Transforms.log(var)).addi(LOG_2PI);
        return terms.sum(true, 1).muli(-0.5);
    }

    /** Mean of the exact posterior p(z | x), [N, Z]. */
    public INDArray posteriorMean(INDArray x) {
        return centred("posteriorMean", x).mulRowVector(a).diviRowVector(evidenceVariance());
    }

    /** Log-variance of the exact posterior p(z | x), [N, Z] (the same for every row). */
    public INDArray posteriorLogVar(INDArray x) {
        check("posteriorLogVar", "x", x);
        INDArray row = Transforms.log(evidenceVariance().rdiv(noiseVar));
        return Nd4j.zeros(DataType.DOUBLE, x.rows(), dim()).addiRowVector(row);
    }

    /** The exact expected log-likelihood E_{z~q}[log p(x | z)] for q = N(qMu, diag exp(qLogVar)), [N, 1]. */
    public INDArray expectedLogLikelihood(INDArray x, INDArray qMu, INDArray qLogVar) {
        Shapes.in("LinearGaussian.expectedLogLikelihood").check("x", x, "N", "Z").check("qMu", qMu, "N", "Z")
                .check("qLogVar", qLogVar, "N", "Z");
        INDArray r = centred("expectedLogLikelihood", x).subi(qMu.castTo(DataType.DOUBLE).mulRowVector(a));
        INDArray spread = Transforms.exp(qLogVar.castTo(DataType.DOUBLE)).mulRowVector(a.mul(a));
        INDArray terms = r.muli(r).addi(spread).divi(noiseVar).addi(LOG_2PI + Math.log(noiseVar));
        return terms.sum(true, 1).muli(-0.5);
    }

    /**
     * The exact gradient of ELBO(q) = E_q[log p(x|z)] − KL(q ‖ N(0, I)) with respect to qMu and
     * qLogVar, both [N, Z]:
     * <pre>  ∂/∂m = a (x − b − a m) / s² − m        ∂/∂logVar = ½ (1 − exp(logVar) (1 + a² / s²))</pre>
     * Both vanish exactly at the posterior.
     */
    public Divergences.KlGrads elboGradient(INDArray x, INDArray qMu, INDArray qLogVar) {
        INDArray m = qMu.castTo(DataType.DOUBLE);
        INDArray r = centred("elboGradient", x).subi(m.mulRowVector(a));
        INDArray dMu = r.mulRowVector(a).divi(noiseVar).subi(m);
        INDArray gain = a.mul(a).divi(noiseVar).addi(1.0);
        INDArray dLogVar = Transforms.exp(qLogVar.castTo(DataType.DOUBLE)).mulRowVector(gain).rsubi(1.0).muli(0.5);
        return new Divergences.KlGrads(dMu, dLogVar);
    }

    /** log p(x | z) for matching rows of x and z, [N, 1], computed with {@code dv.logNormal}. */
    public INDArray logLikelihood(Divergences dv, INDArray x, INDArray z) {
        return dv.logNormal(x.castTo(DataType.DOUBLE), decoderMean(z), constant(z.rows(), Math.log(noiseVar)));
    }

    /**
     * R independent naive Monte Carlo estimates of log p(x) for one x ([1, Z]), each from K
     * prior samples: log (1/K) Σ_k p(x | z_k), z_k ~ N(0, I), via {@code dv.logMeanExp}.
     * Returns [R, 1].
     */
    public INDArray naiveEstimates(Divergences dv, INDArray x, int k, int r, Rng rng) {
        Shapes.in("LinearGaussian.naiveEstimates").check("x", x, 1, "Z");
        INDArray z = rng.normal(DataType.DOUBLE, (long) r * k, dim());
        INDArray logLik = logLikelihood(dv, repeatRow(x, r * k), z);
        return dv.logMeanExp(logLik.reshape('c', r, k));
    }

    /**
     * R independent importance-sampling estimates of log p(x) for one x ([1, Z]), each from K
     * samples of the proposal q = N(posterior mean, (widen · posterior sd)²), via
     * {@code dv.importanceSampledLogLikelihood}. widen = 1 is the posterior itself (zero
     * variance). Returns [R, 1].
     */
    public INDArray importanceEstimates(Divergences dv, INDArray x, double widen, int k, int r, Rng rng) {
        Shapes.in("LinearGaussian.importanceEstimates").check("x", x, 1, "Z");
        int n = r * k;
        INDArray xs = repeatRow(x, n);
        INDArray qMu = posteriorMean(xs);
        INDArray qLogVar = posteriorLogVar(xs).addi(2 * Math.log(widen));
        INDArray z = rng.normal(DataType.DOUBLE, n, dim()).muli(Transforms.exp(qLogVar.mul(0.5))).addi(qMu);
        INDArray logLik = logLikelihood(dv, xs, z);
        INDArray logPz = dv.logNormal(z, constant(n, 0), constant(n, 0));
        INDArray logQz = dv.logNormal(z, qMu, qLogVar);
        return dv.importanceSampledLogLikelihood(logLik.reshape('c', r, k), logPz.reshape('c', r, k),
                logQz.reshape('c', r, k));
    }

    private INDArray evidenceVariance() {
        return a.mul(a).addi(noiseVar);
    }

    private INDArray centred(String op, INDArray x) {
        check(op, "x", x);
        return x.castTo(DataType.DOUBLE).subRowVector(b);
    }

    private void check(String op, String name, INDArray x) {
        Shapes.in("LinearGaussian." + op).check(name, x, "N", dim());
    }

    private INDArray constant(long n, double value) {
        return Nd4j.valueArrayOf(new long[] {n, dim()}, value, DataType.DOUBLE);
    }

    private static INDArray repeatRow(INDArray x, int n) {
        return Nd4j.zeros(DataType.DOUBLE, n, x.columns()).addiRowVector(x.castTo(DataType.DOUBLE));
    }
}
