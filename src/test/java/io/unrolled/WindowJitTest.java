package io.unrolled;

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
        List<String> options = WindowJit.jvmOptions(dir);
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
        WindowJit.jvmOptions(dir);
        assertEquals(WindowJit.DIRECTIVES, Files.readString(file));
    }

    @Test
    void withoutAWritableFolderThereAreNoOptionsRatherThanAJvmThatCannotStart() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        assertEquals(List.of(), WindowJit.jvmOptions(notAFolder));
    }

    @Test
    void aJvmGivenTheOptionsStartsAndKeepsC2AwayFromTheUiPackages() throws Exception {
        List<String> options = WindowJit.jvmOptions(dir);
        // as the window gets them: nothing from the directives on stdout, and the JVM starts
        Result quiet = java(options, List.of("-version"));
        assertEquals(0, quiet.status, quiet.output);
        assertFalse(quiet.output.contains("compiler directives"), quiet.output);

        // without the quiet flag, the JVM shows what it installed
        List<String> loud = new ArrayList<>(options);
        loud.remove("-XX:-DisplayVMOutput");
        loud.add("-XX:+CompilerDirectivesPrint");
        Result shown = java(loud, List.of("-version"));
        assertEquals(0, shown.status, shown.output);
        assertTrue(shown.output.contains("1 compiler directives added"), shown.output);
        String matching = shown.output.lines().filter(l -> l.contains("matching:") && l.contains("javafx/*.*"))
                .findFirst().orElse("");
        for (String pkg : List.of("javafx/*.*", "com/sun/javafx/*.*", "com/sun/prism/*.*", "com/sun/marlin/*.*", "io/unrolled/ui/*.*")) {
            assertTrue(matching.contains(pkg), pkg + " in " + matching);
        }
        String c2 = shown.output.substring(shown.output.indexOf(matching));
        c2 = c2.substring(c2.indexOf("c2 directives:"));
        assertTrue(c2.lines().limit(3).anyMatch(l -> l.contains("Exclude:true")), c2);
    }

    private record Result(int status, String output) {
    }

    private static Result java(List<String> options, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(options);
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        // stdout first: that is where the JVM writes what it installed
        return new Result(p.exitValue(), out + err);
    }
}
