package latentlab.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BudgetTest {

    @AfterEach
    void restoreEnvironment() {
        Budget.useEnvironment(System.getenv());
    }

    @Test
    void fullBudgetByDefault() {
        Budget.useEnvironment(Map.of());
        assertFalse(Budget.isSmall());
        assertEquals("full", Budget.mode());
        assertEquals(20, Budget.epochs(20, 2));
    }

    @Test
    void ciSelectsSmallBudgets() {
        Budget.useEnvironment(Map.of("LATENTLAB_BUDGET", "ci"));
        assertTrue(Budget.isSmall());
        assertEquals(2, Budget.epochs(20, 2));
        assertEquals(2_000, Budget.trainSize(60_000, 2_000));
        assertEquals(500, Budget.testSize(10_000, 500));
        assertEquals(10, Budget.steps(1000, 10));
    }

    @Test
    void specificVariableOverridesEitherBudget() {
        Budget.useEnvironment(Map.of("LATENTLAB_BUDGET", "ci", "LATENTLAB_EPOCHS", " 7 "));
        assertEquals(7, Budget.epochs(20, 2));
    }

    @Test
    void badValuesAreReportedWithTheVariable() {
        Budget.useEnvironment(Map.of("LATENTLAB_BUDGET", "tiny"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, Budget::isSmall);
        assertEquals("Budget: LATENTLAB_BUDGET must be 'full' or 'ci' but got 'tiny'.", e.getMessage());
        Budget.useEnvironment(Map.of("LATENTLAB_EPOCHS", "-3"));
        e = assertThrows(IllegalArgumentException.class, () -> Budget.epochs(20, 2));
        assertEquals("Budget: LATENTLAB_EPOCHS must be a positive integer but got '-3'.", e.getMessage());
    }
}
