package io.unrolled.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.session.TrainingSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Help ▸ About, opened as a user opens it: the pom's version and the licence texts the installer ships. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {

    private TrainingSession session;

    @Start
    void start(Stage stage) {
        session = new TrainingSession(Platform::runLater);
        Scene scene = new Scene(new MainWindow(session), 1400, 900);
        scene.getStylesheets().add(AboutDialogTest.class.getResource("/io/unrolled/css/base.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void shutDown(FxRobot robot) {
        robot.interact(() -> robot.listTargetWindows().stream()
                .filter(w -> w instanceof Stage s && "About Unrolled".equals(s.getTitle()))
                .forEach(w -> ((Stage) w).close()));
        session.shutdown();
    }

    /** The project's version as the pom states it (the first version after our artifactId). */
    private static String pomVersion() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>unrolled</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(m.find(), "pom.xml names its version");
        return m.group(1);
    }

    @Test
    void theAboutButtonShowsThePomsVersion(FxRobot robot) throws Exception {
        robot.clickOn("#about-button");
        DialogPane pane = robot.lookup(".about-dialog").queryAs(DialogPane.class);
        assertEquals("Unrolled " + pomVersion(), pane.getHeaderText());
    }

    @Test
    void fOneOpensItWithTheLicenceAndEveryNamedThirdPartyLicence(FxRobot robot) {
        robot.clickOn("LMModel1").type(KeyCode.F1);
        TextArea licence = robot.lookup("#about-licence").queryAs(TextArea.class);
        assertTrue(licence.getText().contains("Apache License"), "Unrolled's own licence");
        TextArea notices = robot.lookup("#about-notices").queryAs(TextArea.class);
        for (String named : new String[] {"ND4J", "Ikonli", "OpenJFX", "Classpath Exception", "ControlsFX", "BSD 3-Clause",
            "picocli", "jackson-jr", "OpenBLAS"}) {
            assertTrue(notices.getText().contains(named), "the notices name " + named);
        }
    }
}
