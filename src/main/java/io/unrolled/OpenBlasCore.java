package io.unrolled;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Works around OpenBLAS 0.3.19 (the one ND4J 1.0.0-M2.1 ships) not recognising recent Intel CPUs:
 * it falls back to its Prescott kernels and matrix products run about three times slower. OpenBLAS
 * reads OPENBLAS_CORETYPE only from the environment when it loads, and Java cannot set its own
 * environment, so when the variable is missing on such a CPU the program starts itself again with
 * it set. Measured here: a 1024x64 by 64x256 product takes 2.1 ms as Prescott, 0.65 ms as Haswell,
 * 0.48 ms as SkylakeX.
 */
final class OpenBlasCore {

    static final String VARIABLE = "OPENBLAS_CORETYPE";
    static final String OPT_OUT = "UNROLLED_NO_RELAUNCH";

    private OpenBlasCore() {
    }

    /** The exit status of the relaunched program, or empty when this process should carry on itself. */
    static OptionalInt relaunchIfNeeded(List<String> args) {
        if (System.getenv(VARIABLE) != null || System.getenv(OPT_OUT) != null) {
            return OptionalInt.empty();
        }
        Optional<String> core = coreFor(cpuFlags());
        Optional<List<String>> command = currentCommand();
        if (core.isEmpty() || command.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            ProcessBuilder pb = new ProcessBuilder(command.get()).inheritIO();
            pb.environment().put(VARIABLE, core.get());
            Process child = pb.start();
            Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
            return OptionalInt.of(child.waitFor());
        } catch (IOException e) {
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(130);
        }
    }

    /**
     * AVX-512 machines get the SkylakeX kernels (1.5x faster than Haswell's here, same training numbers
     * to float rounding), other AVX2 machines the Haswell kernels.
     */
    static Optional<String> coreFor(String flags) {
        if (flags == null) {
            return Optional.empty();
        }
        List<String> words = List.of(flags.trim().split("\\s+"));
        if (words.containsAll(List.of("avx512f", "avx512dq", "avx512bw", "avx512vl"))) {
            return Optional.of("SkylakeX");
        }
        return words.contains("avx2") && words.contains("fma") ? Optional.of("Haswell") : Optional.empty();
    }

    private static String cpuFlags() {
        if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            return null;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("flags")) {
                    return line.substring(line.indexOf(':') + 1);
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    private static Optional<List<String>> currentCommand() {
        ProcessHandle.Info info = ProcessHandle.current().info();
        if (info.command().isEmpty() || info.arguments().isEmpty()) {
            return Optional.empty();
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(info.command().get());
        cmd.addAll(List.of(info.arguments().get()));
        return Optional.of(cmd);
    }
}
