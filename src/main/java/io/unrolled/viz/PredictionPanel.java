package io.unrolled.viz;

import io.unrolled.trace.Prediction;
import io.unrolled.trace.SentenceTrace;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The cursor's prediction in large type, for the back of the room: the three most likely next words
 * with bars and percentages, and the word that really follows, marked ✓ right or ✗ wrong.
 */
final class PredictionPanel extends FlowPane {

    private final Label after = new Label();
    private final Label[] words = {new Label(), new Label(), new Label()};
    private final ProgressBar[] bars = {new ProgressBar(0), new ProgressBar(0), new ProgressBar(0)};
    private final Label[] values = {new Label(), new Label(), new Label()};
    private final HBox[] items = new HBox[3];
    final Label truth = new Label();
    final Button all = new Button("All words…");
    private int shown = -1;

    PredictionPanel() {
        getStyleClass().add("prediction-panel");
        after.getStyleClass().add("prediction-after");
        getChildren().add(after);
        for (int k = 0; k < 3; k++) {
            words[k].getStyleClass().add("prediction-word");
            bars[k].getStyleClass().add("prob-bar");
            values[k].getStyleClass().add("prediction-value");
            items[k] = new HBox(words[k], new VBox(bars[k]), values[k]);
            items[k].getStyleClass().add("prediction-item");
            words[k].setMinWidth(Label.USE_PREF_SIZE);
            values[k].setMinWidth(Label.USE_PREF_SIZE);
            getChildren().add(items[k]);
        }
        truth.getStyleClass().add("prediction-truth");
        truth.setMinWidth(Label.USE_PREF_SIZE);
        after.setMinWidth(Label.USE_PREF_SIZE);
        all.getStyleClass().add("prediction-all");
        getChildren().addAll(truth, all);
    }

    /** The prediction shown (its index in the trace), −1 when the cursor's step makes none. */
    int shown() {
        return shown;
    }

    void show(SentenceTrace trace, int cursor, boolean reached) {
        shown = -1;
        if (trace != null) {
            for (int k = 0; k < trace.predictions().size(); k++) {
                if (trace.predictions().get(k).after() == cursor) {
                    shown = k;
                }
            }
        }
        boolean has = shown >= 0 && reached;
        for (HBox item : items) {
            item.setVisible(has);
        }
        all.setVisible(shown >= 0);
        truth.setVisible(has);
        if (trace == null) {
            after.setText("");
            return;
        }
        String word = trace.vocab().get(trace.words()[cursor]);
        if (shown < 0) {
            after.setText(String.format(Locale.ROOT, "After \"%s\": %s", word, noGuess(trace)));
            return;
        }
        after.setText(String.format(Locale.ROOT, "After \"%s\":", word));
        Prediction p = trace.predictions().get(shown);
        all.setText("All " + trace.vocab().size() + " words…");
        for (int k = 0; k < 3; k++) {
            int w = p.ranked(k);
            words[k].setText((k + 1) + ". " + shown(trace.vocab().get(w)));
            bars[k].setProgress(p.probs()[w]);
            values[k].setText(String.format(Locale.ROOT, "%.1f %%", 100 * p.probs()[w]));
            bars[k].pseudoClassStateChanged(TARGET, w == p.target());
        }
        if (p.hasTarget()) {
            boolean right = p.ranked(0) == p.target();
            truth.setText(String.format(Locale.ROOT, "really: %s %s", shown(trace.vocab().get(p.target())),
                    right ? PredictionPainter.RIGHT + " right" : PredictionPainter.WRONG + " wrong"));
            truth.pseudoClassStateChanged(RIGHT, right);
            truth.pseudoClassStateChanged(WRONG, !right);
        } else {
            truth.setText("(the sentence ends here)");
            truth.pseudoClassStateChanged(RIGHT, false);
            truth.pseudoClassStateChanged(WRONG, false);
        }
    }

    /** The separator "." alone is easy to miss: quoted, like every word it reads as a word. */
    static String shown(String word) {
        return ".".equals(word) ? "\".\"" : word;
    }

    private static String noGuess(SentenceTrace trace) {
        return switch (RungShape.kindOf(trace)) {
            case LM1, LM2 -> "the model guesses only after its third word.";
            case LM3 -> "the model guesses after every third word.";
            default -> "no guess here.";
        };
    }

    private static final javafx.css.PseudoClass TARGET = javafx.css.PseudoClass.getPseudoClass("target");
    private static final javafx.css.PseudoClass RIGHT = javafx.css.PseudoClass.getPseudoClass("right");
    private static final javafx.css.PseudoClass WRONG = javafx.css.PseudoClass.getPseudoClass("wrong");
}
