package latentlab.tensor;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Checks argument shapes against symbolic shapes, binding each symbol on first use, so
 * that a check of several arguments also checks that they agree:
 *
 * <pre>{@code
 * Shapes.in("Linear.forward")
 *       .check("x", x, "N", "D")
 *       .check("w", w, "D", "H")
 *       .check("b", b, 1, "H");
 * }</pre>
 *
 * A dimension is a symbol ({@code "N"}) or a fixed size ({@code 1}). A mismatch throws an
 * {@link IllegalArgumentException} formatted by {@link Failure}, for example
 * {@code Linear.forward: w must be [D=3, H] but got [4, 2].}
 */
public final class Shapes {
    private final String operation;
    private final Map<String, Long> bound = new LinkedHashMap<>();
    private String hint;

    private Shapes(String operation) {
        this.operation = operation;
    }

    public static Shapes in(String operation) {
        return new Shapes(operation);
    }

    /** Fixes a symbol before any argument binds it, e.g. {@code bind("D", 784)}. */
    public Shapes bind(String symbol, long size) {
        bound.put(symbol, size);
        return this;
    }

    /** A hint appended to any failure reported after this call. */
    public Shapes hint(String text) {
        this.hint = text;
        return this;
    }

    /** The size a symbol was bound to, or throws if it is unbound. */
    public long size(String symbol) {
        Long size = bound.get(symbol);
        if (size == null) {
            throw new IllegalStateException(operation + ": symbol " + symbol + " is not bound");
        }
        return size;
    }

    /**
     * Checks {@code array} against {@code dims}, each a {@link String} symbol or an
     * {@link Integer}/{@link Long} size; binds new symbols.
     */
    public Shapes check(String argument, INDArray array, Object... dims) {
        if (array == null) {
            throw Failure.in(operation).argument(argument).expected(describe(dims)).got("null").hint(hint).exception();
        }
        long[] shape = array.shape();
        if (shape.length != dims.length) {
            throw mismatch(argument, dims, shape);
        }
        Map<String, Long> newlyBound = new LinkedHashMap<>();
        for (int i = 0; i < dims.length; i++) {
            Object dim = dims[i];
            if (dim instanceof String symbol) {
                Long size = bound.containsKey(symbol) ? bound.get(symbol) : newlyBound.get(symbol);
                if (size == null) {
                    newlyBound.put(symbol, shape[i]);
                } else if (size != shape[i]) {
                    throw mismatch(argument, dims, shape);
                }
            } else if (((Number) dim).longValue() != shape[i]) {
                throw mismatch(argument, dims, shape);
            }
        }
        bound.putAll(newlyBound);
        return this;
    }

    /** Checks that {@code array} has a floating-point data type. */
    public Shapes checkFloating(String argument, INDArray array) {
        if (array != null && !array.dataType().isFPType()) {
            throw Failure.in(operation).argument(argument).expected("a floating-point array")
                    .got(array.dataType().toString()).hint(hint).exception();
        }
        return this;
    }

    private IllegalArgumentException mismatch(String argument, Object[] dims, long[] shape) {
        return Failure.in(operation).argument(argument).expected(describe(dims)).got(Arrays.toString(shape))
                .hint(hint).exception();
    }

    /** The symbolic shape with known sizes filled in: {@code [N, D=784]}. */
    private String describe(Object[] dims) {
        StringJoiner text = new StringJoiner(", ", "[", "]");
        for (Object dim : dims) {
            if (dim instanceof String symbol && bound.containsKey(symbol)) {
                text.add(symbol + "=" + bound.get(symbol));
            } else {
                text.add(String.valueOf(dim));
            }
        }
        return text.toString();
    }
}
