package io.unrolled.launch;

import java.util.List;
import sun.misc.Signal;

/**
 * What SIGTERM and SIGINT mean to us: "close", as the window's close button does. Without this the
 * JVM would end at once with status 143 or 130, which a build tool running us reports as a failure,
 * and the window would not shut its trainer down. Platforms without these signals keep their
 * default behaviour.
 */
public final class CloseSignals {

    private static final List<String> CLOSE = List.of("TERM", "INT");

    private CloseSignals() {
    }

    /** Runs {@code close} (on a signal-handling thread) whenever the process is asked to close. */
    public static void onClose(Runnable close) {
        for (String name : CLOSE) {
            try {
                Signal.handle(new Signal(name), s -> close.run());
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // no such signal here, or the JVM keeps it (-Xrs): the default stays
            }
        }
    }

    /**
     * For the first process of a relaunch: a signal to close goes on to the child, which closes as
     * the user asked, and this process then ends with the child's status. If this process ends
     * some other way, the child is not left behind.
     */
    static void forwardTo(Process child) {
        onClose(child::destroy);
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
    }
}
