package io.unrolled.ui;

import javafx.scene.Scene;
import javafx.stage.Stage;

/** Puts a window on a test's stage with the app's stylesheet, as every window test starts. */
final class WindowOnStage {

    private WindowOnStage() {
    }

    static void show(Stage stage, MainWindow window, double width, double height) {
        Scene scene = new Scene(window, width, height);
        scene.getStylesheets().add(WindowOnStage.class.getResource("/io/unrolled/css/base.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }
}
