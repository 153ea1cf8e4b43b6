package latentlab.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FastMathTest {

    @Test
    void expIsWithinThreeTenthsOfAMillionthOfMathExp() {
        double worst = 0;
        for (double x = -87; x < 88; x += 0.00731) {
            double expected = Math.exp((float) x);
            worst = Math.max(worst, Math.abs(FastMath.exp((float) x) - expected) / expected);
        }
        assertTrue(worst < 3e-7, "worst relative error " + worst);
    }

    @Test
    void expSaturatesOutsideFloatRange() {
        assertEquals(0f, FastMath.exp(-1e4f));
        assertEquals(Float.POSITIVE_INFINITY, FastMath.exp(1e4f));
        assertTrue(Float.isNaN(FastMath.exp(Float.NaN)));
        assertEquals(1f, FastMath.exp(0f));
    }

    @Test
    void log1pUnitIsWithinThreeTenthsOfAMillionthOfMathLog1p() {
        double worst = 0;
        for (double e = 1e-30; e <= 1; e *= 1.001) {
            double expected = Math.log1p((float) e);
            worst = Math.max(worst, Math.abs(FastMath.log1pUnit((float) e) - expected) / expected);
        }
        assertTrue(worst < 3e-7, "worst relative error " + worst);
        assertEquals(0f, FastMath.log1pUnit(0f));
    }
}
