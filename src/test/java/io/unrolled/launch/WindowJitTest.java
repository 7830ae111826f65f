package io.unrolled.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowJitTest {

    @TempDir
    Path dir;

    @Test
    void theOptionsPointAtAFileThatHoldsTheDirectives() throws Exception {
        List<String> options = WindowJit.jvmOptions(dir, true);
        Path file = dir.resolve(WindowJit.FILE_NAME);
        assertTrue(options.contains("-XX:CompilerDirectivesFile=" + file), options.toString());
        assertTrue(options.indexOf("-XX:+UnlockDiagnosticVMOptions") < options.indexOf("-XX:CompilerDirectivesFile=" + file));
        assertEquals(WindowJit.DIRECTIVES, Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void anEditedOrTruncatedFileIsWrittenAgain() throws Exception {
        Path file = dir.resolve(WindowJit.FILE_NAME);
        Files.writeString(file, "[ { match: \"javafx/*.*\", c2: { Exclude: tr");   // the JVM would refuse to start
        WindowJit.jvmOptions(dir, true);
        assertEquals(WindowJit.DIRECTIVES, Files.readString(file));
    }

    @Test
    void withoutAWritableFolderThereAreNoOptionsRatherThanAJvmThatCannotStart() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        assertEquals(List.of(), WindowJit.jvmOptions(notAFolder, true));
    }

    @Test
    void aPathTheCommandLineCannotCarryGetsNoOptions() {
        assertTrue(WindowJit.survivesTheCommandLine("/home/ana/.cache/unrolled/window-jit.json"));
        if (!WindowJit.survivesTheCommandLine("C:/Users/\u4e2d\u6587/cache")) {
            // an encoding without those characters (e.g. a Western Windows code page): nothing is passed
            assertEquals(List.of(), WindowJit.jvmOptions(dir.resolve("\u4e2d\u6587"), true));
        }
    }

    @Test
    void aJvmGivenTheOptionsStartsAndKeepsC2AwayFromTheUiPackages() throws Exception {
        List<String> options = WindowJit.jvmOptions(dir, true);
        // as the window gets them under --verbose: the JVM starts, and says what it installed on stderr, not stdout
        Result plain = java(options, List.of("-version"));
        assertEquals(0, plain.status, plain.err);
        assertFalse(plain.out.contains("compiler directives"), plain.out);
        assertTrue(plain.err.contains("1 compiler directives added"), plain.err);

        List<String> shown = new ArrayList<>(options);
        shown.add("-XX:+CompilerDirectivesPrint");
        String printed = java(shown, List.of("-version")).err;
        String matching = printed.lines().filter(l -> l.contains("matching:") && l.contains("javafx/*.*"))
                .findFirst().orElse("");
        for (String pkg : List.of("javafx/*.*", "com/sun/javafx/*.*", "com/sun/prism/*.*", "com/sun/marlin/*.*", "io/unrolled/ui/*.*")) {
            assertTrue(matching.contains(pkg), pkg + " in " + matching);
        }
        String c2 = printed.substring(printed.indexOf(matching));
        c2 = c2.substring(c2.indexOf("c2 directives:"));
        assertTrue(c2.lines().limit(3).anyMatch(l -> l.contains("Exclude:true")), c2);
    }

    @Test
    void withoutVerboseTheJvmDoesNotAnnounceTheDirectives() throws Exception {
        List<String> options = WindowJit.jvmOptions(dir, false);
        Result quiet = java(options, List.of("-version"));
        assertEquals(0, quiet.status, quiet.err);
        assertFalse(quiet.out.contains("compiler directives"), quiet.out);
        assertFalse(quiet.err.contains("compiler directives"), quiet.err);
        assertTrue(quiet.err.contains("version"), "-version's own output still comes: " + quiet.err);
    }

    private record Result(int status, String out, String err) {
    }

    private static Result java(List<String> options, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(options);
        cmd.addAll(args);
        Path out = Files.createTempFile("jit-out", ".txt");
        Path err = Files.createTempFile("jit-err", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
