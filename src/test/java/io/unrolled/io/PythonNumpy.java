package io.unrolled.io;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs small Python scripts with NumPy, to check our files against the real thing. */
final class PythonNumpy {
    private static final long TIMEOUT_SECONDS = 120;
    private static Boolean available;

    private PythonNumpy() {
    }

    /** Skips the calling test, visibly, where python3 or its numpy package is not installed. */
    static synchronized void assumeAvailable() {
        if (available == null) {
            try {
                available = execute("import numpy").exitCode == 0;
            } catch (IOException e) {
                available = false; // no python3 on the PATH
            }
        }
        assumeTrue(available, "python3 with numpy is not installed (Debian: apt-get install python3-numpy)");
    }

    /** The script's standard output; fails the test, showing its error output, if the script fails. */
    static List<String> run(String script, String... args) throws IOException {
        Result result = execute(script, args);
        if (result.exitCode != 0) {
            fail("python3 failed with exit code " + result.exitCode + ":\n" + result.stderr);
        }
        return result.stdout.lines().toList();
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }

    private static Result execute(String script, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("python3", "-c", script));
        command.addAll(List.of(args));
        // stderr goes to a file so neither pipe can fill up and block the script.
        File stderr = File.createTempFile("python-stderr", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(stderr);
            builder.environment().put("PYTHONIOENCODING", "utf-8"); // whatever the machine's locale
            Process process = builder.start();
            process.getOutputStream().close();
            String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("python3 did not finish within " + TIMEOUT_SECONDS + " s");
            }
            return new Result(process.exitValue(), stdout, Files.readString(stderr.toPath()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for python3", e);
        } finally {
            Files.deleteIfExists(stderr.toPath());
        }
    }
}
