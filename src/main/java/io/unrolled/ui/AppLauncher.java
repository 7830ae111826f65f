package io.unrolled.ui;

import javafx.application.Application;

/** Starts the JavaFX application from a plain class, so JavaFX may live on the class path. */
public final class AppLauncher {

    private AppLauncher() {
    }

    public static void launch(String[] args) {
        try {
            Application.launch(UnrolledApp.class, args);
        } catch (UnsupportedOperationException e) {
            // the toolkit found no screen after all, e.g. DISPLAY names an X server that is not there
            System.err.println(DisplayCheck.cannotOpen(e.getMessage(), System.getenv("DISPLAY")));
            System.exit(1);
        }
    }
}
