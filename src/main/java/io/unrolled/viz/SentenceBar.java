package io.unrolled.viz;

import io.unrolled.data.Spelling;
import io.unrolled.viz.SentenceSource.Stretch;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The sentence: a stretch of the validation set (the default), or the user's own words. Case and extra
 * spaces are forgiven; a word the model does not know is marked where it stands, with the vocabulary
 * offered to replace it, and nothing else changes until the sentence reads.
 */
final class SentenceBar extends VBox {

    final ComboBox<Stretch> chooser = new ComboBox<>();
    final TextField own = new TextField();
    final Button trace = new Button("Trace");
    /** The row of the chooser, the field and Trace; the view adds its Export at the end. */
    final HBox row;
    final FlowPane marked = new FlowPane();
    final Label problem = new Label();
    final FlowPane vocabulary = new FlowPane();
    private final VBox help = new VBox(problem, marked, vocabulary);
    private List<String> vocab = List.of();
    private BiConsumer<List<String>, String> onWords = (w, next) -> { };
    private WordCheck lastCheck;

    SentenceBar() {
        getStyleClass().add("sentence-bar");
        chooser.setId("stretch-chooser");
        chooser.setConverter(new StringConverter<>() {
            @Override
            public String toString(Stretch s) {
                return s == null ? "" : s.label();
            }

            @Override
            public Stretch fromString(String s) {
                return null;
            }
        });
        chooser.setPromptText("a stretch of the validation set");
        own.setId("own-words");
        own.setPromptText("or type your own words, e.g. seven thousand three hundred");
        own.setTooltip(new javafx.scene.control.Tooltip("Your own words, up to " + MOST_WORDS
                + " (LMModel1 and 2 need three; the diagram keeps the last good sentence if these cannot be drawn)"));
        HBox.setHgrow(own, Priority.ALWAYS);
        Label label = new Label("Sentence");
        label.getStyleClass().add("section-title");
        label.setMinWidth(USE_PREF_SIZE);
        trace.setMinWidth(USE_PREF_SIZE);
        row = new HBox(label, chooser, own, trace);
        row.getStyleClass().add("sentence-row");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        marked.getStyleClass().add("marked-words");
        vocabulary.getStyleClass().add("vocabulary-offer");
        help.getStyleClass().add("sentence-help");
        help.setVisible(false);
        help.managedProperty().bind(help.visibleProperty());
        getChildren().addAll(row, help);
        chooser.valueProperty().addListener((o, was, s) -> {
            if (s != null) {
                held = false;
                hideHelp();
                own.setText(String.join(" ", s.words()));
                onWords.accept(s.words(), s.next());
            }
        });
        own.setOnAction(e -> submit());
        trace.setOnAction(e -> submit());
    }

    void setVocabulary(List<String> words) {
        vocab = List.copyOf(words);
    }

    void setStretches(List<Stretch> stretches) {
        chooser.getItems().setAll(stretches);
    }

    /** Called with a sentence whose words are all known, and the word that follows it (null when unknown). */
    void onWords(BiConsumer<List<String>, String> action) {
        onWords = action;
    }

    /**
     * The most words the diagram draws: past this the columns become a barcode. Longer texts are refused
     * in place (the diagram keeps the last good sentence); {@code unrolled trace --json} takes any length.
     */
    static final int MOST_WORDS = 24;

    /** What the chooser says while the diagram shows typed words rather than a stretch. */
    static final String OWN_WORDS = "your own words";

    /** A refusal that stays until the user asks for another sentence (a trace arriving does not clear it). */
    private boolean held;

    /** Reads the field: hands known words on, or marks the unknown ones and changes nothing. */
    void submit() {
        held = false;
        lastCheck = WordCheck.of(own.getText(), vocab);
        if (lastCheck.ok() && lastCheck.words().size() > MOST_WORDS) {
            hold("The diagram draws at most " + MOST_WORDS + " words; this text has " + lastCheck.words().size()
                    + ". Shorten it (the diagram still shows the last sentence).");
        } else if (lastCheck.ok()) {
            hideHelp();
            chooser.getSelectionModel().clearSelection();
            chooser.setPromptText(OWN_WORDS);   // the empty chooser names what is shown, not the default
            onWords.accept(lastCheck.words(), null);
        } else if (lastCheck.words().isEmpty()) {
            showHelp("Type a few words, such as: seven thousand three hundred.", false);
        } else {
            mark();
        }
    }

    /** Shows a refusal that stays until the next sentence is asked for, whatever traces arrive meanwhile. */
    void hold(String message) {
        showHelp(message, false);
        held = true;
    }

    /** Shows a problem from the model's side (too few words for this rung, say); null clears it. */
    void showProblem(String message) {
        if (message == null) {
            if (marked.isVisible() || held) {
                return;   // the marks of an unknown word stay until it is replaced
            }
            hideHelp();
        } else {
            showHelp(message, false);
        }
    }

    private void mark() {
        marked.getChildren().clear();
        for (int k = 0; k < lastCheck.words().size(); k++) {
            Label w = new Label(lastCheck.words().get(k));
            w.getStyleClass().add(lastCheck.unknown().contains(k) ? "word-unknown" : "word-known");
            marked.getChildren().add(w);
        }
        String first = lastCheck.words().get(lastCheck.unknown().get(0));
        showHelp("\"" + first + "\" is not one of the " + vocab.size() + " words the model knows."
                + Spelling.didYouMean(first, vocab) + " Click one to put it in its place:", true);
        vocabulary.getChildren().clear();
        for (String v : vocab) {
            Button b = new Button(v);
            b.getStyleClass().add("vocabulary-word");
            b.setOnAction(e -> replaceFirstUnknown(v));
            vocabulary.getChildren().add(b);
        }
    }

    private void replaceFirstUnknown(String word) {
        own.setText(lastCheck.replaced(lastCheck.unknown().get(0), word));
        lastCheck = WordCheck.of(own.getText(), vocab);
        if (lastCheck.unknown().isEmpty()) {
            hideHelp();
            own.requestFocus();
        } else {
            mark();
        }
    }

    private void showHelp(String message, boolean withWords) {
        problem.setText(message);
        marked.setVisible(withWords);
        marked.setManaged(withWords);
        vocabulary.setVisible(withWords);
        vocabulary.setManaged(withWords);
        help.setVisible(true);
    }

    private void hideHelp() {
        help.setVisible(false);
    }

    boolean showsHelp() {
        return help.isVisible();
    }
}
