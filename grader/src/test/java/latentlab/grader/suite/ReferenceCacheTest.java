package latentlab.grader.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ReferenceCacheTest {
    private static final Method METHOD = method("sameValuesAreComputedOnce");
    private final AtomicInteger computed = new AtomicInteger();

    @Test
    void sameValuesAreComputedOnce() {
        Object first = ReferenceCache.get(METHOD, new Object[] {array(1, 2, 3), 0.5}, this::compute);
        Object second = ReferenceCache.get(METHOD, new Object[] {array(1, 2, 3), 0.5}, this::compute);
        assertSame(first, second);
        assertEquals(1, computed.get());
    }

    @Test
    void anyDifferenceInTheArgumentsComputesAgain() {
        Object base = ReferenceCache.get(METHOD, new Object[] {array(4, 5, 6), 0.5}, this::compute);
        double nextUp = Math.nextUp(6.0);
        Object[][] others = {
            {array(4, 5, nextUp), 0.5},
            {array(4, 5, 6), Math.nextUp(0.5)},
            {array(4, 5, 6).castTo(DataType.FLOAT), 0.5},
            {array(4, 5, 6).reshape(3, 1), 0.5},
            {array(4, 5, 6), 1},
        };
        for (Object[] args : others) {
            assertNotEquals(base, ReferenceCache.get(METHOD, args, this::compute));
        }
        assertEquals(1 + others.length, computed.get());
    }

    @Test
    void negativeZeroIsNotZero() {
        ReferenceCache.get(METHOD, new Object[] {array(7, 0.0, 7)}, this::compute);
        ReferenceCache.get(METHOD, new Object[] {array(7, -0.0, 7)}, this::compute);
        assertEquals(2, computed.get());
    }

    @Test
    void argumentsOfOtherTypesAreNotCached() {
        Object[] args = {new StringBuilder("x")};
        ReferenceCache.get(METHOD, args, this::compute);
        ReferenceCache.get(METHOD, args, this::compute);
        assertEquals(2, computed.get());
    }

    private Object compute() {
        return computed.incrementAndGet() + 1000;
    }

    private static INDArray array(double... values) {
        return Nd4j.create(values, new long[] {1, values.length}, DataType.DOUBLE);
    }

    private static Method method(String name) {
        try {
            return ReferenceCacheTest.class.getDeclaredMethod(name);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
