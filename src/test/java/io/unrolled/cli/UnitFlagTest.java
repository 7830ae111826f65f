package io.unrolled.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** --unit: the unit the Gates tab opens, for demos and screenshots. */
class UnitFlagTest {

    @Test
    void unitIsReadAndOpensTheGatesTabUnlessViewSaysGatesItself() {
        WindowFlags alone = Cli.windowFlags(List.of("--unit", "12"));
        assertEquals(Optional.of(12), alone.unit());
        assertEquals("gates", alone.view(), "--unit alone opens the tab it belongs to");
        assertEquals("gates", Cli.windowFlags(List.of("--text", "seven thousand", "--unit", "0")).view());
        assertEquals(Optional.of(63), Cli.windowFlags(List.of("--view", "gates", "--unit", "63")).unit());
        assertEquals(Optional.empty(), Cli.windowFlags(List.of()).unit());
    }

    @Test
    void aUnitOutsideTheLayerOrNotANumberIsRefusedInOneLineWithStatusTwo() {
        for (String bad : List.of("64", "-1", "twelve", "1.5", "")) {
            CliTest.Result r = CliTest.run("--view", "gates", "--unit", bad);
            assertEquals(2, r.status(), bad + ": " + r.err());
            assertTrue(r.err().contains("--unit"), r.err());
            assertTrue(r.err().contains("0 to 63"), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
    }

    @Test
    void unitWithAnotherTabIsRefusedInOneLineNamingBothFlags() {
        CliTest.Result r = CliTest.run("--view", "unrolled", "--unit", "5");
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("--unit") && r.err().contains("--view gates"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
