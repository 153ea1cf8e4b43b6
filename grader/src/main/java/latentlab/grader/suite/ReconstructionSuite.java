package latentlab.grader.suite;

import static latentlab.grader.suite.Ops.a;

import java.util.List;
import latentlab.exercises.Reconstruction;
import latentlab.grader.suite.GradientTest.Wrt;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** Tests of {@link Reconstruction} (Unit 1). */
final class ReconstructionSuite {
    private ReconstructionSuite() {
    }

    static List<GraderTest> tests() {
        Reconstruction ref = References.of(Reconstruction.class);
        Suite suite = new Suite();

        MethodSpec mse = suite.standard(MethodSpec.of(Reconstruction.class, "mse", List.of("xHat", "x"),
                        c -> new Object[] {c.values(0, 1, 1e3), c.values(1, 1, 1e3)})
                .mistake("averaged over all N·D entries: the loss sums over the D features and averages over the N samples",
                        x -> ref.mse(a(x[0]), a(x[1])) / a(x[0]).columns())
                .mistake("summed over the batch instead of averaged", x -> ref.mse(a(x[0]), a(x[1])) * a(x[0]).rows())
                .mistake("an extra ½ (that is the Gaussian log-likelihood's scaling, not this loss)",
                        x -> ref.mse(a(x[0]), a(x[1])) / 2));

        MethodSpec grad = suite.standard(MethodSpec.of(Reconstruction.class, "mseGradient", List.of("xHat", "x"),
                        c -> new Object[] {c.values(0, 1, 1e3), c.values(1, 1, 1e3)})
                .mistake("the factor 2 from the square is missing", x -> ref.mseGradient(a(x[0]), a(x[1])).div(2))
                .mistake("sign error: the gradient with respect to xHat is +(2/N)(xHat − x)",
                        x -> ref.mseGradient(a(x[0]), a(x[1])).neg())
                .mistake("divided by N·D instead of N", x -> ref.mseGradient(a(x[0]), a(x[1])).div(a(x[0]).columns())));
        suite.gradient(grad, mse, x -> x, GradientTest.sum(), new Wrt(0, "result"));

        MethodSpec forward = suite.standard(MethodSpec.of(Reconstruction.class, "linearForward", List.of("x", "w", "b"),
                        c -> new Object[] {c.values(0, 1, 1e3), c.values(1, c.d(), 3, 1, 1e3), c.values(2, 1, 3, 1, 1e3)})
                .mistake("the bias b is missing", x -> a(x[0]).mmul(a(x[1]))));

        MethodSpec backward = suite.standard(MethodSpec.of(Reconstruction.class, "linearBackward",
                        List.of("dOut", "x", "w"),
                        c -> new Object[] {c.values(0, c.n(), 3, 1, 1e3), c.values(1, 1, 1e3), c.values(2, c.d(), 3, 1, 1e3)})
                .mistake("db is averaged over the batch: it is the sum Σ_n dOut_n", x -> {
                    Reconstruction.LinearGrads g = ref.linearBackward(a(x[0]), a(x[1]), a(x[2]));
                    return new Reconstruction.LinearGrads(g.dx(), g.dW(), g.db().div(a(x[0]).rows()));
                }));
        suite.gradient(backward, forward,
                x -> new Object[] {x[1], x[2], Nd4j.zeros(DataType.DOUBLE, 1, ((org.nd4j.linalg.api.ndarray.INDArray) x[2]).columns())},
                GradientTest.weightedBy(0), new Wrt(0, "dx"), new Wrt(1, "dW"), new Wrt(2, "db"));

        suite.standard(MethodSpec.of(Reconstruction.class, "corruptGaussian", List.of("x", "noise", "sigma"),
                        c -> new Object[] {c.values(0, 1, 1e3), c.values(1, 1, 1e3),
                                c.style() == Case.Style.ZEROS ? 0.0 : 0.1 + c.rng(2).uniform()})
                .mistake("σ² used instead of σ: the noise array is already N(0, 1), scale it by σ",
                        x -> a(x[0]).add(a(x[1]).mul(Ops.scalar(x[2]) * Ops.scalar(x[2]))))
                .mistake("the noise is not scaled by σ", x -> a(x[0]).add(a(x[1]))));

        suite.standard(MethodSpec.of(Reconstruction.class, "corruptMasking", List.of("x", "mask"),
                        c -> new Object[] {c.values(0, 1, 1e3), c.bits(1, c.n(), c.d(), 0.7)})
                .mistake("the mask is inverted: keep x where the mask is 1", x -> a(x[0]).mul(a(x[1]).rsub(1))));
        return suite.tests();
    }
}
