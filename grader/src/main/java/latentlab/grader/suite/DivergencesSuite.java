package latentlab.grader.suite;

import static latentlab.grader.suite.Ops.a;
import static latentlab.grader.suite.Ops.exp;
import static latentlab.grader.suite.Ops.rowMean;
import static latentlab.grader.suite.Ops.rowSum;
import static latentlab.grader.suite.Ops.scalar;

import java.util.List;
import latentlab.exercises.Divergences;
import latentlab.grader.Outcome;
import latentlab.grader.Verdict;
import latentlab.grader.suite.GradientTest.Wrt;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Tests of {@link Divergences} (Unit 2). */
final class DivergencesSuite {
    private static final String STABLE_LOG_MEAN_EXP = "exp overflows for large weights: subtract the row maximum m "
            + "first, logMeanExp(w) = m + log(mean(exp(w − m)))";

    private DivergencesSuite() {
    }

    static List<GraderTest> tests() {
        Divergences ref = References.of(Divergences.class);
        Suite suite = new Suite();

        MethodSpec klGaussians = suite.standard(MethodSpec.of(Divergences.class, "klGaussians",
                        List.of("mu1", "sigma1", "mu2", "sigma2"), DivergencesSuite::gaussianPair).noBatch()
                .mistake("the −½ is missing at the end", x -> ref.klGaussians(d(x[0]), d(x[1]), d(x[2]), d(x[3])) + 0.5)
                .mistake("p and q are swapped: this is KL(q ‖ p)", x -> ref.klGaussians(d(x[2]), d(x[3]), d(x[0]), d(x[1])))
                .mistake("σ is used as if it were the variance σ²: square it in the formula",
                        x -> ref.klGaussians(d(x[0]), Math.sqrt(d(x[1])), d(x[2]), Math.sqrt(d(x[3])))));
        suite.test(klGaussians, "is ≥ 0, and 0 for equal Gaussians", 1, false, c -> {
            Object[] pair = gaussianPair(new Case(11, 1, 1, Case.Style.ORDINARY));
            List<Outcome> outcomes = c.students(klGaussians.method(),
                    List.of(pair, new Object[] {pair[0], pair[1], pair[0], pair[1]}));
            return Identities.check(klGaussians, pair, outcomes, v -> scalar(v.get(0)) >= -1e-12
                    && Math.abs(scalar(v.get(1))) <= 1e-12, "KL(p ‖ q) ≥ 0 and KL(p ‖ p) = 0");
        });

        MethodSpec kl = suite.standard(MethodSpec.of(Divergences.class, "klToStandardNormal", List.of("mu", "logVar"),
                        c -> new Object[] {c.values(0, 1, 1e2), c.values(1, 1, 1e4)})
                .extremes("|logVar| up to 1e4", "for logVar = −1e4, exp(logVar) is 0 and the KL is large but finite")
                .mistake("the ½ in front of the sum is missing", x -> ref.klToStandardNormal(a(x[0]), a(x[1])).mul(2))
                .mistake("sign error: KL must be ≥ 0", x -> ref.klToStandardNormal(a(x[0]), a(x[1])).neg())
                .mistake("averaged over the latent dimensions instead of summed",
                        x -> ref.klToStandardNormal(a(x[0]), a(x[1])).div(a(x[0]).columns()))
                .mistake("σ used where σ² belongs: exp(logVar) is already σ², exp(½·logVar) is σ",
                        x -> rowSum(exp(a(x[1]).mul(0.5)).add(a(x[0]).mul(a(x[0]))).sub(1).sub(a(x[1]))).mul(0.5)));

        MethodSpec klGrad = suite.standard(MethodSpec.of(Divergences.class, "klToStandardNormalGradient",
                        List.of("mu", "logVar"), c -> new Object[] {c.values(0, 1, 1e2), c.values(1, 1, 30)})
                .extremes("|logVar| up to 30", null)
                .mistake("the ½ in dLogVar is missing", x -> new Divergences.KlGrads(a(x[0]),
                        exp(a(x[1])).sub(1)))
                .mistake("σ used where σ² belongs in dLogVar", x -> new Divergences.KlGrads(a(x[0]),
                        exp(a(x[1]).mul(0.5)).sub(1).mul(0.5))));
        suite.gradient(klGrad, kl, x -> x, GradientTest.sum(), new Wrt(0, "dMu"), new Wrt(1, "dLogVar"));

        MethodSpec klDiscrete = suite.standard(MethodSpec.of(Divergences.class, "klDiscrete", List.of("p", "q"),
                        c -> new Object[] {c.probabilities(0, c.d() + 1), c.probabilities(1, c.d() + 1)}).noBatch()
                .extremes("probabilities down to 1e-300", null)
                .mistake("p and q are swapped: this is KL(q ‖ p)", x -> ref.klDiscrete(a(x[1]), a(x[0])))
                .mistake("sign error: KL(p ‖ q) = Σ p log(p/q) ≥ 0", x -> -ref.klDiscrete(a(x[0]), a(x[1])))
                .mistake("log base 2 (bits) instead of the natural log (nats)",
                        x -> ref.klDiscrete(a(x[0]), a(x[1])) / Math.log(2)));
        suite.test(klDiscrete, "is ≥ 0, and 0 when p = q", 1, false, c -> {
            Object[] pq = klDiscrete.make(new Case(12, 1, 5, Case.Style.ORDINARY));
            List<Outcome> outcomes = c.students(klDiscrete.method(), List.of(pq, new Object[] {pq[0], pq[0]}));
            return Identities.check(klDiscrete, pq, outcomes, v -> scalar(v.get(0)) >= -1e-12
                    && Math.abs(scalar(v.get(1))) <= 1e-12, "KL(p ‖ q) ≥ 0 and KL(p ‖ p) = 0");
        });

        suite.standard(MethodSpec.of(Divergences.class, "logNormal", List.of("x", "mu", "logVar"),
                        DivergencesSuite::logNormalInputs)
                .extremes("|logVar| up to 1e4, with x = μ in places", "with logVar = −1e4, exp(−logVar) is ∞: a term "
                        + "with x = μ must give its finite value, not 0·∞ = NaN")
                .mistake("the ½ is missing", x -> ref.logNormal(a(x[0]), a(x[1]), a(x[2])).mul(2))
                .mistake("sign error: this is the negative log-density", x -> ref.logNormal(a(x[0]), a(x[1]), a(x[2])).neg())
                .mistake("the log 2π term is missing", x -> ref.logNormal(a(x[0]), a(x[1]), a(x[2]))
                        .add(0.5 * Math.log(2 * Math.PI) * a(x[0]).columns()))
                .mistake("σ used where σ² belongs: (x − μ)² is divided by the variance exp(logVar)",
                        x -> rowSum(a(x[2]).add(Math.log(2 * Math.PI)).add(a(x[0]).sub(a(x[1])).mul(a(x[0]).sub(a(x[1])))
                                .mul(exp(a(x[2]).mul(-0.5))))).mul(-0.5)));

        suite.standard(MethodSpec.of(Divergences.class, "logMeanExp", List.of("logWeights"),
                        c -> new Object[] {c.values(0, 3, 1e4)})
                .extremes("log-weights up to ±1e4", STABLE_LOG_MEAN_EXP)
                .mistake("this is log Σ exp, the log-sum-exp: subtract log K for the mean",
                        x -> ref.logMeanExp(a(x[0])).add(Math.log(a(x[0]).columns())))
                .mistake("this is the mean of the log-weights, not the log of the mean of their exponentials",
                        x -> rowMean(a(x[0]))));

        MethodSpec elbo = suite.standard(MethodSpec.of(Divergences.class, "elboEstimate",
                        List.of("logPxGivenZ", "logPz", "logQz"), DivergencesSuite::logDensities)
                .extremes("log-densities around ±1e4", null)
                .mistake("sign error on log q: ELBO = E[log p(x|z) + log p(z) − log q(z|x)]",
                        x -> rowMean(a(x[0]).add(a(x[1])).add(a(x[2]))))
                .mistake("summed over the K samples instead of averaged",
                        x -> ref.elboEstimate(a(x[0]), a(x[1]), a(x[2])).mul(a(x[0]).columns())));

        MethodSpec iwae = suite.standard(MethodSpec.of(Divergences.class, "importanceSampledLogLikelihood",
                        List.of("logPxGivenZ", "logPz", "logQz"), DivergencesSuite::logDensities)
                .extremes("log-weights around ±1e4", STABLE_LOG_MEAN_EXP)
                .mistake("this is the ELBO (the mean of the log-weights): log p(x) is the log of the mean of the "
                        + "weights exp(log p(x|z) + log p(z) − log q(z|x))", x -> ref.elboEstimate(a(x[0]), a(x[1]), a(x[2])))
                .mistake("this is log Σ_k w_k: subtract log K for the mean",
                        x -> ref.importanceSampledLogLikelihood(a(x[0]), a(x[1]), a(x[2])).add(Math.log(a(x[0]).columns()))));
        suite.test(iwae, "is ≥ your elboEstimate on the same samples (Jensen)", 1, false, c -> {
            Object[] args = iwae.make(new Case(13, 4, 6, Case.Style.ORDINARY));
            Outcome bound = c.student(iwae.method(), args);
            Outcome lower = c.student(elbo.method(), args);
            return Identities.check(iwae, args, List.of(bound, lower),
                    v -> ((INDArray) v.get(0)).sub((INDArray) v.get(1)).minNumber().doubleValue() >= -1e-9,
                    "importanceSampledLogLikelihood ≥ elboEstimate, row by row");
        });
        return suite.tests();
    }

