package io.unrolled.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Keeps the optimising compiler (C2) for the trainer's code. On a 2-core VM (Xvfb) the window's JVM
 * spent more CPU in C2 than in the trainer during LMModel4's first 13 s (7-8 s against 7 s):
 * JavaFX, Prism and Marlin kept discovering hot paths while the charts drew, and each one cost a
 * C2 compile on a core the trainer needed. The UI's packages are compiled by C1 only: C2's time in
 * those seconds fell to 4 s, the renderer and FX threads used about 5 % more CPU, and the trainer
 * ran about a quarter faster. The rule goes to the JVM as a compiler-directives file that the
 * relaunch writes into the cache folder.
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
     * child JVM will read back as written.
     */
    static List<String> jvmOptions(Path folder) {
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
                    // the JVM announces "1 compiler directives added": stderr, not the app's stdout
                    "-XX:+DisplayVMOutputToStderr");
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
