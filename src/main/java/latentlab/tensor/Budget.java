package latentlab.tensor;

import java.util.Locale;
import java.util.Map;

/**
 * Run budgets for notebooks, demos and slow tests: how many epochs, how many samples.
 *
 * <p>A student gets the full run by default. {@code LATENTLAB_BUDGET=ci} selects the small
 * budget CI uses; a specific variable overrides either, e.g. {@code LATENTLAB_EPOCHS=3}.
 * Each lookup names its default for both budgets:
 *
 * <pre>{@code
 * int epochs = Budget.epochs(20, 2);        // LATENTLAB_EPOCHS, else 20 (full) or 2 (ci)
 * int n = Budget.trainSize(60_000, 2_000);  // LATENTLAB_TRAIN_SIZE
 * }</pre>
 */
public final class Budget {
    private static final String MODE_VARIABLE = "LATENTLAB_BUDGET";
    private static volatile Map<String, String> environment = System.getenv();

    private Budget() {
    }

    /** True when {@code LATENTLAB_BUDGET=ci} (also accepted: {@code small}). */
    public static boolean isSmall() {
        String mode = environment.getOrDefault(MODE_VARIABLE, "full").trim().toLowerCase(Locale.ROOT);
        return switch (mode) {
            case "ci", "small" -> true;
            case "full", "" -> false;
            default -> throw Failure.in("Budget").argument(MODE_VARIABLE).expected("'full' or 'ci'")
                    .got("'" + mode + "'").exception();
        };
    }

    /** The budget's name, {@code "ci"} or {@code "full"}, for printing at the top of a notebook. */
    public static String mode() {
        return isSmall() ? "ci" : "full";
    }

    public static int epochs(int full, int small) {
        return get("LATENTLAB_EPOCHS", full, small);
    }

    public static int trainSize(int full, int small) {
        return get("LATENTLAB_TRAIN_SIZE", full, small);
    }

    public static int testSize(int full, int small) {
        return get("LATENTLAB_TEST_SIZE", full, small);
    }

    public static int steps(int full, int small) {
        return get("LATENTLAB_STEPS", full, small);
    }

    /** A positive integer from {@code variable}, else {@code full} or {@code small} by budget. */
    public static int get(String variable, int full, int small) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            return isSmall() ? small : full;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Failure.in("Budget").argument(variable).expected("a positive integer").got("'" + value + "'").exception();
    }

    /** For tests: replaces the environment the budget reads. */
    static void useEnvironment(Map<String, String> replacement) {
        environment = replacement;
    }
}
