package latentlab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class CellPartsTest {
    @Test
    void lineMagicsAndCodeRunInOrderWithCodeKeptOnItsCellLines() {
        List<CellParts.Part> parts = CellParts.split("int a = 1;\n%jars lib/*.jar \"my dir/x.jar\"\nint b = a;");
        assertEquals(3, parts.size());
        assertEquals("int a = 1;\n", parts.get(0).code());
        assertEquals("jars", parts.get(1).magic());
        assertEquals(List.of("lib/*.jar", "my dir/x.jar"), parts.get(1).args());
        assertEquals("\n\nint b = a;\n", parts.get(2).code());
    }

    @Test
    void cellMagicTakesTheWholeBody() {
        CellParts.CellMagic magic = CellParts.cellMagic("\n%%time quick\nint x = 1;\nx");
        assertEquals("time", magic.name());
        assertEquals(List.of("quick"), magic.args());
        assertEquals("\nint x = 1;\nx", magic.body());
        assertNull(CellParts.cellMagic("int x = 1 % 2;"));
    }

    @Test
    void percentInsideCodeIsNotAMagic() {
        List<CellParts.Part> parts = CellParts.split("int r = 7 % 3;\nr");
        assertEquals(1, parts.size());
        assertNull(parts.get(0).magic());
    }
}
