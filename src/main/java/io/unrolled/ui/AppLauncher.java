package io.unrolled.ui;

import javafx.application.Application;

/** Starts the JavaFX application from a plain class, so JavaFX may live on the class path. */
public final class AppLauncher {

    private AppLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(UnrolledApp.class, args);
    }
}
