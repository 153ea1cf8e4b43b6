package latentlab.grader.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import latentlab.exercises.CycleConsistency;
import latentlab.exercises.Divergences;
import latentlab.exercises.Flows;
import latentlab.exercises.GanObjectives;
import latentlab.exercises.Reconstruction;
import latentlab.exercises.Reparameterization;
import org.junit.jupiter.api.Test;

class SuitesTest {

    @Test
    void everyExerciseMethodHasVisibleAndHiddenTestsWithUniqueNames() {
        List<GraderTest> tests = Suites.all();
        Set<String> names = new HashSet<>();
        tests.forEach(t -> assertTrue(names.add(t.name()), "duplicate test name " + t.name()));
        for (Class<?> exercise : List.of(Reconstruction.class, Divergences.class, Reparameterization.class,
                GanObjectives.class, CycleConsistency.class, Flows.class)) {
            for (Method method : exercise.getDeclaredMethods()) {
                if (method.isSynthetic() || method.isDefault() || java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                String prefix = exercise.getSimpleName() + "." + method.getName() + ": ";
                assertTrue(tests.stream().anyMatch(t -> t.name().startsWith(prefix) && t.visible()), "no visible test: " + prefix);
                assertTrue(tests.stream().anyMatch(t -> t.name().equals(prefix + "does not modify its inputs")), prefix);
                assertTrue(tests.stream().anyMatch(t -> t.name().equals(prefix + "same inputs twice give the same result")),
                        prefix);
            }
        }
        assertTrue(tests.stream().allMatch(t -> t.points() > 0));
    }

    @Test
    void filteringByExerciseKeepsOnlyItsTests() {
        List<GraderTest> flows = Suites.of(List.of("Flows"));
        assertTrue(flows.stream().allMatch(t -> t.exercise().equals("Flows")));
        assertEquals(Suites.all().stream().filter(t -> t.exercise().equals("Flows")).count(), flows.size());
    }
}
