package latentlab.grader.suite;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Text for feedback: values (small arrays in full, large ones summarised by shape, range and
 * first values) and a call a student can paste into a notebook cell to reproduce a case.
 */
public final class Render {
    /** Arrays with at most this many elements are printed in full. */
    public static final int SMALL = 24;

    private Render() {
    }

    public static String value(Object value) {
        if (value instanceof INDArray a) {
            return array(a);
        }
        if (value instanceof Double d) {
            return number(d);
        }
        if (value instanceof Record r) {
            StringJoiner parts = new StringJoiner(", ", r.getClass().getSimpleName() + "[", "]");
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    parts.add(c.getName() + "=" + value(c.getAccessor().invoke(r)));
                } catch (ReflectiveOperationException e) {
                    parts.add(c.getName() + "=?");
                }
            }
            return parts.toString();
        }
        return String.valueOf(value);
    }

    public static String array(INDArray a) {
        double[] v = a.length() == 0 ? new double[0] : a.castTo(DataType.DOUBLE).dup('c').data().asDouble();
        String shape = Arrays.toString(a.shape());
        if (v.length <= SMALL) {
            return nested(v, a.shape()) + " " + shape;
        }
        DoubleSummary s = DoubleSummary.of(v);
        StringJoiner first = new StringJoiner(", ", "[", ", ...]");
        for (int i = 0; i < 6; i++) {
            first.add(number(v[i]));
        }
        return "array " + shape + " " + a.dataType().name().toLowerCase(Locale.ROOT) + ", min " + number(s.min)
                + ", max " + number(s.max) + ", mean " + number(s.mean)
                + (s.nonFinite > 0 ? ", " + s.nonFinite + " NaN/Inf" : "") + ", first values " + first;
    }

    /** A Java expression building the value, e.g. {@code Nd4j.createFromArray(new double[][] {{0.5, -1.0}})}. */
    public static String javaLiteral(Object value) {
        if (value instanceof INDArray a) {
            double[] v = a.castTo(DataType.DOUBLE).dup('c').data().asDouble();
            String body = a.rank() == 2 ? "new double[][] " + nested(v, a.shape(), true).replace('[', '{').replace(']', '}')
                    : "new double[] " + nested(v, new long[] {v.length}, true).replace('[', '{').replace(']', '}');
            String created = "Nd4j.createFromArray(" + body + ")";
            return a.dataType() == DataType.DOUBLE ? created : created + ".castTo(DataType." + a.dataType() + ")";
        }
        if (value instanceof Double d) {
            return javaNumber(d);
        }
        return String.valueOf(value);
    }

    /** {@code Exercises.student(Divergences.class).klDiscrete(..., ...)}. */
    public static String call(String exercise, String method, List<Object> args) {
        StringJoiner joined = new StringJoiner(", ", "Exercises.student(" + exercise + ".class)." + method + "(", ")");
        args.forEach(a -> joined.add(javaLiteral(a)));
        return joined.toString();
    }

    /** {@code name=value} pairs of the arguments, for the "Call:" line of feedback. */
    public static String arguments(List<String> names, List<Object> args) {
        StringJoiner joined = new StringJoiner(", ");
        for (int i = 0; i < args.size(); i++) {
            joined.add((i < names.size() ? names.get(i) : "arg" + i) + "=" + value(args.get(i)));
        }
        return joined.toString();
    }

    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return String.valueOf(v);
        }
        double m = Math.abs(v);
        return Double.isFinite(v) && m >= 1e-3 && m < 1e6 ? String.format(Locale.ROOT, "%.6g", v)
                : String.format(Locale.ROOT, "%.4e", v).replace("e+", "e");
    }

    private static String javaNumber(double v) {
        if (Double.isNaN(v)) {
            return "Double.NaN";
        }
        return Double.isInfinite(v) ? (v > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY")
                : Double.toString(v);
    }

    private static String nested(double[] v, long[] shape) {
        return nested(v, shape, false);
    }

    /** Nested brackets by row; {@code exact} prints every digit, as Java source. */
    private static String nested(double[] v, long[] shape, boolean exact) {
        if (shape.length <= 1) {
            StringJoiner row = new StringJoiner(", ", "[", "]");
            for (double x : v) {
                row.add(exact ? javaNumber(x) : number(x));
            }
            return row.toString();
        }
        long rows = shape[0];
        int width = rows == 0 ? 0 : (int) (v.length / rows);
        StringJoiner all = new StringJoiner(", ", "[", "]");
        for (int r = 0; r < rows; r++) {
            all.add(nested(Arrays.copyOfRange(v, r * width, (r + 1) * width), Arrays.copyOfRange(shape, 1, shape.length),
                    exact));
        }
        return all.toString();
    }

    private record DoubleSummary(double min, double max, double mean, long nonFinite) {
        static DoubleSummary of(double[] v) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double sum = 0;
            long bad = 0;
            for (double x : v) {
                if (!Double.isFinite(x)) {
                    bad++;
                    continue;
                }
                min = Math.min(min, x);
                max = Math.max(max, x);
                sum += x;
            }
            return new DoubleSummary(min, max, sum / Math.max(1, v.length - bad), bad);
        }
    }
}
