package latentlab.grader.suite;

import static latentlab.grader.suite.Ops.a;
import static latentlab.grader.suite.Ops.exp;
import static latentlab.grader.suite.Ops.rowMean;
import static latentlab.grader.suite.Ops.rowSum;

import java.util.List;
import latentlab.exercises.Reparameterization;
import latentlab.exercises.Reparameterization.VaeLossResult;
import latentlab.grader.suite.GradientTest.Wrt;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Tests of {@link Reparameterization} (Unit 3). */
final class ReparameterizationSuite {
    private static final String STABLE_BCE = "log(1 + exp(l)) overflows for large logits (and log σ(l) gives log 0): "
            + "use the stable form max(l, 0) − l·x + log1p(exp(−|l|))";

    private ReparameterizationSuite() {
    }

    static List<GraderTest> tests() {
        Reparameterization ref = References.of(Reparameterization.class);
        Suite suite = new Suite();

        MethodSpec reparameterize = suite.standard(MethodSpec.of(Reparameterization.class, "reparameterize",
                        List.of("mu", "logVar", "eps"), c -> new Object[] {c.values(0, 1, 1e2), c.values(1, 1, 1e4),
                                c.values(2, 1, 1)})
                .extremes("|logVar| up to 1e4", null)
                .mistake("σ² used instead of σ: σ = exp(½·logVar), not exp(logVar)",
                        x -> a(x[0]).add(exp(a(x[1])).mul(a(x[2]))))
                .mistake("logVar used as σ: σ = exp(½·logVar)", x -> a(x[0]).add(a(x[1]).mul(a(x[2])))));

        MethodSpec backward = suite.standard(MethodSpec.of(Reparameterization.class, "reparameterizeBackward",
                        List.of("dZ", "logVar", "eps"), c -> new Object[] {c.values(0, 1, 1), c.values(1, 1, 30),
                                c.values(2, 1, 1)})
                .extremes("|logVar| up to 30", null)
                .mistake("the ½ from σ = exp(½·logVar) is missing in dLogVar", x -> {
                    Reparameterization.ReparameterizeGrads g = ref.reparameterizeBackward(a(x[0]), a(x[1]), a(x[2]));
                    return new Reparameterization.ReparameterizeGrads(g.dMu(), g.dLogVar().mul(2));
                }));
        suite.gradient(backward, reparameterize, x -> new Object[] {((INDArray) x[1]).mul(0.3), x[1], x[2]},
                GradientTest.weightedBy(0), new Wrt(0, "dMu"), new Wrt(1, "dLogVar"));

        MethodSpec bce = suite.standard(MethodSpec.of(Reparameterization.class, "bceWithLogits", List.of("logits", "x"),
                        c -> new Object[] {c.values(0, 2, 1e4), c.uniform(1, c.n(), c.d(), 0, 1)})
                .extremes("|logits| up to 1e4", STABLE_BCE)
                .mistake("sign error: BCE = −Σ[x log σ(l) + (1 − x) log(1 − σ(l))] ≥ 0",
                        x -> ref.bceWithLogits(a(x[0]), a(x[1])).neg())
                .mistake("averaged over the D features: BCE_n sums them", x -> ref.bceWithLogits(a(x[0]), a(x[1]))
                        .div(a(x[0]).columns())));

        MethodSpec bceGrad = suite.standard(MethodSpec.of(Reparameterization.class, "bceWithLogitsGradient",
                        List.of("logits", "x"), c -> new Object[] {c.values(0, 2, 1e4), c.uniform(1, c.n(), c.d(), 0, 1)})
                .extremes("|logits| up to 1e4", "σ(l) = 1/(1 + exp(−l)) is fine for l ≫ 0; for l ≪ 0 exp(−l) overflows "
                        + "to ∞ and 1/∞ = 0 is still right, but exp(l)/(1 + exp(l)) gives ∞/∞ = NaN")
                .mistake("sign error: ∂BCE/∂l = σ(l) − x", x -> ref.bceWithLogitsGradient(a(x[0]), a(x[1])).neg())
                .mistake("divided by N: this is the gradient of Σ_n BCE_n, not of its mean",
                        x -> ref.bceWithLogitsGradient(a(x[0]), a(x[1])).div(a(x[0]).rows())));
        suite.gradient(bceGrad, bce, x -> x, GradientTest.sum(), new Wrt(0, "result"));

        suite.standard(MethodSpec.of(Reparameterization.class, "pathwiseGradient", List.of("fPrimeAtZ"),
                        c -> new Object[] {c.values(0, 2, 1e3)})
                .mistake("summed over the K samples instead of averaged", x -> rowSum(a(x[0]))));

        suite.standard(MethodSpec.of(Reparameterization.class, "scoreFunctionGradient", List.of("fAtZ", "eps", "sigma"),
                        c -> new Object[] {c.values(0, 2, 1e3), c.values(1, 1, 1),
                                c.uniform(2, c.n(), 1, 0.2, 2.0)})
                .mistake("divided by σ² instead of σ: the score is (z − μ)/σ² = ε/σ",
                        x -> rowMean(a(x[0]).mul(a(x[1]))).div(a(x[2]).mul(a(x[2]))))
                .mistake("the division by σ is missing", x -> rowMean(a(x[0]).mul(a(x[1]))))
                .mistake("summed over the K samples instead of averaged",
                        x -> rowSum(a(x[0]).mul(a(x[1]))).div(a(x[2]))));

        MethodSpec vae = suite.standard(MethodSpec.of(Reparameterization.class, "vaeLoss",
                        List.of("logits", "x", "mu", "logVar", "alpha"),
                        c -> new Object[] {c.values(0, 2, 1e4), c.uniform(1, c.n(), c.d(), 0, 1), c.values(2, c.n(), 2, 1, 1e2),
                                c.values(3, c.n(), 2, 1, 30), c.style() == Case.Style.SIMPLE ? 1.0 : 0.5 + c.rng(4).uniform()})
                .extremes("|logits| up to 1e4, |logVar| up to 30", STABLE_BCE)
                .mistake("summed over the batch instead of averaged", x -> scaled(ref.vaeLoss(a(x[0]), a(x[1]), a(x[2]),
                        a(x[3]), Ops.scalar(x[4])), a(x[0]).rows()))
                .mistake("α weighs the KL term instead of the reconstruction", x -> swappedAlpha(ref, x)));
        suite.gradient(vae, vae, x -> x, (args, value) -> value instanceof VaeLossResult r ? r.loss() : Double.NaN,
                new Wrt(0, "dLogits"), new Wrt(2, "dMu"), new Wrt(3, "dLogVar"));
        return suite.tests();
    }

    private static VaeLossResult scaled(VaeLossResult r, double k) {
        return new VaeLossResult(r.loss() * k, r.reconstruction() * k, r.kl() * k, r.dLogits().mul(k), r.dMu().mul(k),
                r.dLogVar().mul(k));
    }

    private static VaeLossResult swappedAlpha(Reparameterization ref, Object[] x) {
        double alpha = Ops.scalar(x[4]);
        VaeLossResult r = ref.vaeLoss(a(x[0]), a(x[1]), a(x[2]), a(x[3]), 1.0);
        return new VaeLossResult(r.reconstruction() + alpha * r.kl(), r.reconstruction(), r.kl(), r.dLogits(),
                r.dMu().mul(alpha), r.dLogVar().mul(alpha));
    }
}
