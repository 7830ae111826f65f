package io.unrolled.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.models.ModelKind;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * While another tab shows (Gates, say, as the model trains), the Unrolled diagram's canvas is not
 * painted, however many traces and steps arrive; it is painted once, with the newest, when its tab
 * shows again.
 */
@ExtendWith(ApplicationExtension.class)
class HiddenDiagramTest {

    private FixedSource source;
    private UnrolledView view;
    private TabPane tabs;
    private Tab unrolled;
    private Tab other;

    @Start
    void start(Stage stage) {
        source = new FixedSource(ModelKind.LM6);
        view = new UnrolledView(source);
        unrolled = new Tab("Unrolled", view);
        other = new Tab("Gates", new Label("another view"));
        tabs = new TabPane(unrolled, other);
        Scene scene = new Scene(tabs, 866, 790);
        scene.getStylesheets().add(HiddenDiagramTest.class.getResource("/io/unrolled/css/base.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aHiddenDiagramIsNotPaintedAndIsPaintedOnceWhenItShowsAgain(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view.clock.jumpTo(3));
        int shownPaints = view.diagram.paints();
        assertTrue(shownPaints > 0, "painted while it shows");

        robot.interact(() -> tabs.getSelectionModel().select(other));
        int before = view.diagram.paints();
        for (int k = 0; k < 5; k++) {
            robot.interact(() -> source.traceSentence(TraceFixtures.sentence(16)));   // a new trace as training goes on
            robot.interact(() -> view.clock.stepForward());
        }
        robot.interact(() -> view.diagram.rangeProperty().set(ColourRange.LAYER));
        // the last step's light runs its course while hidden: what shows next is one still frame
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !view.clock.moving());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, view.diagram.paints(), "no paint while the tab is hidden");

        robot.interact(() -> tabs.getSelectionModel().select(unrolled));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, view.diagram.paints(), "one paint when it shows again");
        assertEquals(view.shownTrace(), source.trace.get(), "of the newest trace");

        robot.interact(() -> view.clock.stepBack());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.diagram.paints() > before + 1, "and paints as usual once shown");
    }
}
