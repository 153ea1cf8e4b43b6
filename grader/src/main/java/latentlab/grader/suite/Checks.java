package latentlab.grader.suite;

import java.util.ArrayList;
import java.util.List;
import latentlab.grader.Outcome;
import latentlab.grader.Verdict;
import latentlab.tensor.Failure;
import latentlab.tensor.Tolerance;

/**
 * The standard test bodies every exercise method gets: agreement with the reference on
 * generated cases, inputs left unchanged, and the same result twice for the same inputs.
 * A wrong answer's feedback names a known mistake when the result matches one, and shows
 * the smallest failing case {@link Shrinker} finds as a line to paste into a notebook.
 */
public final class Checks {
    /** How close a result must be to a known wrong variant to name that mistake. */
    static final Tolerance MISTAKE_MATCH = new Tolerance("known mistake", 1e-7, 1e-6);

    private Checks() {
    }

    /** The student's results equal the reference's on every case (all run in one batch). */
    public static Judgement matchesReference(Context context, MethodSpec spec, List<Case> cases) {
        List<Object[]> argLists = cases.stream().map(spec::make).toList();
        List<Outcome> outcomes = context.students(spec.method(), argLists);
        StringBuilder printed = new StringBuilder();
        for (int i = 0; i < cases.size(); i++) {
            Object[] args = argLists.get(i);
            Outcome outcome = outcomes.get(i);
            printed.append(outcome.output());
            if (!outcome.returned()) {
                return Judgement.from(outcome, spec.callText(args));
            }
            Object expected = context.reference(spec.method(), args);
            List<Compare.Part> failures = Compare.failures(expected, outcome.value(), spec.tolerance());
            if (!failures.isEmpty()) {
                String feedback = wrongAnswer(spec, cases.get(i), args, expected, outcome.value(), failures)
                        + Shrinker.reproduction(context, spec, cases.get(i));
                return new Judgement(Verdict.WRONG_ANSWER, feedback, printed.toString());
            }
        }
        return new Judgement(Verdict.PASSED, "", printed.toString());
    }

    /** The call leaves its array arguments as they were (the child compares them before and after). */
    public static Judgement notMutated(Context context, MethodSpec spec, Case c) {
        Object[] args = spec.make(c);
        Outcome outcome = context.student(spec.method(), args);
        if (!outcome.returned()) {
            return Judgement.from(outcome, spec.callText(args));
        }
        if (!outcome.mutated().isEmpty()) {
            List<String> changed = outcome.mutated().stream().map(i -> spec.names.get(i)).toList();
            String message = Failure.in(spec.exerciseName() + "." + spec.name()).argument(String.join(", ", changed))
                    .expected("unchanged after the call").got("modified")
                    .hint("in-place ND4J calls (addi, muli, subi, divi, assign, putScalar) change the caller's array; "
                            + "use add, mul, sub, div (or dup() first)").message();
            return new Judgement(Verdict.MUTATED_INPUT, message + "\nCall: " + spec.callText(args), outcome.output());
        }
        return new Judgement(Verdict.PASSED, "", outcome.output());
    }

    /** Two calls with equal inputs give equal results, so no hidden global randomness or state. */
    public static Judgement deterministic(Context context, MethodSpec spec, Case c) {
        Object[] args = spec.make(c);
        List<Outcome> outcomes = context.students(spec.method(), List.of(args, spec.make(c)));
        for (Outcome outcome : outcomes) {
            if (!outcome.returned()) {
                return Judgement.from(outcome, spec.callText(args));
            }
        }
        List<Compare.Part> failures = Compare.failures(outcomes.get(0).value(), outcomes.get(1).value(),
                Tolerance.EXACT);
        if (!failures.isEmpty()) {
            String message = Failure.in(spec.exerciseName() + "." + spec.name()).argument(failures.get(0).name())
                    .expected("the same for the same inputs").got("a second call differing by: " + failures.get(0).describe())
                    .hint("all randomness must come from the arguments (ε, masks, noise); "
                            + "do not use Math.random, Nd4j.rand or state kept between calls").message();
            return new Judgement(Verdict.NOT_DETERMINISTIC, message + "\nCall (twice): " + spec.callText(args),
                    outcomes.get(0).output());
        }
        return new Judgement(Verdict.PASSED, "", outcomes.get(0).output());
    }

    /** Feedback for a wrong result: the call, expected vs got, the errors, and a hint. */
    static String wrongAnswer(MethodSpec spec, Case c, Object[] args, Object expected, Object got,
                              List<Compare.Part> failures) {
        StringBuilder text = new StringBuilder();
        text.append("Call: ").append(spec.callText(args)).append("\n  (").append(c).append(")\n");
        text.append("Expected: ").append(Render.value(expected)).append('\n');
        text.append("Got:      ").append(Render.value(got)).append('\n');
        String hint = hint(spec, c, args, got, failures);
        for (int i = 0; i < failures.size(); i++) {
            Compare.Part part = failures.get(i);
            Failure failure = Failure.in(spec.exerciseName() + "." + spec.name()).argument(part.name())
                    .expected("within " + spec.tolerance() + " of the reference").got(part.describe());
            text.append(i == failures.size() - 1 && hint != null ? failure.hint(hint) : failure).append('\n');
        }
        return text.toString();
    }

    /** The known mistake the result matches, else a hint about NaN/Inf, else null. */
    static String hint(MethodSpec spec, Case c, Object[] args, Object got, List<Compare.Part> failures) {
        for (Mistake mistake : spec.mistakes) {
            Object variant;
            try {
                variant = mistake.variant().apply(Context.copies(args));
            } catch (RuntimeException e) {
                continue;
            }
            if (variant != null && Compare.matches(variant, got, MISTAKE_MATCH)) {
                return mistake.hint();
            }
        }
        boolean nonFinite = failures.stream().anyMatch(p -> p.nonFinite() > 0);
        if (nonFinite && spec.overflowHint != null && c.style() == Case.Style.EXTREME) {
            return spec.overflowHint;
        }
        if (nonFinite) {
            return "your result has NaN or Inf where the reference is finite: look for exp overflowing, log(0), "
                    + "0·∞ or a division by 0";
        }
        return null;
    }

    static List<Case> seeds(MethodSpec spec, Case.Style style, int n, int d, long... seeds) {
        List<Case> cases = new ArrayList<>();
        for (long seed : seeds) {
            cases.add(new Case(seed, n, d, style));
        }
        return cases;
    }
}
