package latentlab.grader.suite;

import static latentlab.grader.suite.Ops.a;

import java.util.List;
import latentlab.exercises.CycleConsistency;
import latentlab.grader.suite.GradientTest.Wrt;

/** Tests of {@link CycleConsistency} (Unit 5). */
final class CycleConsistencySuite {
    private CycleConsistencySuite() {
    }

    static List<GraderTest> tests() {
        CycleConsistency ref = References.of(CycleConsistency.class);
        Suite suite = new Suite();
        MethodSpec.Inputs inputs = c -> new Object[] {c.values(0, 1, 1e3), c.values(1, 1, 1e3),
                c.values(2, c.n() + 1, c.d() + 1, 1, 1e3), c.values(3, c.n() + 1, c.d() + 1, 1, 1e3)};

        MethodSpec loss = suite.standard(MethodSpec.of(CycleConsistency.class, "cycleConsistencyLoss",
                        List.of("x", "xCycled", "y", "yCycled"), inputs)
                .mistake("squared (L2) distance instead of the L1 norm Σ|·|", x -> {
                    double n = a(x[0]).rows();
                    double m = a(x[2]).rows();
                    return a(x[1]).squaredDistance(a(x[0])) / n + a(x[3]).squaredDistance(a(x[2])) / m;
                })
                .mistake("averaged over all entries: sum over the features, average over the samples",
                        x -> ref.cycleConsistencyLoss(a(x[0]), a(x[1]), a(x[0]), a(x[0])) / a(x[0]).columns()
                                + ref.cycleConsistencyLoss(a(x[2]), a(x[2]), a(x[2]), a(x[3])) / a(x[2]).columns())
                .mistake("only the x → y → x cycle: add the y → x → y cycle",
                        x -> ref.cycleConsistencyLoss(a(x[0]), a(x[1]), a(x[2]), a(x[2]))));

        MethodSpec grad = suite.standard(MethodSpec.of(CycleConsistency.class, "cycleConsistencyGradient",
                        List.of("x", "xCycled", "y", "yCycled"), inputs)
                .mistake("the 1/N and 1/M of the averages are missing", x -> {
                    CycleConsistency.CycleGrads g = ref.cycleConsistencyGradient(a(x[0]), a(x[1]), a(x[2]), a(x[3]));
                    return new CycleConsistency.CycleGrads(g.dXCycled().mul(a(x[0]).rows()),
                            g.dYCycled().mul(a(x[2]).rows()));
                })
                .mistake("sign error: the gradient with respect to the cycled samples is sign(cycled − original)",
                        x -> {
                            CycleConsistency.CycleGrads g = ref.cycleConsistencyGradient(a(x[0]), a(x[1]), a(x[2]), a(x[3]));
                            return new CycleConsistency.CycleGrads(g.dXCycled().neg(), g.dYCycled().neg());
                        }));
        suite.gradient(grad, loss, x -> x, GradientTest.sum(), new Wrt(1, "dXCycled"), new Wrt(3, "dYCycled"));
        return suite.tests();
    }
}
