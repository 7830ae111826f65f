package io.unrolled.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sets the two environment variables the native maths libraries read only when they load, which Java
 * cannot set for its own process; when one is missing, {@link Relaunch} starts the program again with it set.
 * <ul>
 * <li>{@code OPENBLAS_CORETYPE}: OpenBLAS 0.3.19 (the one ND4J 1.0.0-M2.1 ships) does not recognise
 * recent Intel CPUs and falls back to its slowest (Prescott) kernels.
 * <li>{@code OMP_NUM_THREADS=1}: some ND4J ops open OpenMP regions whatever ND4J's own thread settings
 * say, and the OpenMP worker then spins waiting for the next region, on a core the window needs.
 * </ul>
 * {@code docs/performance.md} has what each is worth.
 */
final class NativeEnvironment {

    static final String CORE_TYPE = "OPENBLAS_CORETYPE";
    static final String OMP_THREADS = "OMP_NUM_THREADS";

    private NativeEnvironment() {
    }

    /** The variables to add to {@code env}; a value the user has set is never overridden. */
    static Map<String, String> missing(Map<String, String> env, String cpuFlags) {
        Map<String, String> add = new LinkedHashMap<>();
        if (!env.containsKey(CORE_TYPE)) {
            coreFor(cpuFlags).ifPresent(core -> add.put(CORE_TYPE, core));
        }
        if (!env.containsKey(OMP_THREADS)) {
            add.put(OMP_THREADS, "1");
        }
        return add;
    }

    /**
     * AVX-512 machines get the SkylakeX kernels (faster than Haswell's, same training numbers to float
     * rounding), other AVX2 machines the Haswell kernels.
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

    static String cpuFlags() {
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
}
