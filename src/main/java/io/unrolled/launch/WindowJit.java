package io.unrolled.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Keeps the optimising compiler (C2) for the trainer's code, when asked for with
 * {@code UNROLLED_WINDOW_JIT=1}. On a machine with few cores, JavaFX, Prism and Marlin keep finding
 * new hot paths while the charts draw, and each C2 compile takes a core the trainer needs; compiled
 * by C1 only, the UI costs its own threads a little more CPU and leaves the trainer more. Where C2
 * has cores of its own there is nothing to win, so it is not on by default ({@code docs/performance.md}).
 * The rule goes to the JVM as a compiler-directives file that the relaunch writes into the cache folder.
 */
final class WindowJit {

    /** HotSpot's compiler-directives format; a class pattern ending in '*' covers sub-packages. */
    static final String DIRECTIVES = """
            [
              {
                match: ["javafx/*.*", "com/sun/javafx/*.*", "com/sun/prism/*.*", "com/sun/marlin/*.*",
                        "com/sun/scenario/*.*", "com/sun/glass/*.*", "com/sun/pisces/*.*",
                        "org/controlsfx/*.*", "org/kordamp/*.*", "io/unrolled/ui/*.*"],
                c2: { Exclude: true }
              }
            ]
            """;

    static final String FILE_NAME = "window-jit.json";

    private WindowJit() {
    }

    /**
     * The JVM options that load the directives, after making sure the file in {@code folder} holds
     * exactly them; empty when that cannot be made sure. The JVM refuses to start when it cannot read
     * or parse a directives file, so the option is only given for a complete file whose path the
     * child JVM will read back as written. {@code verbose}: whether the JVM may say what it loaded.
     */
    static List<String> jvmOptions(Path folder, boolean verbose) {
        Path file = folder.resolve(FILE_NAME);
        if (!survivesTheCommandLine(file.toString())) {
            return List.of();
        }
        Path pending = folder.resolve(FILE_NAME + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            if (!isCurrent(file)) {
                Files.writeString(pending, DIRECTIVES, StandardCharsets.UTF_8);
                Files.move(pending, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:CompilerDirectivesFile=" + file,
                    // the JVM announces "1 compiler directives added" on its console: only for --verbose,
                    // and then on stderr, out of the program's output
                    verbose ? "-XX:+DisplayVMOutputToStderr" : "-XX:-DisplayVMOutput");
        } catch (IOException | RuntimeException e) {
            return List.of();
        } finally {
            try {
                Files.deleteIfExists(pending);   // a move that failed (another launch has the file open)
            } catch (IOException | RuntimeException e) {
                // only a stray file
            }
        }
    }

    /**
     * Whether {@code path} can be passed on a command line in the platform's encoding: on Windows the
     * JVM reads its arguments in the ANSI code page, so a cache folder under a name outside it would
     * reach the JVM mangled.
     */
    static boolean survivesTheCommandLine(String path) {
        String encoding = System.getProperty("sun.jnu.encoding");
        try {
            java.nio.charset.Charset cs = encoding != null ? java.nio.charset.Charset.forName(encoding)
                    : java.nio.charset.Charset.defaultCharset();
            return cs.newEncoder().canEncode(path);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean isCurrent(Path file) {
        try {
            return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(DIRECTIVES);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
