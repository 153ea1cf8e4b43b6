package latentlab.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class Quadrature1dTest {
    private final Quadrature1d grid = Quadrature1d.simpson(-20, 20, 8001);

    private static DoubleUnaryOperator normal(double mu, double sigma) {
        return x -> Math.exp(-0.5 * (x - mu) * (x - mu) / (sigma * sigma)) / (sigma * Math.sqrt(2 * Math.PI));
    }

    @Test
    void integratesPolynomialsOfDegreeThreeExactly() {
        Quadrature1d coarse = Quadrature1d.simpson(0, 2, 3);
        assertEquals(4.0, coarse.integrate(x -> x * x * x), 1e-14);
        assertEquals(1.0, grid.integrate(normal(0.3, 1.5)), 1e-9);
    }

    @Test
    void valueAtOptimumEqualsMinusLogFourPlusTwoJensenShannon() {
        double[] pData = grid.evaluate(normal(0, 1));
        for (double shift : new double[] {0, 0.5, 1, 3}) {
            for (double scale : new double[] {0.5, 1, 2}) {
                double[] pG = grid.evaluate(normal(shift, scale));
                double c = grid.valueAtOptimum(pData, pG);
                assertEquals(-Math.log(4) + 2 * grid.jensenShannon(pData, pG), c, 1e-9,
                        "shift " + shift + ", scale " + scale);
            }
        }
    }

    @Test
    void optimumIsMinusLogFourWhereTheGeneratorMatchesTheData() {
        double[] p = grid.evaluate(normal(1, 2));
        assertEquals(-Math.log(4), grid.valueAtOptimum(p, p), 1e-9);
        double[] d = Quadrature1d.optimalDiscriminator(p, p);
        for (double v : d) {
            assertEquals(0.5, v, 0);
        }
    }

    @Test
    void optimalDiscriminatorMaximisesTheValue() {
        double[] pData = grid.evaluate(normal(0, 1));
        double[] pG = grid.evaluate(normal(1, 1));
        double best = grid.valueAtOptimum(pData, pG);
        double[] other = Quadrature1d.optimalDiscriminator(pData, pG);
        for (int i = 0; i < other.length; i++) {
            other[i] = Math.min(0.999, Math.max(0.001, other[i] + 0.05 * Math.sin(i * 0.01)));
        }
        assertTrue(grid.value(pData, pG, other) < best);
    }

    @Test
    void jensenShannonIsLogTwoForDisjointSupports() {
        Quadrature1d g = Quadrature1d.simpson(0, 2, 2001);
        double[] p = g.evaluate(x -> x < 1 ? 1 : 0);
        double[] q = g.evaluate(x -> x > 1 ? 1 : 0);
        assertEquals(Math.log(2), g.jensenShannon(p, q), 2e-3);
        assertEquals(Double.POSITIVE_INFINITY, g.kl(p, q));
    }

    @Test
    void doesNotModifyItsInputs() {
        double[] pData = grid.evaluate(normal(0, 1));
        double[] pG = grid.evaluate(normal(2, 1));
        double[] pDataCopy = pData.clone();
        double[] pGCopy = pG.clone();
        grid.valueAtOptimum(pData, pG);
        grid.jensenShannon(pData, pG);
        assertArrayEquals(pDataCopy, pData);
        assertArrayEquals(pGCopy, pG);
    }

    @Test
    void rejectsEvenPointCountsAndArraysFromAnotherGrid() {
        IllegalArgumentException even = assertThrows(IllegalArgumentException.class,
                () -> Quadrature1d.simpson(0, 1, 10));
        assertEquals("Quadrature1d.simpson: m must be an odd number ≥ 3 but got 10. "
                + "Hint: Simpson's rule needs an even number of intervals.", even.getMessage());
        IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
                () -> grid.integrate(new double[5]));
        assertTrue(length.getMessage().startsWith("Quadrature1d.integrate: f must be length M=8001 but got length 5."),
                length.getMessage());
    }
}
