package io.unrolled.launch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Starts the program a second time when the first process cannot be given what it needs: the native
 * libraries' environment ({@link NativeEnvironment}), a heap cap, and for the window a short GC pause
 * goal, the class-data archive ({@link ClassDataCache}) and, when asked for, the compiler rules of
 * {@link WindowJit}. The first process only waits, hands a signal to close on to the second, and
 * passes on its exit status. {@code docs/performance.md} says what each piece buys.
 * Set {@code UNROLLED_NO_RELAUNCH} to opt out.
 */
public final class Relaunch {

    static final String OPT_OUT = "UNROLLED_NO_RELAUNCH";

    /** Opt-in: keep the UI's code away from the optimising compiler ({@link WindowJit}). */
    static final String WINDOW_JIT = "UNROLLED_WINDOW_JIT";

    /** Opt-out: no class-data archive for the window ({@link ClassDataCache}). */
    static final String NO_CLASS_DATA_CACHE = "UNROLLED_NO_CDS";

    /**
     * The weights and activations live off the heap and the ladder needs little of it; without a
     * cap G1 grows the heap to a share of the machine's memory just because it can.
     */
    static final String HEAP_CAP = "-Xmx384m";

    /**
     * The window's pause goal for young collections. ND4J allocates small Java objects quickly while
     * a fast rung trains; with G1's default goal each young collection is a pause long enough to
     * make a frame late. A short goal gives more, shorter pauses.
     */
    static final String WINDOW_PAUSE_GOAL = "-XX:MaxGCPauseMillis=5";

    /**
     * Set for the relaunched program to "PID:window" or "PID:command", PID being the first process's:
     * the arguments are the same and the first process has already read and checked them, so the
     * second need not pay for picocli's cold start again. The pid ties the note to that one child.
     */
    static final String ARGUMENTS_READ = "UNROLLED_ARGUMENTS_READ";

    private Relaunch() {
    }

    /**
     * In a relaunched program: whether the first process read the arguments as the window (true) or a
     * command (false); empty when this process was not started by {@link #ifNeeded}, which must then
     * read them itself.
     */
    public static Optional<Boolean> argumentsReadByParent() {
        return argumentsRead(System.getenv(ARGUMENTS_READ), ProcessHandle.current().parent().map(ProcessHandle::pid));
    }

    static Optional<Boolean> argumentsRead(String note, Optional<Long> parentPid) {
        if (note == null || parentPid.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = note.split(":", 2);
        if (parts.length != 2 || !parts[0].equals(Long.toString(parentPid.get()))) {
            return Optional.empty();
        }
        return switch (parts[1]) {
            case "window" -> Optional.of(true);
            case "command" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    static String argumentsReadNote(long pid, boolean window) {
        return pid + ":" + (window ? "window" : "command");
    }

    /**
     * Sets up this process's console (see {@link Console}), then returns the exit status of the
     * relaunched program, or empty when this process should carry on itself.
     */
    public static OptionalInt ifNeeded(List<String> args, boolean window) {
        boolean verbose = Console.verbose(args);
        Console.configure(verbose, window);
        Map<String, String> env = System.getenv();
        if (env.get(OPT_OUT) != null) {
            return OptionalInt.empty();
        }
        Map<String, String> missing = NativeEnvironment.missing(env, NativeEnvironment.cpuFlags());
        Optional<List<String>> command = currentCommand();
        if (missing.isEmpty() || command.isEmpty()) {
            return OptionalInt.empty();
        }
        // a packaged app's own launcher takes no JVM options, so nothing is prepared for it
        boolean windowJvm = window && isJava(command.get().get(0));
        // the archive and the compiler rules share one cache folder, looked up once
        Optional<Path> cacheFolder = windowJvm ? ClassDataCache.writableCacheFolder() : Optional.empty();
        Optional<ClassDataCache> cds = env.get(NO_CLASS_DATA_CACHE) != null ? Optional.empty()
                : cacheFolder.flatMap(ClassDataCache::forThisBuild);
        List<String> windowOptions = new ArrayList<>(cds.map(ClassDataCache::jvmOptions).orElse(List.of()));
        if (env.get(WINDOW_JIT) != null) {
            cacheFolder.ifPresent(dir -> windowOptions.addAll(WindowJit.jvmOptions(dir, verbose)));
        }
        List<String> cmd = withJvmOptions(command.get(), window, verbose, windowOptions);
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
            pb.environment().putAll(missing);
            pb.environment().put(ARGUMENTS_READ, argumentsReadNote(ProcessHandle.current().pid(), window));
            if (args.contains("--frame-stats")) {
                // only when asked: the management classes cost the launch time
                long started = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                pb.environment().put(LaunchTime.VARIABLE, Long.toString(started));
            }
            Process child = pb.start();
            // a signal to close is the child's to act on; this process ends when the child has
            CloseSignals.forwardTo(child);
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
     * window the pause goal and its own options (the class-data archive, {@link WindowJit}); the
     * verbose property when diagnostics were asked for. Options
     * the user gave win; a packaged app's own launcher takes none, so its command is left as it is.
     */
    static List<String> withJvmOptions(List<String> command, boolean window, boolean verbose, List<String> windowOptions) {
        List<String> cmd = new ArrayList<>(command);
        if (!isJava(cmd.get(0))) {
            return cmd;
        }
        if (verbose) {
            cmd.add(1, "-D" + Console.VERBOSE + "=true");
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
