package latentlab.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StableMathTest {

    @Test
    void softplusIsFiniteAndAccurateAtExtremes() {
        assertEquals(1e4, StableMath.softplus(1e4), 0);
        assertEquals(0, StableMath.softplus(-1e4), 0);
        assertEquals(Math.exp(-50), StableMath.softplus(-50), 1e-30);
        assertEquals(Math.log(2), StableMath.softplus(0), 1e-15);
    }

    @Test
    void sigmoidIsFiniteAtExtremesAndSymmetric() {
        assertEquals(1, StableMath.sigmoid(1e4), 0);
        assertEquals(0, StableMath.sigmoid(-1e4), 0);
        assertEquals(Math.exp(-700), StableMath.sigmoid(-700), 1e-310);
        assertEquals(1 - StableMath.sigmoid(3), StableMath.sigmoid(-3), 1e-15);
    }

    @Test
    void logSigmoidIsMinusSoftplusOfMinusX() {
        assertEquals(-1e4, StableMath.logSigmoid(-1e4), 0);
        assertEquals(Math.log(0.5), StableMath.logSigmoid(0), 1e-15);
    }
}
