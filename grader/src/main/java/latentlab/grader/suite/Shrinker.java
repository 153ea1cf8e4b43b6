package latentlab.grader.suite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import latentlab.grader.Outcome;
import latentlab.grader.Profile;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Shrinks a failing generated case to a small one (batch 1, small dimensions, simple values)
 * and prints it as one line a student can paste into a notebook cell. The candidates, from
 * smallest to largest, run in one batch in the child; the first that still fails wins.
 */
final class Shrinker {
    private static final int[][] SIZES = {{1, 1}, {1, 2}, {2, 1}, {2, 2}, {1, 3}, {3, 3}};

    private Shrinker() {
    }

    /** Text ending a wrong-answer feedback: the smallest failing call found, with its expected result. */
    static String reproduction(Context context, MethodSpec spec, Case failing) {
        try (Profile.Span span = Profile.enter(Profile.Phase.SHRINK)) {
            return smallestFailure(context, spec, failing);
        }
    }

    private static String smallestFailure(Context context, MethodSpec spec, Case failing) {
        List<Case> candidates = candidates(failing);
        List<Object[]> argLists = candidates.stream().map(spec::make).toList();
        List<Outcome> outcomes = context.students(spec.method(), argLists);
        for (int i = 0; i < candidates.size(); i++) {
            Object[] args = argLists.get(i);
            Outcome outcome = outcomes.get(i);
            if (!outcome.returned()) {
                continue;
            }
            Object expected = context.reference(spec.method(), args);
            if (!Compare.failures(expected, outcome.value(), spec.tolerance()).isEmpty()) {
                return text("Smallest failing case found", spec, args, expected, outcome.value());
            }
        }
        Object[] original = spec.make(failing);
        return small(original) ? text("To reproduce", spec, original, context.reference(spec.method(), original), null)
                : "";
    }

    private static String text(String title, MethodSpec spec, Object[] args, Object expected, Object got) {
        return title + " (paste into a notebook cell):\n  "
                + Render.call(spec.exerciseName(), spec.name(), Arrays.asList(args))
                + "\n  expected: " + Render.value(expected) + (got == null ? "" : "\n  got:      " + Render.value(got))
                + "\n";
    }

    /** Smaller sizes in simple values first, then in the failing case's own style; never the case itself. */
    static List<Case> candidates(Case failing) {
        Set<Case> candidates = new LinkedHashSet<>();
        List<Case.Style> styles = failing.style() == Case.Style.ORDINARY
                ? List.of(Case.Style.SIMPLE, Case.Style.ORDINARY) : List.of(failing.style(), Case.Style.SIMPLE);
        for (Case.Style style : styles) {
            for (int[] size : SIZES) {
                if (size[0] <= failing.n() && size[1] <= failing.d()) {
                    candidates.add(new Case(failing.seed(), size[0], size[1], style));
                }
            }
        }
        candidates.remove(failing);
        return new ArrayList<>(candidates);
    }

    private static boolean small(Object[] args) {
        return Arrays.stream(args).allMatch(a -> !(a instanceof INDArray x) || x.length() <= Render.SMALL);
    }
}
