package io.unrolled.viz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.models.ModelKind;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Sixteen columns on a 1366×768 projector (the view about 774 px wide, the narrowest the tab gets):
 * "seventeen", "thousand" and "eighteen" go over two lines, half as large again as on one line and
 * at least 9 px, where one line shrank them to about 6.
 */
@ExtendWith(ApplicationExtension.class)
class InputWordTest {

    private FixedSource source;
    private UnrolledView view;
    private StackPane root;

    @Start
    void start(Stage stage) {
        source = new FixedSource(ModelKind.LM4);
        view = new UnrolledView(source);
        root = new StackPane(view);
        root.pseudoClassStateChanged(PseudoClass.getPseudoClass("projector"), true);
        Scene scene = new Scene(root, 774, 594);
        scene.getStylesheets().add(InputWordTest.class.getResource("/io/unrolled/css/base.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void longWordsInNarrowColumnsGoOverTwoLinesAtAReadableSize(FxRobot robot) {
        List<String> words = List.of("seven", "thousand", "seven", "hundred", "seventeen", ".", "eight", "thousand",
                "seven", "hundred", "eighteen", ".", "eight", "thousand", "seven", "hundred");
        robot.interact(() -> source.traceSentence(words));
        WaitForAsyncUtils.waitForFxEvents();
        Diagram d = view.diagram.diagram();
        assertEquals(16, d.steps());
        Font bold = Font.font(view.diagram.style.font().getFamily(), FontWeight.BOLD, view.diagram.style.em());
        TextFit fit = new TextFit();
        for (int t : new int[] {1, 4, 10}) {
            String word = words.get(t);
            Box box = d.inputs().get(t);
            InputWord.Layout l = InputWord.layout(word, box, bold, fit);
            Font oneLine = fit.fit(word, bold, box.w() - 0.25 * bold.getSize(), 1);
            assertArrayEquals(WordBreak.lines(word), l.lines(), word + " over two lines");
            assertTrue(l.font().getSize() >= 1.4 * oneLine.getSize(), word + ": " + l.font().getSize() + " px against "
                    + oneLine.getSize() + " on one line");
            assertTrue(l.font().getSize() >= 9, word + " readable: " + l.font().getSize() + " px, where one line gave " + oneLine.getSize());
            assertTrue(2 * 1.1 * l.font().getSize() <= box.h(), "both lines inside the box");
            for (String line : l.lines()) {
                assertTrue(fit.width(line, l.font()) <= box.w(), line + " inside the box");
            }
        }
        InputWord.Layout dot = InputWord.layout(".", d.inputs().get(5), bold, fit);
        assertEquals(1, dot.lines().length, "a short word stays on one line, full size");
        assertEquals(bold.getSize(), dot.font().getSize(), 1e-9);
    }
}
