package io.unrolled.ui;

import io.unrolled.session.TrainingSession;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LayoutProbeTest {
    TrainingSession session;
    MainWindow window;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = new TrainingSession(Platform::runLater);
        window = new MainWindow(session);
        Scene scene = new Scene(window, 1366, 768);
        scene.getStylesheets().add(LayoutProbeTest.class.getResource("/io/unrolled/css/base.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    void report(FxRobot robot, String what) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            var c = window.charts;
            var center = window.center;
            System.out.printf("PROBE %s scene=%.0fx%.0f plots=%.0f %.0f %.0f %.0f table=%.0f chartsH=%.0f center=%.0fx%.0f top=%.0f bottom=%.0f%n", what,
                window.getScene().getWidth(), window.getScene().getHeight(),
                c.lossChart.plotAreaHeight(), c.epochChart.plotAreaHeight(), c.breakdownChart.plotAreaHeight(), c.scheduleChart.plotAreaHeight(),
                window.table.getHeight(), c.getHeight(), center.getWidth(), center.getHeight(), window.transport.getHeight(), window.statusBar.getHeight());
        });
    }

    @Test
    void probe(FxRobot robot) throws Exception {
        for (int[] size : new int[][] {{1366, 768}, {1440, 900}, {1920, 1080}}) {
            for (boolean proj : new boolean[] {false, true}) {
                robot.interact(() -> { stage.setWidth(size[0]); stage.setHeight(size[1]); window.setProjectorMode(proj); window.zoom(0); window.zoom(-1); window.zoom(-1); });
                for (int z = 0; z < 6; z++) {
                    report(robot, size[0] + "x" + size[1] + (proj ? " proj" : " norm") + " zoom" + z);
                    robot.interact(() -> window.zoom(1));
                }
            }
        }
        session.shutdown();
    }
}
