package io.unrolled.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import io.unrolled.models.ModelKind;
import io.unrolled.session.TrainingSession;
import io.unrolled.trace.SentenceTrace;
import io.unrolled.trace.SentenceTraceJson;
import io.unrolled.viz.UnrolledView;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Unrolled view's Export, on the real model's trace: the PNG for a slide and the trace's JSON beside it. */
@ExtendWith(ApplicationExtension.class)
class UnrolledExportTest {

    private TrainingSession session;
    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        session = new TrainingSession(Platform::runLater);
        window = new MainWindow(session);
        WindowOnStage.show(stage, window, 1366, 768);
    }

    @AfterEach
    void shutDown() {
        session.shutdown();
    }

    private UnrolledView open(FxRobot robot, ModelKind kind) throws Exception {
        robot.interact(() -> window.ladder.selectedProperty().set(kind));
        robot.clickOn("Unrolled");
        UnrolledView view = window.unrolled();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> view.shownTrace() != null && view.shownTrace().model().equals(kind.id()));
        WaitForAsyncUtils.waitForFxEvents();
        return view;
    }

    @Test
    void exportWritesTheShownTraceAsTheTraceCommandsJsonBesideASlideWidePng(FxRobot robot) throws Exception {
        UnrolledView view = open(robot, ModelKind.LM6);
        SentenceTrace shown = view.shownTrace();
        robot.interact(() -> window.exportUnrolled(dir.resolve("lesson")));

        Path json = dir.resolve("lesson.json");
        Path png = dir.resolve("lesson.png");
        assertEquals(SentenceTraceJson.write(shown), Files.readString(json), "the same JSON as `unrolled trace --json` writes for this trace");
        Map<String, Object> read = JSON.std.mapFrom(Files.readString(json));
        assertEquals("lm6", read.get("model"));
        List<String> words = java.util.Arrays.stream(shown.words()).mapToObj(shown.vocab()::get).toList();
        assertEquals(words, read.get("words"), "the words the diagram shows");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> predictions = (List<Map<String, Object>>) read.get("predictions");
        assertEquals(shown.predictions().size(), predictions.size());
        @SuppressWarnings("unchecked")
        List<Number> last = (List<Number>) predictions.get(predictions.size() - 1).get("probs");
        float[] probs = shown.predictions().get(shown.predictions().size() - 1).probs();
        for (int w = 0; w < probs.length; w++) {
            assertEquals(probs[w], last.get(w).floatValue(), "probability of word " + w + " after the last word");
        }

        BufferedImage picture = ImageIO.read(png.toFile());
        Files.createDirectories(Path.of("target/viz-shots"));
        Files.copy(png, Path.of("target/viz-shots/export-lm6.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);   // for a person to look at
        double scale = ChartExport.scaleFor(view.getWidth());
        assertTrue(picture.getWidth() >= 1920, "a full-HD slide's width at least: " + picture.getWidth());
        assertEquals(Math.ceil(view.getWidth() * scale), picture.getWidth(), 1, "the view's width, drawn " + scale + " times larger");
        assertTrue(picture.getHeight() > view.getHeight() * scale * 0.5, "the diagram and its legend, not a strip: " + picture.getHeight());
        assertTrue(session.statusProperty().get().contains("lesson.png"), "the status line says where: " + session.statusProperty().get());
    }

    @Test
    void anUnwritableFolderGetsAClearMessageAndTheViewKeepsItsSentence(FxRobot robot) throws Exception {
        UnrolledView view = open(robot, ModelKind.LM4);
        SentenceTrace shown = view.shownTrace();
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "a file, not a folder");
        robot.interact(() -> window.exportUnrolled(notAFolder.resolve("lesson.png")));

        assertTrue(window.notice.isVisible(), "a notice says what went wrong, where the class can see it");
        String status = session.statusProperty().get();
        assertTrue(status.startsWith("Could not write lesson.png and lesson.json in " + notAFolder), status);
        assertTrue(status.contains("choose another folder"), status);
        assertFalse(Files.exists(dir.resolve("lesson.png")));
        assertSame(shown, view.shownTrace(), "the diagram still shows its sentence");
        assertEquals("a file, not a folder", Files.readString(notAFolder), "nothing was overwritten");
    }
}
