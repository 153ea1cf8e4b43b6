package latentlab.grader.suite;

import java.util.List;
import java.util.function.Predicate;
import latentlab.grader.Outcome;
import latentlab.grader.Verdict;
import latentlab.tensor.Failure;

/** Identity tests: a property the student's own results must satisfy together (KL ≥ 0, inverse ∘ forward = id, ...). */
final class Identities {
    private Identities() {
    }

    /**
     * Passes when every outcome returned and {@code holds} accepts their values; else the first
     * failed call's verdict, or a wrong answer naming the identity.
     */
    static Judgement check(MethodSpec spec, Object[] args, List<Outcome> outcomes, Predicate<List<Object>> holds,
                           String identity) {
        StringBuilder printed = new StringBuilder();
        for (Outcome outcome : outcomes) {
            printed.append(outcome.output());
            if (!outcome.returned()) {
                return Judgement.from(outcome, spec.callText(args));
            }
        }
        List<Object> values = outcomes.stream().map(Outcome::value).toList();
        boolean ok;
        try {
            ok = holds.test(values);
        } catch (RuntimeException e) {
            ok = false;
        }
        if (ok) {
            return new Judgement(Verdict.PASSED, "", printed.toString());
        }
        StringBuilder got = new StringBuilder();
        values.forEach(v -> got.append(got.length() == 0 ? "" : "; ").append(Render.value(v)));
        return new Judgement(Verdict.WRONG_ANSWER, Failure.in(spec.exerciseName() + "." + spec.name())
                .argument("result").expected("such that " + identity).got(got.toString())
                .hint("this property holds for the true formula whatever the inputs") + "\nCall: " + spec.callText(args),
                printed.toString());
    }
}
