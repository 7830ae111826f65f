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
 * the word row is written at one size, the largest at which every word fits; only words that do not
 * fit on one line at that size ("seventeen") go over two lines.
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
    void theWholeRowIsWrittenAtOneSizeAndOnlyWordsThatDoNotFitBreak(FxRobot robot) {
        List<String> words = List.of("seven", "thousand", "seven", "hundred", "seventeen", ".", "eight", "thousand",
                "seven", "hundred", "eighteen", ".", "eight", "thousand", "seven", "hundred");
        robot.interact(() -> source.traceSentence(words));
        WaitForAsyncUtils.waitForFxEvents();
        Diagram d = view.diagram.diagram();
        assertEquals(16, d.steps());
        Font bold = Font.font(view.diagram.style.font().getFamily(), FontWeight.BOLD, view.diagram.style.em());
        TextFit fit = new TextFit();
        List<InputWord.Layout> row = InputWord.row(words, d.inputs(), bold, fit);
        double size = row.get(0).font().getSize();
        for (int t = 0; t < words.size(); t++) {
            InputWord.Layout l = row.get(t);
            Box box = d.inputs().get(t);
            assertEquals(size, l.font().getSize(), 1e-9, words.get(t) + " is written at the row's one size");
            assertTrue(l.lines().length * 1.1 * size <= box.h() + 0.5, words.get(t) + ": its lines inside the box");
            for (String line : l.lines()) {
                assertTrue(fit.width(line, l.font()) <= box.w(), line + " inside the box");
            }
            boolean fitsOnOneLine = fit.width(words.get(t), l.font()) <= box.w() - 0.25 * size;
            assertEquals(fitsOnOneLine ? 1 : 2, l.lines().length, words.get(t) + " breaks only when it does not fit on one line");
        }
        assertArrayEquals(WordBreak.lines("seventeen"), row.get(4).lines(), "seventeen breaks at its syllable");
        assertEquals(1, row.get(0).lines().length, "seven stays whole");
        assertTrue(size >= 9, "the row is readable: " + size + " px");
    }
}
