package io.unrolled.ui;

import java.util.Map;
import java.util.Optional;

/**
 * Whether the window has a screen to open on, decided before JavaFX starts: on Linux and the other
 * X11/Wayland systems GTK needs DISPLAY or WAYLAND_DISPLAY, and without either JavaFX dies with a
 * stack trace. Windows and macOS always have their own display; Monocle (the headless tests) needs none.
 */
public final class DisplayCheck {

    private DisplayCheck() {
    }

    /** The one line to print when there is no display, or empty when the window can open. */
    public static Optional<String> problem(String osName, Map<String, String> env, String glassPlatform) {
        String os = osName == null ? "" : osName.toLowerCase();
        boolean ownDisplay = os.startsWith("windows") || os.startsWith("mac");
        if (ownDisplay || "monocle".equalsIgnoreCase(glassPlatform) || set(env.get("DISPLAY")) || set(env.get("WAYLAND_DISPLAY"))) {
            return Optional.empty();
        }
        return Optional.of("unrolled: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
                + "for the command line see unrolled --help");
    }

    /** The same question for this process. */
    public static Optional<String> problem() {
        return problem(System.getProperty("os.name"), System.getenv(), System.getProperty("glass.platform"));
    }

    /** The one line for a display that is named but cannot be opened (the toolkit's own words, then ours). */
    public static String cannotOpen(String toolkitSays, String display) {
        String which = display == null || display.isBlank() ? "" : " " + display;
        return "unrolled: cannot open the display" + which + " (" + toolkitSays + "); for the command line see unrolled --help";
    }

    private static boolean set(String value) {
        return value != null && !value.isBlank();
    }
}
