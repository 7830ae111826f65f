package io.unrolled.viz;

import io.unrolled.models.ModelKind;
import io.unrolled.trace.MemoryTrace;
import io.unrolled.trace.SentenceTrace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Memory tab: how far back does a prediction look? For the prediction at the Unrolled view's time
 * cursor, each word of the traced sentence is tinted by the gradient norm that reaches its embedding,
 * with the same numbers as bars on a log scale. A compare switch puts another rung's model (trained
 * this session, or loaded from a file) on the same sentence and the same scale, so LMModel5 against
 * LMModel6 shows the vanishing gradient with the class's own models. While a run trains, a small plot
 * shows ‖∂L/∂h_t‖ of its latest batch across the steps, back to the detach boundary.
 */
public final class MemoryView extends BorderPane {

    private final UnrolledView unrolled;
    private final MemorySource source;
    final StepClock clock;
    final MemoryPane pane = new MemoryPane();
    final BatchGradientPlot batches = new BatchGradientPlot(pane.style);
    final ToggleButton compare = new ToggleButton("Compare");
    final ChoiceBox<ModelKind> compareWith = new ChoiceBox<>();
    final Button load = new Button("Load .npz…");
    final ToggleButton perBatch = new ToggleButton("Per batch");
    final Label where = new Label();
    final Label comparedFile = new Label();   // the compared model's file, which the rung list cannot hold
    final Label note = new Label();
    final Label problem = new Label();
    final Button back = button("mdi2s-step-backward", "Step back (Left)");
    final Button play = button("mdi2p-play", "Play the sentence (P)");
    final Button forward = button("mdi2s-step-forward", "Step forward (Right)");
    private Supplier<Path> chooseFile = () -> null;
    private boolean offering;   // the chooser's value set by the view, not picked by the user
    private boolean fromFile;   // the compared model was asked for from a file: the chooser's rung is not wanted

    public MemoryView(UnrolledView unrolled, MemorySource source) {
        this.unrolled = unrolled;
        this.source = source;
        this.clock = unrolled.clock;
        getStyleClass().addAll("unrolled-view", "memory-view");
        setMinSize(0, 0);
        where.getStyleClass().add("playback-where");
        note.getStyleClass().add("unrolled-note");
        note.setWrapText(true);
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        compare.setId("memory-compare");
        compare.setTooltip(new Tooltip("Put another model on the same sentence, on the same scale"));
        compareWith.setId("memory-compare-with");
        compareWith.setItems(source.trainedRungs());
        compareWith.setConverter(new StringConverter<>() {
            @Override
            public String toString(ModelKind k) {
                return k == null ? "" : k.bookName();
            }

            @Override
            public ModelKind fromString(String s) {
                return null;
            }
        });
        compareWith.setTooltip(new Tooltip("Rungs trained in this session: the weights each one's last run ended with"));
        compareWith.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(source.trainedRungs()));
        perBatch.setId("memory-per-batch");
        perBatch.setSelected(true);
        perBatch.setTooltip(new Tooltip("While a run trains: ‖∂L/∂h_t‖ of its latest batch, step by step (measured only while shown)"));
        perBatch.managedProperty().bind(perBatch.visibleProperty());
        load.setId("memory-load");
        load.setTooltip(new Tooltip("Compare with a model saved as .npz"));
        // the buttons alone on the first line and the explanation wrapping under them: nothing is cut off on a narrow projector
        comparedFile.setId("memory-compared-file");
        comparedFile.getStyleClass().add("memory-compared-file");
        comparedFile.managedProperty().bind(comparedFile.visibleProperty());
        comparedFile.setVisible(false);
        compareWith.managedProperty().bind(compareWith.visibleProperty());
        HBox head = new HBox(compare, compareWith, comparedFile, load, perBatch);
        head.getStyleClass().add("memory-head");
        for (var c : new javafx.scene.control.Control[] {perBatch, compare, compareWith, load}) {
            c.setMinWidth(USE_PREF_SIZE);
        }
        VBox top = new VBox(head, note, problem);
        top.getStyleClass().add("unrolled-top");
        setTop(top);
        batches.getStyleClass().add("memory-batches");
        batches.managedProperty().bind(batches.visibleProperty());
        VBox middle = new VBox(pane, batches);
        VBox.setVgrow(pane, Priority.ALWAYS);
        middle.setMinSize(0, 0);
        setCenter(middle);
        Region barGap = new Region();
        HBox.setHgrow(barGap, Priority.ALWAYS);
        HBox bar = new HBox(back, play, forward, where, barGap);
        bar.getStyleClass().add("playback-bar");
        for (var n : new javafx.scene.control.Control[] {back, play, forward}) {
            n.setMinWidth(USE_PREF_SIZE);
        }
        VBox bottom = new VBox(bar);
        bottom.getStyleClass().add("unrolled-bottom");
        setBottom(bottom);

