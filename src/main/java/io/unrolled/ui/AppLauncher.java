package io.unrolled.ui;

import io.unrolled.launch.CloseSignals;
import javafx.application.Application;
import javafx.application.Platform;

/** Starts the JavaFX application from a plain class, so JavaFX may live on the class path. */
public final class AppLauncher {

    /** How long a signal's close may take before the process ends regardless (a stuck FX thread). */
    private static final long CLOSE_GRACE_MS = 5_000;

    private AppLauncher() {
    }

    public static void launch(String[] args) {
        // SIGTERM or Ctrl+C closes the window as its close button does, and the program ends with status 0
        CloseSignals.onClose(AppLauncher::closeOnSignal);
        try {
            Application.launch(UnrolledApp.class, args);
        } catch (UnsupportedOperationException e) {
            // the toolkit found no screen after all, e.g. DISPLAY names an X server that is not there
            System.err.println(DisplayCheck.cannotOpen(e.getMessage(), System.getenv("DISPLAY")));
            System.exit(1);
        }
    }

    private static void closeOnSignal() {
        Platform.exit();
        Thread backstop = new Thread(() -> {
            try {
                Thread.sleep(CLOSE_GRACE_MS);
            } catch (InterruptedException e) {
                return;
            }
            System.exit(0);
        }, "close-backstop");
        backstop.setDaemon(true);
        backstop.start();
    }
}
