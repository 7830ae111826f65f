package io.unrolled.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CloseSignalsTest {

    @Test
    void sigtermClosesTheProgramWithStatusZeroInsteadOfKillingIt() throws Exception {
        assumeTrue(!System.getProperty("os.name", "").toLowerCase().contains("win"), "no SIGTERM on Windows");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                CloseOnSignalMain.class.getName())).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("ready", out.readLine(), "the handlers are installed before this line");
            // SIGTERM, as a logout or `kill` sends it (Process.destroy would also close our end of its output)
            assertEquals(0, new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor());
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the program ended");
            assertEquals("closing as asked", out.readLine());
        } finally {
            p.destroyForcibly();
        }
        assertEquals(0, p.exitValue(), "a close, not a kill (143)");
    }
}
