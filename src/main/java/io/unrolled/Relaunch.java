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
 * libraries' environment ({@link NativeEnvironment}) and, for the window, the class-data archive
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
        List<String> cmd = new ArrayList<>(command.get());
        // JVM options go after the java executable; a packaged app's own launcher does not take them
        boolean javaCommand = isJava(cmd.get(0));
        Optional<ClassDataCache> cds = window && javaCommand ? ClassDataCache.forThisBuild() : Optional.empty();
        cds.ifPresent(c -> cmd.addAll(1, c.jvmOptions()));
        if (javaCommand && !setsHeapSize(cmd)) {
            cmd.add(1, HEAP_CAP);
        }
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
