package latentlab.grader.suite;

import static latentlab.grader.suite.Ops.a;
import static latentlab.grader.suite.Ops.scalar;

import java.util.List;
import latentlab.exercises.GanObjectives;
import latentlab.grader.Outcome;
import latentlab.grader.suite.GradientTest.Wrt;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Tests of {@link GanObjectives} (Unit 4). */
final class GanObjectivesSuite {
    private static final String STABLE_SOFTPLUS = "log(1 + exp(l)) overflows for large logits, and log σ(l) or "
            + "log(1 − σ(l)) give log 0 = −∞: write the loss with a stable softplus(a) = max(a, 0) + log1p(exp(−|a|))";

    private GanObjectivesSuite() {
    }

    static List<GraderTest> tests() {
        GanObjectives ref = References.of(GanObjectives.class);
        Suite suite = new Suite();

        suite.standard(MethodSpec.of(GanObjectives.class, "optimalDiscriminator", List.of("pData", "pG"),
                        GanObjectivesSuite::distributions).noBatch()
                .mistake("this is p_G/(p_data + p_G): D* is the probability that x is real, p_data/(p_data + p_G)",
                        x -> ref.optimalDiscriminator(a(x[0]), a(x[1])).rsub(1)));

        MethodSpec jsd = suite.standard(MethodSpec.of(GanObjectives.class, "jensenShannon", List.of("p", "q"),
                        GanObjectivesSuite::distributions).noBatch()
                .extremes("probabilities down to 1e-300", null)
                .mistake("log base 2 (bits) instead of the natural log (nats)", x -> ref.jensenShannon(a(x[0]), a(x[1]))
                        / Math.log(2))
                .mistake("the ½ in front of each KL is missing", x -> 2 * ref.jensenShannon(a(x[0]), a(x[1]))));

        MethodSpec value = suite.standard(MethodSpec.of(GanObjectives.class, "valueAtOptimum", List.of("pData", "pG"),
                        GanObjectivesSuite::distributions).noBatch()
                .extremes("probabilities down to 1e-300", null)
                .mistake("sign error: C(G) = Σ p_data log D* + p_G log(1 − D*) ≤ 0",
                        x -> -ref.valueAtOptimum(a(x[0]), a(x[1])))
                .mistake("D* and 1 − D* are swapped", x -> {
                    INDArray d = ref.optimalDiscriminator(a(x[0]), a(x[1]));
                    return a(x[0]).mul(Ops.log(d.rsub(1))).add(a(x[1]).mul(Ops.log(d))).sumNumber().doubleValue();
                }));
        suite.test(value, "equals −log 4 + 2·JSD with your jensenShannon", 2, false, c -> {
            Object[] args = value.make(new Case(14, 1, 6, Case.Style.ORDINARY));
            Outcome v = c.student(value.method(), args);
            Outcome j = c.student(jsd.method(), args);
            return Identities.check(value, args, List.of(v, j),
                    r -> Math.abs(scalar(r.get(0)) - (-Math.log(4) + 2 * scalar(r.get(1)))) <= 1e-9,
                    "valueAtOptimum(p, q) = −log 4 + 2·jensenShannon(p, q)");
        });

        MethodSpec dLoss = suite.standard(MethodSpec.of(GanObjectives.class, "discriminatorLoss",
                        List.of("realLogits", "fakeLogits"), c -> new Object[] {c.values(0, c.n(), 1, 2, 1e4),
                                c.values(1, c.n() + 1, 1, 2, 1e4)})
                .extremes("|logits| up to 1e4", STABLE_SOFTPLUS)
                .mistake("real and fake labels are swapped: real logits should be pushed up",
                        x -> ref.discriminatorLoss(a(x[1]), a(x[0])))
                .mistake("summed over each batch instead of averaged", x -> {
                    INDArray r = a(x[0]);
                    INDArray f = a(x[1]);
                    return r.rows() * ref.discriminatorLoss(r, f.mul(0).sub(1e30)) + f.rows()
                            * ref.discriminatorLoss(r.mul(0).add(1e30), f);
                }));
        MethodSpec dGrad = suite.standard(MethodSpec.of(GanObjectives.class, "discriminatorLossGradient",
                        List.of("realLogits", "fakeLogits"), c -> new Object[] {c.values(0, c.n(), 1, 2, 1e4),
                                c.values(1, c.n() + 1, 1, 2, 1e4)})
                .extremes("|logits| up to 1e4", STABLE_SOFTPLUS));
        suite.gradient(dGrad, dLoss, x -> x, GradientTest.sum(), new Wrt(0, "dRealLogits"), new Wrt(1, "dFakeLogits"));

        MethodSpec sat = suite.standard(MethodSpec.of(GanObjectives.class, "generatorLossSaturating",
                        List.of("fakeLogits"), c -> new Object[] {c.values(0, c.n(), 1, 2, 1e4)})
                .extremes("|logits| up to 1e4", STABLE_SOFTPLUS)
                .mistake("this is the non-saturating loss −mean log D(G(z)); the saturating one is mean log(1 − D(G(z)))",
                        x -> ref.generatorLossNonSaturating(a(x[0])))
                .mistake("sign error: the saturating loss mean log(1 − D(G(z))) is ≤ 0",
                        x -> -ref.generatorLossSaturating(a(x[0]))));
        MethodSpec satGrad = suite.standard(MethodSpec.of(GanObjectives.class, "generatorLossSaturatingGradient",
                        List.of("fakeLogits"), c -> new Object[] {c.values(0, c.n(), 1, 2, 1e4)})
                .extremes("|logits| up to 1e4", STABLE_SOFTPLUS)
                .mistake("this is the non-saturating loss's gradient", x -> ref.generatorLossNonSaturatingGradient(a(x[0]))));
        suite.gradient(satGrad, sat, x -> x, GradientTest.sum(), new Wrt(0, "result"));

        MethodSpec nonSat = suite.standard(MethodSpec.of(GanObjectives.class, "generatorLossNonSaturating",
                        List.of("fakeLogits"), c -> new Object[] {c.values(0, c.n(), 1, 2, 1e4)})
                .extremes("|logits| up to 1e4", STABLE_SOFTPLUS)
                .mistake("this is the saturating loss mean log(1 − D(G(z))); the non-saturating one is −mean log D(G(z))",
                        x -> ref.generatorLossSaturating(a(x[0])))
                .mistake("sign error: −mean log D(G(z)) is ≥ 0", x -> -ref.generatorLossNonSaturating(a(x[0]))));
        MethodSpec nonSatGrad = suite.standard(MethodSpec.of(GanObjectives.class, "generatorLossNonSaturatingGradient",
                        List.of("fakeLogits"), c -> new Object[] {c.values(0, c.n(), 1, 2, 1e4)})
                .extremes("|logits| up to 1e4", STABLE_SOFTPLUS)
                .mistake("this is the saturating loss's gradient", x -> ref.generatorLossSaturatingGradient(a(x[0]))));
        suite.gradient(nonSatGrad, nonSat, x -> x, GradientTest.sum(), new Wrt(0, "result"));
        return suite.tests();
    }

    private static Object[] distributions(Case c) {
        return new Object[] {c.probabilities(0, c.d() + 2), c.probabilities(1, c.d() + 2)};
    }
}
