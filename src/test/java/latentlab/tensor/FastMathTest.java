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
    void arrayExpEqualsScalarExpBitForBit() {
        // every 4099th float bit pattern (all signs, exponents, NaNs and infinities) and the edges of the range
        int n = (int) ((1L << 32) / 4099) + 8;
        float[] x = new float[n];
        for (int i = 0; i < n - 8; i++) {
            x[i] = Float.intBitsToFloat((int) (i * 4099L));
        }
        float[] edges = {-87.3f, Math.nextUp(-87.3f), 88.7f, Math.nextDown(88.7f), 0.5f * 0.6931472f, -0f, 0f, 1f};
        System.arraycopy(edges, 0, x, n - 8, 8);
        float[] out = new float[n];
        FastMath.exp(x, out, new float[n], n);
        for (int i = 0; i < n; i++) {
            float expected = FastMath.exp(x[i]);
            if (Float.floatToIntBits(expected) != Float.floatToIntBits(out[i])) {
                assertEquals(expected, out[i], "exp(" + x[i] + ")");
            }
        }
    }

    @Test
    void arrayExpMayWriteOverItsInput() {
        float[] x = {-3f, 0f, 2.5f, -100f, 100f};
        float[] expected = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            expected[i] = FastMath.exp(x[i]);
        }
        FastMath.exp(x, x, new float[x.length], x.length);
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, x);
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
