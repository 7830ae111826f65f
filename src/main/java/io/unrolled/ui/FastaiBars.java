package io.unrolled.ui;

import io.unrolled.session.RunProgress;
import io.unrolled.session.TrainingSession;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * fastai's two progress bars under the epoch table, where the book's readers saw them in the
 * notebook: the run's epochs, then this epoch's batches, each with done/total and elapsed<left.
 */
final class FastaiBars extends HBox {

    final ProgressBar runBar = bar("fastai-run-bar");
    final ProgressBar epochBar = bar("fastai-epoch-bar");
    final Label runText = text("epochs done in this run, then time taken < time left");
    final Label epochText = text("batches done in this epoch, then time taken < time left");

    FastaiBars(TrainingSession session) {
        getStyleClass().add("fastai-bars");
        setMinWidth(0);   // never wider than the table above: a narrow window shortens the text instead of pushing the charts
        getChildren().addAll(pair(runBar, runText), pair(epochBar, epochText));
        session.progressProperty().addListener((o, was, now) -> show(now));
        show(session.progressProperty().get());
    }

    private void show(RunProgress p) {
        runBar.setProgress(p.runFraction());
        runText.setText(p.runText());
        epochBar.setProgress(p.epochFraction());
        epochText.setText(p.epochText());
    }

    private static HBox pair(ProgressBar bar, Label text) {
        HBox pair = new HBox(bar, text);
        pair.getStyleClass().add("fastai-pair");
        return pair;
    }

    private static ProgressBar bar(String styleClass) {
        ProgressBar b = new ProgressBar(0);
        b.getStyleClass().addAll("fastai-bar", styleClass);
        return b;
    }

    private static Label text(String explanation) {
        Label l = new Label();
        l.getStyleClass().add("fastai-bar-text");
        l.setTooltip(new Tooltip(explanation));
        return l;
    }
}
