package io.unrolled.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@code unrolled reproduce} puts on the console, run for real in this process. */
class ReproduceOutputTest {

    @Test
    void reproduceLm4ForOneEpochPrintsOnlyTheEpochTable() {
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        // the process's own streams, so that a library printing straight to them is caught too
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(o);
            System.setErr(e);
            status = Cli.run(List.of("reproduce", "--model", "lm4", "--epochs", "1"), System.out, System.err);
        } finally {
            System.setOut(realOut);
            System.setErr(realErr);
        }
        String stdout = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        List<String> lines = stdout.lines().toList();
        assertEquals(3, lines.size(), "the header, epoch 0 and the final line:\n" + stdout);
        assertTrue(lines.get(0).matches("epoch +train_loss +valid_loss +accuracy +time +\\| +book train +book valid +book acc"), lines.get(0));
        assertTrue(lines.get(1).matches("0 +\\d\\.\\d{6} +\\d\\.\\d{6} +0\\.\\d{6} +\\d\\d:\\d\\d +\\| +3\\.103298 +2\\.874341 +0\\.212565"), lines.get(1));
        assertTrue(lines.get(2).matches("final accuracy 0\\.\\d{6} \\(book 0\\.640055, baseline 0\\.151652\\)"), lines.get(2));
        assertEquals("", err.toString(StandardCharsets.UTF_8), "nothing on stderr");
    }
}
