package io.unrolled.ui;

import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Replaces a text field's contents the way a person would (click, select all, type). A double click
 * selects only a word, and under load it can land as two single clicks that select nothing, so the
 * typed value was added to the old one ("15" + "1" made a 151-epoch run).
 */
final class FieldTyping {

    private FieldTyping() {
    }

    static void replaceText(FxRobot robot, String field, String text) {
        robot.clickOn(field);
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write(text);
    }
}
