package io.unrolled.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** --step: where the Unrolled view's cursor opens. */
class StepFlagTest {

    @Test
    void stepIsReadAsAOneBasedWordAndAbsentByDefault() {
        assertEquals(Optional.of(12), Cli.windowFlags(List.of("--text", "seven thousand", "--step", "12")).step());
        assertEquals(Optional.empty(), Cli.windowFlags(List.of()).step());
    }

    @Test
    void aStepBelowOneOrNotANumberIsRefusedInOneLineWithStatusTwo() {
        for (String bad : List.of("0", "-3", "twelve", "1.5")) {
            CliTest.Result r = CliTest.run("--step", bad);
            assertEquals(2, r.status(), bad + ": " + r.err());
            assertTrue(r.err().contains("--step"), r.err());
            assertEquals(r.err().indexOf("--step"), r.err().lastIndexOf("--step"), "the flag is named once: " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
    }
}
