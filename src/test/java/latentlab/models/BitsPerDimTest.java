package latentlab.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BitsPerDimTest {
    private static final double EXACT = 1e-12;

    @Test
    void continuousDividesNatsByDTimesLn2() {
        assertEquals(1.0, BitsPerDim.continuous(-2 * Math.log(2), 2), EXACT);
        assertEquals(-1.0, BitsPerDim.continuous(Math.log(2), 1), EXACT);   // a density above 1: negative bits
    }

    @Test
    void theUniformDensityOnTheUnitCubeCostsLog2KBits() {
        // log p(y) = 0 on [0, 1)^D: exactly log₂ K bits for each of the D features
        assertEquals(8.0, BitsPerDim.dequantized(0, 784, 256), EXACT);
        assertEquals(6.0, BitsPerDim.dequantized(0, 2, 64), EXACT);
    }

    @Test
    void aSharperDensityCostsFewerBits() {
        // p(y) = 4 on [0, ½)² (log p = ln 4 per point, D = 2): one bit per dimension saved
        assertEquals(5.0, BitsPerDim.dequantized(Math.log(4), 2, 64), EXACT);
    }

    @Test
    void badArgumentsAreNamed() {
        var dim = assertThrows(IllegalArgumentException.class, () -> BitsPerDim.continuous(0, 0));
        assertEquals("BitsPerDim: dim must be D >= 1 but got 0.", dim.getMessage());
        var levels = assertThrows(IllegalArgumentException.class, () -> BitsPerDim.dequantized(0, 2, 0));
        assertEquals("BitsPerDim.dequantized: levels must be K >= 1 but got 0.", levels.getMessage());
    }
}
