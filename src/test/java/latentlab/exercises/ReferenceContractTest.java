package latentlab.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import latentlab.tensor.Tolerance;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Contract tests over every method of every exercise, on the generated cases. */
class ReferenceContractTest {

    @Test
    void casesCoverEveryInterfaceMethod() {
        for (Class<?> exercise : Cases.METHODS.keySet()) {
            TreeSet<String> declared = new TreeSet<>();
            Arrays.stream(exercise.getDeclaredMethods()).filter(m -> !m.isSynthetic()).forEach(m -> declared.add(m.getName()));
            assertEquals(declared, new TreeSet<>(Cases.METHODS.get(exercise)), exercise.getSimpleName());
        }
    }

    @Test
    void everyReferenceMethodLeavesItsInputsUnchanged() throws Exception {
        for (Class<?> exercise : Cases.METHODS.keySet()) {
            Object ref = Exercises.reference(exercise);
            for (Cases.Case c : Cases.of(exercise, 11)) {
                Object[] args = c.args();
                Object[] before = Arrays.stream(args).map(a -> a instanceof INDArray x ? x.dup() : a).toArray();
                method(exercise, c.method()).invoke(ref, args);
                for (int i = 0; i < args.length; i++) {
                    assertEquals(before[i], args[i], exercise.getSimpleName() + "." + c.method() + " modified argument " + (i + 1));
                }
            }
        }
    }

    @Test
    void float32InputsGiveFloat32ArraysCloseToFloat64() throws Exception {
        Tolerance float32 = new Tolerance("float32 inputs", 1e-4, 1e-3);
        for (Class<?> exercise : Cases.METHODS.keySet()) {
            Object ref = Exercises.reference(exercise);
            for (Cases.Case c : Cases.of(exercise, 12)) {
                if (!c.label().equals("ordinary batch")) {
                    continue;
                }
                Method m = method(exercise, c.method());
                Object[] f32 = Arrays.stream(c.args()).map(a -> a instanceof INDArray x ? x.castTo(DataType.FLOAT) : a).toArray();
                Object[] f64 = Arrays.stream(f32).map(a -> a instanceof INDArray x ? x.castTo(DataType.DOUBLE) : a).toArray();
                Object got = m.invoke(ref, f32);
                String where = exercise.getSimpleName() + "." + c.method();
                for (INDArray array : arraysIn(got)) {
                    assertEquals(DataType.FLOAT, array.dataType(), where);
                }
                Optional<String> diff = Results.difference(m.invoke(ref, f64), got, float32);
                assertTrue(diff.isEmpty(), where + ": " + diff.orElse(""));
            }
        }
    }

    private static List<INDArray> arraysIn(Object result) throws Exception {
        if (result instanceof INDArray a) {
            return List.of(a);
        }
        if (result instanceof Record) {
            List<INDArray> arrays = new java.util.ArrayList<>();
            for (RecordComponent rc : result.getClass().getRecordComponents()) {
                arrays.addAll(arraysIn(rc.getAccessor().invoke(result)));
            }
            return arrays;
        }
        return List.of();
    }

    private static Method method(Class<?> exercise, String name) {
        return Arrays.stream(exercise.getMethods()).filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    }
}
