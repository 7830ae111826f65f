package io.unrolled.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.shape.MoveTo;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LadderFactsTest {

    @Start
    void start(Stage stage) {
        // the toolkit only
    }

    /** The line (as its caret's top) on which character {@code i} of {@code text} is laid out. */
    private static double lineOf(Text text, int i) {
        return ((MoveTo) text.caretShape(i, true)[0]).getY();
    }

    /** Widths at which a "%" of the rung's facts starts a line of its own, away from its number. */
    static List<Integer> widthsThatStrandAPercentSign(String facts) {
        List<Integer> bad = new ArrayList<>();
        Text text = new Text(facts);
        text.setFont(Font.font(12.6));
        // from about the width of "your best 67.7 %": narrower than a word, JavaFX breaks anywhere
        for (int width = 100; width <= 420; width++) {
            text.setWrappingWidth(width);
            for (int at = facts.indexOf('%'); at >= 0; at = facts.indexOf('%', at + 1)) {
                if (lineOf(text, at) != lineOf(text, at - 2)) {   // the "%" against the number's last digit
                    bad.add(width);
                }
            }
        }
        return bad;
    }

    @Test
    void yourBestNeverLeavesALonePercentSignWhenTheFactsWrap(FxRobot robot) {
        String facts = LadderPane.factsLine(8030, 0.494, 0.677);
        List<List<Integer>> bad = new ArrayList<>();
        robot.interact(() -> bad.add(widthsThatStrandAPercentSign(facts)));
        assertEquals(List.of(), bad.get(0), "widths at which \"" + facts + "\" wraps before a %");
    }
}