    private static double d(Object value) {
        return scalar(value);
    }

    /** (μ1, σ1, μ2, σ2); ZEROS gives two standard normals, EXTREME σ from 1e-6 to 1e6. */
    private static Object[] gaussianPair(Case c) {
        var r = c.rng(0);
        return switch (c.style()) {
            case ZEROS -> new Object[] {0.0, 1.0, 0.0, 1.0};
            case SIMPLE -> new Object[] {(double) (r.nextInt(5) - 2), 0.5 + r.nextInt(4) / 2.0,
                    (double) (r.nextInt(5) - 2), 0.5 + r.nextInt(4) / 2.0};
            case EXTREME -> new Object[] {1e3 * r.normal(), Math.exp(6 * r.normal()), -1e3 * r.normal(),
                    Math.exp(6 * r.normal())};
            case ORDINARY -> new Object[] {r.normal(), Math.exp(0.5 * r.normal()), r.normal(), Math.exp(0.5 * r.normal())};
        };
    }

    private static Object[] logNormalInputs(Case c) {
        INDArray mu = c.values(1, 1, 1e2);
        INDArray x = c.values(0, 1, 1e2);
        if (c.style() == Case.Style.EXTREME) {
            // Where logVar is huge and negative the density is a spike: put x exactly on μ there.
            INDArray logVar = c.values(2, 1, 1e4);
            x = x.dup();
            for (long i = 0; i < x.length(); i += 2) {
                x.putScalar(i, mu.getDouble(i));
            }
            return new Object[] {x, mu, logVar};
        }
        return new Object[] {x, mu, c.values(2, 1, 1e4)};
    }

    private static Object[] logDensities(Case c) {
        return new Object[] {c.values(0, 3, 1e4).sub(5), c.values(1, 1, 10).sub(2), c.values(2, 1, 10).sub(1)};
    }
}
