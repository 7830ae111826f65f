package io.unrolled;

import io.unrolled.ui.LaunchTime;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Starts the program a second time when the first process cannot be given what it needs: the native
 * libraries' environment ({@link NativeEnvironment}) and, for the window, the compiler rules of
 * {@link WindowJit} and the class-data archive
 * ({@link ClassDataCache}); for a {@code java} command also a heap cap. The first process only waits and
 * passes on the exit status.
 * Set {@code UNROLLED_NO_RELAUNCH} to opt out.
 */
final class Relaunch {

    static final String OPT_OUT = "UNROLLED_NO_RELAUNCH";

    /**
     * The weights and activations live off the heap, and a whole ladder on two threads uses about
     * 150 MB of it; without a cap G1 grew the heap to 700 MB on a 24 GB machine, because it could.
     */
    static final String HEAP_CAP = "-Xmx384m";

    /**
     * The window's pause goal for young collections. ND4J allocates ~300 MB/s of small Java objects
     * while LMModel4 trains; with G1's default goal (200 ms) that meant a 20-40 ms pause every 0.7 s,
     * each one a late frame. At 5 ms the pauses are short and five times as frequent, for about 0.7 %
     * more time in GC; frame-gap p99 went from 57-64 ms to 34-49 ms.
     */
    static final String WINDOW_PAUSE_GOAL = "-XX:MaxGCPauseMillis=5";

    private Relaunch() {
    }

    /** The exit status of the relaunched program, or empty when this process should carry on itself. */
    static OptionalInt ifNeeded(List<String> args, boolean window) {
        if (System.getenv(OPT_OUT) != null) {
            return OptionalInt.empty();
        }
        Map<String, String> missing = NativeEnvironment.missing(System.getenv(), NativeEnvironment.cpuFlags());
        Optional<List<String>> command = currentCommand();
        if (missing.isEmpty() || command.isEmpty()) {
            return OptionalInt.empty();
        }
        // a packaged app's own launcher takes no JVM options, so nothing is prepared for it
        boolean windowJvm = window && isJava(command.get().get(0));
        // the archive and the compiler rules share one cache folder, looked up once
        Optional<Path> cacheFolder = windowJvm ? ClassDataCache.writableCacheFolder() : Optional.empty();
        Optional<ClassDataCache> cds = cacheFolder.flatMap(ClassDataCache::forThisBuild);
        List<String> windowOptions = new ArrayList<>(cds.map(ClassDataCache::jvmOptions).orElse(List.of()));
        cacheFolder.ifPresent(dir -> windowOptions.addAll(WindowJit.jvmOptions(dir)));
        List<String> cmd = withJvmOptions(command.get(), window, windowOptions);
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
            pb.environment().putAll(missing);
            if (args.contains("--frame-stats")) {
                // only when asked: the management classes cost the launch some 30 ms
                long started = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                pb.environment().put(LaunchTime.VARIABLE, Long.toString(started));
            }
            Process child = pb.start();
            Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
            int status = child.waitFor();
            cds.ifPresent(ClassDataCache::publish);
            return OptionalInt.of(status);
        } catch (IOException e) {
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(130);
        }
    }

    /**
     * The command with our JVM options added after the java executable: the heap cap, and for the
     * window the pause goal and its own options (the class-data archive, {@link WindowJit}). Options
     * the user gave win; a packaged app's own launcher takes none, so its command is left as it is.
     */
    static List<String> withJvmOptions(List<String> command, boolean window, List<String> windowOptions) {
        List<String> cmd = new ArrayList<>(command);
        if (!isJava(cmd.get(0))) {
            return cmd;
        }
        if (window) {
            cmd.addAll(1, windowOptions);
            if (cmd.stream().noneMatch(a -> a.startsWith("-XX:MaxGCPauseMillis"))) {
                cmd.add(1, WINDOW_PAUSE_GOAL);
            }
        }
        if (!setsHeapSize(cmd)) {
            cmd.add(1, HEAP_CAP);
        }
        return cmd;
    }

    static boolean setsHeapSize(List<String> command) {
        return command.stream().anyMatch(a -> a.startsWith("-Xmx") || a.startsWith("-XX:MaxHeapSize")
                || a.startsWith("-XX:MaxRAM"));
    }

    static boolean isJava(String executable) {
        String name = Path.of(executable).getFileName().toString();
        return name.equals("java") || name.equals("java.exe") || name.equals("javaw.exe");
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
