package latentlab.grader.suite;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import latentlab.grader.Outcome;
import latentlab.grader.Profile;
import latentlab.grader.StudentSession;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What a test can do: call the student's method (in the child JVM) and the reference one
 * (in this JVM, on copies of the arguments).
 */
public final class Context {
    private final StudentSession session;

    public Context(StudentSession session) {
        this.session = session;
    }

    public Outcome student(Method method, Object[] args) {
        return session.call(method, args);
    }

    /** The calls in one batch, under one time limit. */
    public List<Outcome> students(Method method, List<Object[]> argLists) {
        return session.calls(method, argLists);
    }

    /**
     * The reference result for these arguments (computed on copies of them, so the arguments
     * are not modified). Results are cached for the grader process (see {@link ReferenceCache}):
     * read them, never modify them.
     */
    public Object reference(Method method, Object[] args) {
        try (Profile.Span span = Profile.enter(Profile.Phase.REFERENCE)) {
            return ReferenceCache.get(method, args, () -> computeReference(method, args));
        }
    }

    private static Object computeReference(Method method, Object[] args) {
        try {
            return method.invoke(References.of(method.getDeclaringClass()), copies(args));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the reference " + method.getName() + " failed on a generated case: "
                    + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static Object[] copies(Object[] args) {
        Object[] copy = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            copy[i] = args[i] instanceof INDArray a ? a.dup() : args[i];
        }
        return copy;
    }
}
