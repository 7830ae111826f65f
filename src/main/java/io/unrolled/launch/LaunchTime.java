package io.unrolled.launch;

import java.lang.management.ManagementFactory;

/**
 * When the user launched the program. The program may have started itself again (see
 * {@link Relaunch}); the first process passes its start time on, so the window's startup
 * figure counts from the double-click, not from the second JVM.
 */
public final class LaunchTime {

    /** Milliseconds since the epoch at which the first process started. */
    public static final String VARIABLE = "UNROLLED_LAUNCHED_AT";

    private LaunchTime() {
    }

    public static long millisSinceLaunch() {
        return System.currentTimeMillis() - launchedAt();
    }

    /** When this JVM started, in ms since launch: 0 unless the program was started a second time. */
    public static long thisJvmStarted() {
        return ManagementFactory.getRuntimeMXBean().getStartTime() - launchedAt();
    }

    private static long launchedAt() {
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        try {
            String passed = System.getenv(VARIABLE);
            if (passed != null) {
                start = Math.min(start, Long.parseLong(passed.trim()));
            }
        } catch (NumberFormatException e) {
            // a value we did not write: count from this JVM
        }
        return start;
    }
}
