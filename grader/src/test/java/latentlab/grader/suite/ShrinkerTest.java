package latentlab.grader.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShrinkerTest {

    @Test
    void candidatesStartAtOneSimpleValueAndStaySmallerThanTheFailingCase() {
        Case failing = new Case(3, 6, 4, Case.Style.ORDINARY);
        List<Case> candidates = Shrinker.candidates(failing);
        assertEquals(new Case(3, 1, 1, Case.Style.SIMPLE), candidates.get(0));
        assertFalse(candidates.contains(failing));
        assertTrue(candidates.stream().allMatch(c -> c.n() <= 6 && c.d() <= 4 && c.n() * c.d() <= 9));
    }

    @Test
    void anExtremeFailureIsShrunkInItsOwnStyleFirst() {
        List<Case> candidates = Shrinker.candidates(new Case(6, 6, 4, Case.Style.EXTREME));
        assertEquals(Case.Style.EXTREME, candidates.get(0).style());
    }

    @Test
    void casesAreRebuiltExactlyFromTheirRecipe() {
        Case c = new Case(5, 2, 3, Case.Style.ORDINARY);
        assertEquals(c.values(0, 1, 10), c.values(0, 1, 10));
        assertEquals(0, new Case(5, 2, 3, Case.Style.ZEROS).values(0, 1, 10).amaxNumber().doubleValue());
        assertEquals(1.0, c.probabilities(0, 5).sumNumber().doubleValue(), 1e-12);
    }
}
