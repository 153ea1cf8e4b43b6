package latentlab.kernel;

import java.util.Arrays;

/**
 * Times JShell in this JVM, without Jupyter: building it, the start-up imports, the first
 * {@code 1 + 1}, and the median wall time of the last half of N more trivial cells (the floor
 * a cell reaches once the JIT has compiled javac). {@code imports} is {@code none}, {@code java}
 * (the eight java.* packages only) or {@code all} (the kernel's start-up script).
 *
 * <pre>java -XX:+UseSerialGC -Djava.awt.headless=true \
 *     -cp "target/test-classes:target/latentlab.jar:target/lib/*" latentlab.kernel.EvalFloorProbe all 400</pre>
 */
public final class EvalFloorProbe {
    private EvalFloorProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !args[0].matches("none|java|all") || !args[1].matches("\\d+")) {
            System.err.println("usage: EvalFloorProbe none|java|all <cells>; got " + String.join(" ", args));
            System.exit(2);
        }
        String script = switch (args[0]) {
            case "none" -> "";
            case "java" -> Startup.script().lines().filter(line -> line.startsWith("import java."))
                    .reduce("", (all, line) -> all + line + "\n");
            default -> Startup.script();
        };
        int cells = Integer.parseInt(args[1]);
        long start = System.nanoTime();
        try (Evaluator evaluator = new Evaluator()) {
            long built = System.nanoTime();
            if (!script.isEmpty()) {
                evaluator.eval(script, 0);
            }
            long imported = System.nanoTime();
            evaluator.eval("1 + 1", 1);
            long first = System.nanoTime();
            double[] ms = new double[cells];
            for (int i = 0; i < cells; i++) {
                long t = System.nanoTime();
                evaluator.eval("1 + 1", 2 + i);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            double[] tail = Arrays.copyOfRange(ms, cells / 2, cells);
            Arrays.sort(tail);
            System.out.printf("Java %s, imports %s: JShell built %.0f ms, imports %.0f ms, first 1+1 %.0f ms; "
                            + "median of cells %d-%d: %.1f ms%n", Runtime.version(), args[0], (built - start) / 1e6,
                    (imported - built) / 1e6, (first - imported) / 1e6, cells / 2, cells,
                    tail.length == 0 ? Double.NaN : tail[tail.length / 2]);
        }
        System.exit(0);
    }
}