        back.setOnAction(e -> clock.stepBack());
        forward.setOnAction(e -> clock.stepForward());
        play.setOnAction(e -> clock.togglePlay());
        clock.playing().addListener((o, was, now) -> ((FontIcon) play.getGraphic()).setIconLiteral(now ? "mdi2p-pause" : "mdi2p-play"));
        clock.cursor().addListener(o -> refresh());
        source.memory().addListener((o, was, now) -> refresh());
        source.compared().addListener((o, was, now) -> {
            if (now != null) {
                problem.setVisible(false);
            }
            refresh();
        });
        source.problem().addListener((o, was, now) -> {
            problem.setText(now == null ? "" : now);
            problem.setVisible(now != null);
        });
        source.batchGradients().addListener((o, was, now) -> batches.show(now));
        source.training().addListener((o, was, now) -> showBatches());
        perBatch.selectedProperty().addListener((o, was, now) -> showBatches());
        compare.selectedProperty().addListener((o, was, now) -> compareChanged());
        compareWith.valueProperty().addListener((o, was, now) -> {
            if (now != null && compare.isSelected()) {
                source.compareWith(now);
            } else if (now != null && !offering) {
                compare.setSelected(true);   // picking a rung is asking to compare with it
            }
        });
        source.trainedRungs().addListener((javafx.collections.ListChangeListener<ModelKind>) c -> {
            if (compareWith.getValue() == null && !source.trainedRungs().isEmpty()) {
                offering = true;
                compareWith.getSelectionModel().select(0);
                offering = false;
            }
        });
        load.setOnAction(e -> {
            Path file = chooseFile.get();
            if (file != null) {
                compareWithFile(file);
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        visibleProperty().addListener((o, was, now) -> showBatches());
        showBatches();
        refresh();
    }

    /** How Load asks for a file (the window's file chooser); returns null when the user cancels. */
    public void onChooseFile(Supplier<Path> chooser) {
        this.chooseFile = chooser;
    }

    /** Compares with the model saved in {@code file}, as Load does (the window's --compare flag). */
    public void compareWithFile(Path file) {
        fromFile = true;
        source.compareWithFile(file);
        compare.setSelected(true);
    }

    private void compareChanged() {
        if (!compare.isSelected()) {
            source.compareOff();
            return;
        }
        ModelKind k = compareWith.getValue();
        if (fromFile) {
            fromFile = false;   // the file's model is on its way
        } else if (k != null) {
            source.compareWith(k);
        } else if (source.compared().getValue() == null) {
            problem.setText("Nothing to compare with yet: train another rung in this session, or Load a saved model.");
            problem.setVisible(true);
        }
    }

    /** Whether the per-batch plot shows: while a run trains or is paused, unless switched off (a short projector screen). */
    private void showBatches() {
        boolean training = Boolean.TRUE.equals(source.training().getValue());
        perBatch.setVisible(training);
        boolean on = training && perBatch.isSelected();
        batches.setVisible(on);
        source.watchBatches(on && isVisible());
    }

    /** The prediction shown (0-based position of the word it comes after) on the shown model's side, or −1. */
    public int shownPrediction() {
        MemoryTrace m = source.memory().getValue();
        return m == null ? -1 : m.after()[pane.prediction(0)];
    }

    /** The step at the cursor (0-based): the Unrolled view's. */
    public int cursor() {
        return clock.cursor().get();
    }

    private void refresh() {
        MemoryTrace m = source.memory().getValue();
        MemoryTrace c = compare.isSelected() ? source.compared().getValue() : null;
        SentenceTrace sentence = unrolled.diagram.traceProperty().get();
        int cursor = m == null ? 0 : Math.max(0, Math.min(m.steps() - 1, clock.cursor().get() - (sentence == null ? 0 : sentence.steps() - m.steps())));
        pane.show(m, c, cursor);
        showComparedFile(c);
        if (m == null) {
            note.setText("How far back does the prediction look? No trace yet: the Memory tab follows the sentence the Unrolled tab traces.");
            where.setText("");
            return;
        }
        int a = m.after()[pane.prediction(0)];
        where.setText("prediction after word " + (a + 1) + "/" + m.steps() + " \"" + m.word(a) + "\"");
        note.setText("How far back does the prediction look? Tint and bars: the gradient of log p(predicted word) at each word's embedding, one log scale"
                + (c == null ? "" : " for both") + ". Left / Right move the prediction; a click pins a number.");
    }

    /**
     * Names the compared model's file in the head, in the rung list's place while that list is empty;
     * the view's "comparing" class lets projector mode give the two charts the explanation's height.
     */
    private void showComparedFile(MemoryTrace c) {
        String prefix = "loaded from ";
        boolean file = c != null && c.weights().startsWith(prefix);
        comparedFile.setText(file ? c.weights().substring(prefix.length()) : "");
        comparedFile.setVisible(file);
        compareWith.setVisible(!file || !source.trainedRungs().isEmpty());
        getStyleClass().remove("memory-comparing");
        if (c != null) {
            getStyleClass().add("memory-comparing");
        }
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return;
        }
        if (clock.timeKey(e.getCode())) {
            e.consume();
            return;
        }
        switch (e.getCode()) {
            case ESCAPE -> pane.unpin();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Gives the canvas the keyboard, so Left / Right step the sentence at once (the window's Right would train). */
    public void focusPane() {
        pane.requestFocus();
    }

    /** What lies outside its place; empty when all fits. */
    public List<String> partsOutside() {
        List<String> out = new ArrayList<>(pane.partsOutside());
        Bounds mine = localToScene(getLayoutBounds());
        for (Node n : List.of(compare, compareWith, load, play, where, pane, batches)) {
            Bounds b = n.localToScene(n.getLayoutBounds());
            if (n.isVisible() && (b.getMinX() < mine.getMinX() - 0.5 || b.getMaxX() > mine.getMaxX() + 0.5
                    || b.getMaxY() > mine.getMaxY() + 0.5)) {
                out.add(n.getStyleClass() + " at " + b + " outside the view " + mine);
            }
        }
        if (source.memory().getValue() != null && pane.getHeight() < 8 * pane.style.em()) {
            out.add("the memory pane has only " + pane.getHeight() + " px of height");
        }
        return out;
    }

    private static Button button(String icon, String tip) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().add("playback-button");
        b.setTooltip(new Tooltip(tip));
        return b;
    }
}
