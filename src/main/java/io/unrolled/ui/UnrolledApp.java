package io.unrolled.ui;

import io.unrolled.cli.Cli;
import io.unrolled.cli.WindowFlags;
import io.unrolled.launch.LaunchTime;
import io.unrolled.session.TrainingSession;
import java.io.File;
import java.io.IOException;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/** The window's composition root: session, main window, style, and the demo flags. */
public final class UnrolledApp extends Application {

    private TrainingSession session;
    private FrameStats frameStats;

    @Override
    public void start(Stage stage) {
        // Main has already refused bad flags (one line, status 2) before the toolkit started
        WindowFlags flags = Cli.windowFlags(getParameters().getRaw());
        // the clock reads the JVM's management beans, class loading a normal start can skip
        long enteredMs = flags.frameStats() ? LaunchTime.millisSinceLaunch() : 0;
        session = new TrainingSession(Platform::runLater);
        flags.model().ifPresent(session::selectModel);
        MainWindow window = new MainWindow(session);
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window, Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
        scene.getStylesheets().add(UnrolledApp.class.getResource("/io/unrolled/css/base.css").toExternalForm());
        stage.setTitle("Unrolled — watch a recurrent language model learn");
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> session.shutdown());
        stage.show();
        long shownMs = flags.frameStats() ? LaunchTime.millisSinceLaunch() : 0;
        window.setProjectorMode(flags.projector());
        for (int k = 0; k < Math.abs(flags.zoomSteps()); k++) {
            window.zoom(Integer.signum(flags.zoomSteps()));
        }
        window.showView(flags.view());
        flags.step().ifPresent(n -> window.unrolled().startAt(n - 1));
        flags.text().ifPresent(text -> window.unrolled().showText(text));
        flags.unit().ifPresent(u -> window.gates().pickUnit(u));
        if (flags.trainMode()) {
            window.unrolled().setTrainMode(true);
        }
        // a double-clicked .npz: the ladder follows the file's rung; a file that cannot be read says why
        flags.modelFile().ifPresent(window::load);
        flags.compare().ifPresent(file -> window.memory().compareWithFile(file));
        if (flags.projector()) {
            // the whole screen, also where no window manager acts on "maximised" (a bare X server, a kiosk)
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
            stage.setMaximized(true);
        }
        if (flags.frameStats()) {
            frameStats = new FrameStats(session, enteredMs, shownMs);
            frameStats.describeView(window::viewStats);
            if ("unrolled".equals(flags.view()) || "gates".equals(flags.view())) {
                window.unrolled().timePaints();
            }
            frameStats.start();
        }
        FirstFrames.then(() -> {
            if (frameStats != null) {
                frameStats.windowPainted(LaunchTime.millisSinceLaunch());
                window.whenReady(() -> frameStats.warmedUp(LaunchTime.millisSinceLaunch()));
            }
            if (flags.train()) {
                window.whenReady(window::train);   // as a user would: once the window is up and settled
            }
        });
        flags.screenshot().ifPresent(file -> after(flags.screenshotAfter(), () -> {
            snapshot(scene, new File(file));
            Platform.exit();
        }));
        flags.exitAfter().ifPresent(s -> after(s, Platform::exit));
    }

    @Override
    public void stop() {
        if (frameStats != null) {
            frameStats.stop();
            System.out.println(frameStats.summary());
        }
        if (session != null) {
            session.shutdown();
        }
    }

    private static void after(double seconds, Runnable action) {
        PauseTransition wait = new PauseTransition(Duration.seconds(seconds));
        wait.setOnFinished(e -> action.run());
        wait.play();
    }

    private static void snapshot(Scene scene, File file) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file);
            System.out.println("screenshot written to " + file.getAbsolutePath());
        } catch (IOException | RuntimeException ex) {
            System.err.println("unrolled: could not write the screenshot " + file + ": " + ex.getMessage());
        }
    }
}
