package latentlab.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FailureTest {

    @Test
    void fullMessageNamesOperationArgumentExpectedGotAndHint() {
        String message = Failure.in("Linear.forward").argument("x").expected("[N, D=784]")
                .got(new long[] {64, 28, 28}).hint("flatten images first (Images.flatten)").message();
        assertEquals("Linear.forward: x must be [N, D=784] but got [64, 28, 28]. "
                + "Hint: flatten images first (Images.flatten).", message);
    }

    @Test
    void hintKeepsItsOwnFullStopAndBlankHintsAreDropped() {
        assertEquals("op: a must be 1 but got 2. Hint: try 1.",
                Failure.in("op").argument("a").expected("1").got("2").hint("  try 1.  ").message());
        assertEquals("op: a must be 1 but got 2.", Failure.in("op").argument("a").expected("1").got("2").hint(" ").message());
    }

    @Test
    void missingPartsReadSensibly() {
        assertEquals("op: result was NaN.", Failure.in("op").got("NaN").message());
        assertEquals("op: x must be finite.", Failure.in("op").argument("x").expected("finite").message());
        assertEquals("?: result.", Failure.in(null).message());
    }

    @Test
    void eachStepReturnsACopy() {
        Failure base = Failure.in("op");
        Failure named = base.argument("x");
        assertEquals(null, base.argument());
        assertEquals("x", named.argument());
    }

    @Test
    void exceptionCarriesTheMessageAndRaiseThrowsIt() {
        Failure f = Failure.in("op").argument("x").expected("1").got("2");
        assertEquals(f.message(), f.exception().getMessage());
        assertEquals(IllegalArgumentException.class, f.exception().getClass());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, f::raise);
        assertEquals(f.message(), e.getMessage());
        assertEquals(f.message(), f.toString());
    }
}
