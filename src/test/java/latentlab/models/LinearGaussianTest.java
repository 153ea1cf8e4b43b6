package latentlab.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import latentlab.exercises.Divergences;
import latentlab.tensor.GradientCheck;
import latentlab.tensor.Rng;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

class LinearGaussianTest {
    private final LinearGaussian model = LinearGaussian.random(3, 0.5, 11);
    private final INDArray x = model.sample(4, Rng.seeded(12));

    private static double logNormal(double v, double mean, double var) {
        return -0.5 * (Math.log(2 * Math.PI * var) + (v - mean) * (v - mean) / var);
    }

    @Test
    void evidenceMatchesQuadratureOfTheJoint() {
        LinearGaussian one = LinearGaussian.random(1, 0.3, 5);
        double a = one.a().getDouble(0), b = one.b().getDouble(0), xv = 0.7;
        double integral = Quadrature1d.simpson(-12, 12, 4001)
                .integrate(z -> Math.exp(logNormal(xv, a * z + b, 0.3) + logNormal(z, 0, 1)));
        double exact = one.logEvidence(Nd4j.createFromArray(new double[][] {{xv}})).getDouble(0);
        assertEquals(Math.log(integral), exact, 1e-10);
    }

    @Test
    void posteriorSatisfiesBayesRule() {
        INDArray mu = model.posteriorMean(x), logVar = model.posteriorLogVar(x), ev = model.logEvidence(x);
        Rng rng = Rng.seeded(3);
        for (int n = 0; n < 4; n++) {
            double lhs = 0, rhs = -ev.getDouble(n, 0);
            for (int j = 0; j < 3; j++) {
                double z = rng.normal();
                double a = model.a().getDouble(0, j), b = model.b().getDouble(0, j);
                lhs += logNormal(z, mu.getDouble(n, j), Math.exp(logVar.getDouble(n, j)));
                rhs += logNormal(x.getDouble(n, j), a * z + b, 0.5) + logNormal(z, 0, 1);
            }
            assertEquals(rhs, lhs, 1e-10);
        }
    }

    @Test
    void expectedLogLikelihoodMatchesMonteCarlo() {
        INDArray row = x.getRow(0, true), qMu = Nd4j.createFromArray(new double[][] {{0.3, -0.2, 1.0}});
        INDArray qLogVar = Nd4j.createFromArray(new double[][] {{-0.5, 0.2, -1.0}});
        int k = 200_000;
        INDArray z = Rng.seeded(9).normal(DataType.DOUBLE, k, 3).mulRowVector(Transforms.exp(qLogVar.mul(0.5)))
                .addiRowVector(qMu);
        INDArray mean = model.decoderMean(z), d = mean.rsubiRowVector(row);
        INDArray logLik = d.mul(d).divi(0.5).addi(Math.log(2 * Math.PI * 0.5)).sum(true, 1).muli(-0.5);
        double mc = logLik.meanNumber().doubleValue(), se = logLik.stdNumber().doubleValue() / Math.sqrt(k);
        double exact = model.expectedLogLikelihood(row, qMu, qLogVar).getDouble(0);
        assertTrue(Math.abs(mc - exact) < 4 * se, "MC " + mc + " ± " + se + " vs exact " + exact);
    }

    @Test
    void elboGradientMatchesFiniteDifferencesAndVanishesAtThePosterior() {
        INDArray qMu = Rng.seeded(1).normal(DataType.DOUBLE, 4, 3), qLogVar = Rng.seeded(2).normal(DataType.DOUBLE, 4, 3);
        Divergences.KlGrads g = model.elboGradient(x, qMu, qLogVar);
        INDArray numMu = GradientCheck.numerical(m -> elbo(x, m, qLogVar), qMu);
        INDArray numLv = GradientCheck.numerical(lv -> elbo(x, qMu, lv), qLogVar);
        assertTrue(GradientCheck.relError(numMu, g.dMu()) < 1e-7);
        assertTrue(GradientCheck.relError(numLv, g.dLogVar()) < 1e-7);
        Divergences.KlGrads atPosterior = model.elboGradient(x, model.posteriorMean(x), model.posteriorLogVar(x));
        assertEquals(0, atPosterior.dMu().norm2Number().doubleValue(), 1e-12);
        assertEquals(0, atPosterior.dLogVar().norm2Number().doubleValue(), 1e-12);
    }

    private double elbo(INDArray x, INDArray qMu, INDArray qLogVar) {
        INDArray v = Transforms.exp(qLogVar);
        double kl = 0.5 * v.add(qMu.mul(qMu)).subi(1).subi(qLogVar).sumNumber().doubleValue();
        return model.expectedLogLikelihood(x, qMu, qLogVar).sumNumber().doubleValue() - kl;
    }

    @Test
    void doesNotModifyItsInputs() {
        INDArray before = x.dup(), qMu = x.mul(0.1), qLogVar = x.mul(-0.1);
        INDArray qMuBefore = qMu.dup(), qLogVarBefore = qLogVar.dup();
        model.logEvidence(x);
        model.posteriorMean(x);
        model.posteriorLogVar(x);
        model.expectedLogLikelihood(x, qMu, qLogVar);
        model.elboGradient(x, qMu, qLogVar);
        model.decoderMean(qMu);
        assertEquals(before, x);
        assertEquals(qMuBefore, qMu);
        assertEquals(qLogVarBefore, qLogVar);
    }
}
