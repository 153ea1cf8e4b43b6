package latentlab.grader.suite;

import static latentlab.grader.suite.Ops.a;
import static latentlab.grader.suite.Ops.exp;
import static latentlab.grader.suite.Ops.rowSum;

import java.util.List;
import latentlab.exercises.Flows;
import latentlab.exercises.Flows.CouplingResult;
import latentlab.grader.Outcome;
import latentlab.grader.suite.GradientTest.Wrt;
import latentlab.tensor.Comparison;
import latentlab.tensor.Tolerance;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Tests of {@link Flows} (Unit 6). */
final class FlowsSuite {
    private FlowsSuite() {
    }

    static List<GraderTest> tests() {
        Flows ref = References.of(Flows.class);
        Suite suite = new Suite();
        MethodSpec.Inputs coupling = c -> new Object[] {c.values(0, 1, 1e2), mask(c.d()), c.values(2, 0.5, 5),
                c.values(3, 1, 1e2)};

        MethodSpec forward = suite.standard(MethodSpec.of(Flows.class, "affineCouplingForward",
                        List.of("x", "mask", "s", "t"), coupling)
                .mistake("the log-determinant sums s over every feature: only the transformed ones (m = 0) count",
                        x -> new CouplingResult(ref.affineCouplingForward(a(x[0]), a(x[1]), a(x[2]), a(x[3])).output(),
                                rowSum(a(x[2]))))
                .mistake("exp(−s) used in the forward pass: forward scales by exp(s)",
                        x -> ref.affineCouplingForward(a(x[0]), a(x[1]), a(x[2]).neg(), a(x[3]))));

        MethodSpec inverse = suite.standard(MethodSpec.of(Flows.class, "affineCouplingInverse",
                        List.of("y", "mask", "s", "t"), coupling)
                .mistake("the inverse's log-determinant is −Σ(1 − m)·s", x -> {
                    CouplingResult r = ref.affineCouplingInverse(a(x[0]), a(x[1]), a(x[2]), a(x[3]));
                    return new CouplingResult(r.output(), r.logDet().neg());
                })
                .mistake("t subtracted after unscaling: x = (y − t)·exp(−s), not y·exp(−s) − t",
                        x -> new CouplingResult(a(x[1]).mul(a(x[0])).add(a(x[1]).rsub(1).mul(a(x[0]).mul(exp(a(x[2]).neg()))
                                .sub(a(x[3])))), ref.affineCouplingInverse(a(x[0]), a(x[1]), a(x[2]), a(x[3])).logDet())));
        suite.test(inverse, "inverts your affineCouplingForward", 2, false, c -> {
            Object[] args = forward.make(new Case(15, 4, 5, Case.Style.ORDINARY));
            Outcome y = c.student(forward.method(), args);
            if (!y.returned() || !(y.value() instanceof CouplingResult r)) {
                return Identities.check(forward, args, List.of(y), v -> false, "a CouplingResult");
            }
            Outcome back = c.student(inverse.method(), new Object[] {r.output(), args[1], args[2], args[3]});
            return Identities.check(inverse, args, List.of(back), v -> v.get(0) instanceof CouplingResult x
                    && Comparison.of((INDArray) args[0], x.output(), Tolerance.CLOSE).passed()
                    && Comparison.of(r.logDet().neg(), x.logDet(), Tolerance.CLOSE).passed(),
                    "inverse(forward(x)) = x and the log-determinants are opposite");
        });

        MethodSpec backward = suite.standard(MethodSpec.of(Flows.class, "affineCouplingBackward",
                        List.of("dY", "dLogDet", "x", "mask", "s"),
                        c -> new Object[] {c.values(0, 1, 1e2), c.values(1, c.n(), 1, 1, 1e2), c.values(2, 1, 1e2),
                                mask(c.d()), c.values(4, 0.5, 5)})
                .mistake("dLogDet is left out of dS", x -> {
                    Flows.CouplingGrads g = ref.affineCouplingBackward(a(x[0]), a(x[1]).mul(0), a(x[2]), a(x[3]), a(x[4]));
                    return g;
                }));
        suite.gradient(backward, forward,
                x -> new Object[] {x[2], x[3], x[4], Nd4j.zeros(DataType.DOUBLE, ((INDArray) x[2]).shape())},
                (args, value) -> value instanceof CouplingResult r
                        ? GradientTest.weighted(r.output(), (INDArray) args[0]) + GradientTest.weighted(r.logDet(), (INDArray) args[1])
                        : Double.NaN,
                new Wrt(0, "dx"), new Wrt(2, "dS"), new Wrt(3, "dT"));

        suite.standard(MethodSpec.of(Flows.class, "uniformDequantize", List.of("x", "u", "levels"),
                        c -> new Object[] {levels(c), c.uniform(1, c.n(), c.d(), 0, 0.999), c.style() == Case.Style.SIMPLE ? 4 : 256})
                .mistake("divided by K − 1: y = (x + u)/K so that y stays below 1",
                        x -> a(x[0]).add(a(x[1])).div((Integer) x[2] - 1))
                .mistake("the noise u is not added", x -> a(x[0]).div((Integer) x[2])));
        return suite.tests();
    }

    /** [1, d] alternating 1, 0, 1, ... */
    static INDArray mask(int d) {
        double[] m = new double[d];
        for (int j = 0; j < d; j += 2) {
            m[j] = 1;
        }
        return Nd4j.create(m, new long[] {1, d}, DataType.DOUBLE);
    }

    private static INDArray levels(Case c) {
        int k = c.style() == Case.Style.SIMPLE ? 4 : 256;
        return Nd4j.create(c.uniform(0, c.n(), c.d(), 0, k).data().asDouble(), new long[] {c.n(), c.d()}, DataType.DOUBLE)
                .castTo(DataType.INT32).castTo(DataType.DOUBLE);
    }
}
