package io.unrolled.ui;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A notice in the window's corner (a run that diverged or ended at the baseline): an icon, a title
 * and the message, wrapped to the window. It lives in the window's own scene, so it wears projector
 * mode and the zoom steps like everything else. ControlsFX's notifications open a pop-up window of
 * their own that kept none of that and laid the message out on one line, wider than the screen.
 */
final class Notice extends VBox {

    final Label title = new Label();
    final Label message = new Label();
    private final FontIcon icon = new FontIcon("mdi2a-alert");
    private final PauseTransition hideLater = new PauseTransition();

    Notice() {
        getStyleClass().add("notice");
        title.getStyleClass().add("notice-title");
        title.setWrapText(true);
        message.getStyleClass().add("notice-message");
        message.setWrapText(true);
        icon.getStyleClass().add("notice-icon");
        // ikonli sizes icons in px only: follow the title's font, which follows projector mode and zoom
        title.fontProperty().addListener((o, was, font) -> icon.setIconSize((int) Math.round(font.getSize() * 1.6)));
        Button close = new Button(null, new FontIcon("mdi2c-close"));
        close.getStyleClass().add("notice-close");
        close.setTooltip(new Tooltip("Close (Esc)"));
        close.setOnAction(e -> hide());
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox head = new HBox(icon, title, close);
        head.getStyleClass().add("notice-head");
        head.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(head, message);
        setMaxHeight(Region.USE_PREF_SIZE);   // as tall as its text, not as the area it sits in
        setVisible(false);
        managedProperty().bind(visibleProperty());
        hideLater.setOnFinished(e -> hide());
    }

    /** Shows {@code title} and {@code text}, then hides itself after {@code seconds} unless closed first. */
    void show(String titleText, String text, double seconds) {
        title.setText(titleText);
        message.setText(text);
        setVisible(true);
        hideLater.setDuration(Duration.seconds(seconds));
        hideLater.playFromStart();
    }

    void hide() {
        hideLater.stop();
        setVisible(false);
    }

    boolean isShowing() {
        return isVisible();
    }
}
