package latentlab.grader.suite;

import java.util.ArrayList;
import java.util.List;

/**
 * The standard tests of one exercise method, made from its {@link MethodSpec}:
 * <ul>
 *   <li>random inputs (visible, 2 points) and a batch of one (visible, 1 point);</li>
 *   <li>all-zero inputs (hidden, 1 point), extreme values when the spec has them (hidden, 2 points);</li>
 *   <li>inputs not modified and the same result twice for the same inputs (hidden, 1 point each).</li>
 * </ul>
 * Exercise suites add their own identities and gradient checks with {@link #test}.
 */
public final class Suite {
    private final List<GraderTest> tests = new ArrayList<>();

    public List<GraderTest> tests() {
        return List.copyOf(tests);
    }

    /** Adds the standard tests of {@code spec}; returns the spec for further tests. */
    public MethodSpec standard(MethodSpec spec) {
        int n = spec.n;
        int d = spec.d;
        test(spec, "random inputs", 2, true,
                c -> Checks.matchesReference(c, spec, Checks.seeds(spec, Case.Style.ORDINARY, n, d, 1, 2, 3)));
        if (spec.batchOfOne) {
            test(spec, "batch of one", 1, true,
                    c -> Checks.matchesReference(c, spec, Checks.seeds(spec, Case.Style.ORDINARY, 1, d, 4)));
        }
        if (spec.zeros) {
            test(spec, "all-zero inputs", 1, false,
                    c -> Checks.matchesReference(c, spec, Checks.seeds(spec, Case.Style.ZEROS, n, d, 5)));
        }
        if (spec.extremes != null) {
            test(spec, "extreme values (" + spec.extremes + ")", 2, false,
                    c -> Checks.matchesReference(c, spec, Checks.seeds(spec, Case.Style.EXTREME, n, d, 6, 7)));
        }
        test(spec, "does not modify its inputs", 1, false, c -> Checks.notMutated(c, spec, spec.ordinary(8)));
        test(spec, "same inputs twice give the same result", 1, false,
                c -> Checks.deterministic(c, spec, spec.ordinary(9)));
        return spec;
    }

    /**
     * Adds a visible test that {@code backward} agrees with finite differences of the student's own
     * {@code forward}, on a small case.
     */
    public Suite gradient(MethodSpec backward, MethodSpec forward, java.util.function.Function<Object[], Object[]> forwardArgs,
                          GradientTest.Objective objective, GradientTest.Wrt... wrt) {
        GradientTest check = new GradientTest(backward, forward, forwardArgs, objective, List.of(wrt));
        return test(backward, "agrees with finite differences of your " + forward.name(), 2, true,
                c -> check.run(c, new Case(10, 2, 3, Case.Style.ORDINARY)));
    }

    /** Adds a test of {@code spec}'s method named "Exercise.method: {@code what}". */
    public Suite test(MethodSpec spec, String what, double points, boolean visible, GraderTest.Check check) {
        tests.add(new GraderTest(spec.exerciseName(), spec.name(), spec.exerciseName() + "." + spec.name() + ": " + what,
                points, visible, check));
        return this;
    }
}
