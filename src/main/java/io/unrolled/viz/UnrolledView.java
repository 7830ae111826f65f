package io.unrolled.viz;

import io.unrolled.trace.SentenceTrace;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The Unrolled tab: the sentence, the diagram of the rung with the model's own numbers, the cursor's
 * prediction and the playback controls. It binds to a {@link SentenceSource} and animates the trace it
 * is given; it never makes a number up (before the first trace it says so).
 */
public final class UnrolledView extends BorderPane {

    private static final PseudoClass PROJECTOR = PseudoClass.getPseudoClass("projector");

    private final SentenceSource source;
    final StepClock clock;
    final DiagramPane diagram;
    final SentenceBar sentence = new SentenceBar();
    final PlaybackBar playback;
    final PredictionPanel prediction = new PredictionPanel();
    final DistributionSheet sheet = new DistributionSheet();
    final GeneratePanel generator = new GeneratePanel();
    /** Opens the Try-it panel; closed it leaves the diagram its height (a projector has little). */
    final javafx.scene.control.ToggleButton tryIt = new javafx.scene.control.ToggleButton("Try it…");
    final DiagramLegend legend;
    /** Saves the diagram as a slide-sized PNG and its numbers as JSON; the window says where ({@link #onExport}). */
    final javafx.scene.control.Button export = new javafx.scene.control.Button("Export…",
            new org.kordamp.ikonli.javafx.FontIcon("mdi2f-file-export"));
    private final Label note = new Label();
    /** Train or eval mode, one switch for this view and the Gates view. */
    final javafx.beans.property.BooleanProperty trainMode = new javafx.beans.property.SimpleBooleanProperty(false);
    final TrainModeBar trainBar = new TrainModeBar(trainMode, "train-mode");
    final PenaltyBars penalties = new PenaltyBars();
    private final Timeline rolling = new Timeline();
    private RungShape rung;
    private String panelKey = "";
    private boolean revealLast;   // the user typed a prefix: open the last step's whole distribution when it is traced
    private boolean fromFlag;
    private int startAt = -1;            // the cursor the next trace of the asked-for words opens at (--step), or −1
    private List<String> asked = List.of();

    public UnrolledView(SentenceSource source) {
        this.source = source;
        getStyleClass().add("unrolled-view");
        setMinSize(0, 0);
        clock = new StepClock(this::frame);
        diagram = new DiagramPane(clock);
        playback = new PlaybackBar(clock);
        legend = new DiagramLegend(diagram.style);
        note.getStyleClass().add("unrolled-note");
        note.setWrapText(true);
        VBox top = new VBox(sentence, note, trainBar, legend);
        top.getStyleClass().add("unrolled-top");
        setTop(top);
        StackPane middle = new StackPane(diagram, sheet);
        middle.getStyleClass().add("unrolled-middle");
        middle.setMinSize(0, 0);
        setCenter(middle);
        VBox bottom = new VBox(penalties, prediction, generator, playback);
        bottom.getStyleClass().add("unrolled-bottom");
        setBottom(bottom);

        sentence.setVocabulary(source.vocabulary());
        sentence.setStretches(source.stretches());
        sentence.onWords(this::ask);
        diagram.onOutput(k -> sheet.show(diagram.traceProperty().get(), k));
        prediction.all.setOnAction(e -> {
            if (prediction.shown() >= 0) {
                sheet.show(diagram.traceProperty().get(), prediction.shown());
            }
        });
        playback.keys.setOnAction(e -> showKeys());
        playback.unroll.selectedProperty().addListener((o, was, now) -> rollTo(now ? 1 : 0));
        source.trace().addListener((o, was, now) -> show(now));
        source.problem().addListener((o, was, now) -> onProblem(now));
        generator.generate.setOnAction(e -> generate());
        tryIt.setId("try-it");
        tryIt.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        playback.getChildren().add(playback.getChildren().indexOf(playback.keys), tryIt);
        export.setId("export-diagram");
        export.setTooltip(new javafx.scene.control.Tooltip("Save this diagram as a PNG for a slide, and its numbers as JSON beside it"));
        export.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        export.setDisable(true);
        sentence.row.getChildren().add(export);   // the playback bar has no room left on a projector
        generator.visibleProperty().bind(tryIt.selectedProperty());
        generator.managedProperty().bind(generator.visibleProperty());
        // Try it takes the places of the cursor's-guess panel and of the rung's note, so the diagram keeps
        // the height of all its rows on a 1366×768 projector
        prediction.visibleProperty().bind(tryIt.selectedProperty().not());
        note.visibleProperty().bind(tryIt.selectedProperty().not());
        note.managedProperty().bind(note.visibleProperty());
        prediction.managedProperty().bind(prediction.visibleProperty());
        legend.range.valueProperty().bindBidirectional(diagram.rangeProperty());
        diagram.rangeProperty().addListener((o, was, now) -> showLegend());
        source.continuation().addListener((o, was, now) -> generator.show(now));
        source.generationProblem().addListener((o, was, now) -> generator.showProblem(now));
        generator.show(source.continuation().getValue());
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        connectTrainMode();
        show(source.trace().getValue());
        if (source.trace().getValue() == null && !source.stretches().isEmpty()) {
            sentence.chooser.getSelectionModel().select(0);   // the default sentence; its action asks for the trace
        }
    }

    /** Whether the sentence source can make training passes (the window's can; a fixed trace cannot). */
    private boolean canTrainMode;

    /** The train/eval switch, when the source can make training passes; hidden otherwise, and for a rung without dropout. */
    private void connectTrainMode() {
        if (source instanceof TrainModeSource modes) {
            trainMode.addListener((o, was, now) -> modes.setTrainMode(now));
            diagram.dropoutProperty().bind(modes.dropout());
            trainBar.newMask.setOnAction(e -> modes.nextMask());
            canTrainMode = true;
        }
        trainMode.addListener(o -> showTrainMode());
        diagram.traceProperty().addListener(o -> showTrainMode());   // another rung: the switch may come or go
        diagram.dropoutProperty().addListener(o -> showTrainMode());
        clock.cursor().addListener(o -> showTrainMode());
        penalties.alignWith(t -> {
            Diagram d = diagram.diagram();
            if (d == null || t >= d.inputs().size()) {
                return Double.NaN;
            }
            return penalties.sceneToLocal(diagram.localToScene(d.inputs().get(t).centreX(), 0)).getX();
        });
        showTrainMode();
    }

    /** The switch, its legend and the AR/TAR bars, for the shown trace and pass. */
    private void showTrainMode() {
        SentenceTrace t = diagram.traceProperty().get();
        io.unrolled.trace.DropoutTrace d = shownDropout();
        trainBar.show(t, diagram.dropoutProperty().get(), trainMode.get());
        // a row of its own only where it can do something: at 1366×768 the diagram needs the height
        boolean offered = canTrainMode && t != null && RungShape.kindOf(t).noDropout() == null;
        trainBar.setVisible(offered);
        trainBar.setManaged(offered);
        penalties.setVisible(d != null);
        penalties.setManaged(d != null);
        penalties.show(d, t == null ? 0 : Math.min(clock.cursor().get(), t.steps() - 1));
    }

    /** Train mode on: sets the switch, as a click on it does (the window's --train-mode flag). */
    public void setTrainMode(boolean on) {
        trainMode.set(on);
    }

    public javafx.beans.property.BooleanProperty trainModeProperty() {
        return trainMode;
    }

    /** Whether the switch can be used: the shown rung has dropout. */
    public boolean trainModeAvailable() {
        return !trainBar.toggle.isDisabled() && trainBar.isVisible();
    }

    /** What the switch's legend line says. */
    public String trainModeLegend() {
        return trainBar.legend.getText();
    }

    /** The training pass whose mask is drawn over the diagram, or null (eval mode, no dropout, or not for this sentence). */
    public io.unrolled.trace.DropoutTrace shownDropout() {
        io.unrolled.trace.DropoutTrace d = diagram.dropoutProperty().get();
        return trainMode.get() && DropoutPainter.matches(d, diagram.traceProperty().get()) ? d : null;
    }

    /** Whether the AR/TAR bars are on screen. */
    public boolean penaltyBarsShown() {
        return penalties.isVisible() && penalties.getHeight() > 0;
    }

    /** Unit {@code unit}'s cell in the tile of {@code layer} at {@code step}, in scene coordinates (for tests). */
    public javafx.geometry.Bounds unitCellInScene(int layer, int step, int unit) {
        Diagram d = diagram.diagram();
        Box cell = d.tileShape().cellOf(d.tile(layer, step), d.units(), unit);
        return diagram.localToScene(new javafx.geometry.BoundingBox(cell.x(), cell.y(), cell.w(), cell.h()));
    }

    /** Opens the next trace of the sentence asked for at step {@code step} (0-based; past the end means the last). */
    public void startAt(int step) {
        startAt = step;
    }

    /** Traces the user's own words, as if typed in the field (the window's --text flag). */
    public void showText(String text) {
        fromFlag = true;
        try {
            sentence.own.setText(text);
            sentence.submit();
        } finally {
            fromFlag = false;
        }
    }

    /**
     * The model could not trace the sentence asked for (too few words for LMModel1 or 2, say): the
     * message stays in one line above, and the diagram keeps the last good sentence, or at the start
     * (when there is none yet) the default stretch.
     */
    private void onProblem(String message) {
        if (message == null) {
            sentence.showProblem(null);
            return;
        }
        sentence.hold(message);
        if (good == null && !source.stretches().isEmpty()) {
            good = new Ask(source.stretches().get(0).words(), source.stretches().get(0).next());
        }
        if (good != null) {
            asked = good.words();
            pending = good;
            source.traceSentence(good.words(), good.next());   // watched again, so it stays fresh as the weights change
        }
    }

    /** A sentence asked for, and the word that really follows it (null when unknown). */
    private record Ask(List<String> words, String next) {
    }

    private Ask pending;
    /** The last sentence the model traced: what the diagram goes back to when a new one is refused. */
    private Ask good;

    private void ask(List<String> words, String next) {
        asked = List.copyOf(words);
        pending = new Ask(asked, next);
        revealLast = next == null && !fromFlag;
        if (revealLast) {
            tryIt.setSelected(true);   // a typed prefix is "try it": offer to continue it
        }
        try {
            source.traceSentence(words, next);
        } catch (IllegalArgumentException e) {
            sentence.showProblem(e.getMessage());
        }
    }

    private void show(SentenceTrace trace) {
        if (trace != null && (rung == null || rung.kind() != RungShape.kindOf(trace))) {
            rung = RungShape.of(RungShape.kindOf(trace));
            rolling.stop();
            diagram.rollProperty().set(rung.rollable() ? 0 : 1);   // before the switch, whose change would animate
            playback.unroll.setVisible(rung.rollable());
            playback.unroll.setSelected(!rung.rollable());
        }
        diagram.rungProperty().set(rung);
        if (trace != null) {
            playback.setSteps(trace.steps());   // first: the scrub bar must reach the cursor the clock picks
            clock.setSteps(trace.steps());
            note.setText(trace.modelName() + " (weights: " + trace.weights() + "). " + rung.note());
        } else {
            note.setText("");   // the diagram's own placeholder says there is no trace: once is enough
            playback.unroll.setVisible(false);
        }
        if (trace != null && pending != null) {
            good = pending;
        }
        diagram.traceProperty().set(trace);
        showTrainMode();
        if (trace != null && startAt >= 0 && asked.equals(java.util.Arrays.stream(trace.words()).mapToObj(trace.vocab()::get).toList())) {
            clock.jumpTo(Math.min(startAt, trace.steps() - 1));
            startAt = -1;
        }
        if (trace != null && !trace.predictions().isEmpty() && (revealLast || sheet.isVisible())) {
            revealLast = false;
            int last = trace.predictions().size() - 1;
            int shown = sheet.isVisible() ? Math.min(sheet.prediction(), last) : last;
            sheet.show(trace, shown);   // a typed prefix: its next-word distribution in full, kept fresh as the weights change
        }
        showLegend();
        legend.setVisible(trace != null);
        export.setDisable(trace == null);
        panelKey = "";
        frame();
    }

    private void showLegend() {
        SentenceTrace trace = diagram.traceProperty().get();
        List<ColourScale> scales = trace == null ? List.of() : diagram.scales();
        legend.show(rung == null ? RungShape.of(io.unrolled.models.ModelKind.LM1) : rung, scales,
                trace == null ? new int[0] : OverflowMarks.count(trace, scales));
    }

    /** Continues the shown sentence with the panel's choices. */
    private void generate() {
        SentenceTrace t = diagram.traceProperty().get();
        if (t == null) {
            generator.showProblem("No sentence yet to continue.");
            return;
        }
        commit(generator.words);
        commit(generator.seed);
        List<String> prefix = java.util.Arrays.stream(t.words()).mapToObj(t.vocab()::get).toList();
        source.generate(prefix, generator.words.getValue(), generator.temperature(), generator.seed.getValue());
    }

    /** A number typed into a spinner counts without Enter; a non-number goes back to the last value. */
    private static void commit(javafx.scene.control.Spinner<Integer> s) {
        try {
            s.commitValue();
        } catch (RuntimeException notANumber) {
            s.cancelEdit();
        }
    }

    /** One animation frame: the canvas, and the panel when its step or light changed. */
    private void frame() {
        diagram.frame();
        SentenceTrace t = diagram.traceProperty().get();
        int cursor = clock.cursor().get();
        boolean reached = t != null && new Lighting(cursor, clock.phase().get(), t.layers().size())
                .reached(cursor, t.layers().size() + 1);
        String key = System.identityHashCode(t) + ":" + cursor + ":" + reached;
        if (!key.equals(panelKey)) {
            panelKey = key;
            prediction.show(t, Math.min(cursor, t == null ? 0 : t.steps() - 1), reached);
            playback.where.setText(t == null ? "" : "word " + (cursor + 1) + "/" + t.steps());
        }
    }

    /** LMModel2: slides the columns together into the loop, or apart into the chain. */
    private void rollTo(double target) {
        rolling.stop();
        rolling.getKeyFrames().setAll(new KeyFrame(Duration.millis(900), new KeyValue(diagram.rollProperty(), target)));
        rolling.play();
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
            case ESCAPE -> {
                sheet.setVisible(false);
                diagram.unpin();
            }
            default -> {
                if (!"?".equals(e.getText())) {
                    return;
                }
                showKeys();
            }
        }
        e.consume();
    }

    /** What the Export button does (the window asks for a file and writes it). */
    public void onExport(Runnable action) {
        export.setOnAction(e -> action.run());
    }

    /**
     * The view for a slide, {@code scale} times its size on screen and drawn at that size: the caption,
     * the legend, the diagram at this step and the cursor's prediction (not the controls). Null before
     * the first trace. FX thread.
     */
    public javafx.scene.image.WritableImage picture(double scale) {
        return SlidePicture.render(List.of(note, legend), diagram, List.of(prediction), scale, diagram.style.nodeFill.getValue());
    }

    /** From now on, times each paint of the diagram (for --frame-stats). */
    public void timePaints() {
        diagram.logPaints();
    }

    /** How many times the diagram was painted since {@link #timePaints}, with the median and longest paint, in one line. */
    public String paintSummary() {
        List<Long> ns = new java.util.ArrayList<>(diagram.paintTimes());
        if (ns.isEmpty()) {
            return "the diagram was not painted";
        }
        java.util.Collections.sort(ns);
        return String.format(java.util.Locale.ROOT, "%d diagram paints, median %.1f ms, p99 %.1f ms, max %.1f ms", ns.size(),
                ns.get(ns.size() / 2) / 1e6, ns.get(Math.min(ns.size() - 1, (int) Math.ceil(ns.size() * 0.99) - 1)) / 1e6,
                ns.get(ns.size() - 1) / 1e6);
    }

    /** The step the diagram shows (0-based). */
    public int cursor() {
        return clock.cursor().get();
    }

    /** The prediction whose whole distribution is open (its index in the shown trace), −1 when none is. */
    public int distributionShown() {
        return sheet.isVisible() ? sheet.prediction() : -1;
    }

    /** The continuation the Try-it panel shows, or null before the first. */
    public Continuation shownContinuation() {
        return generator.shown();
    }

    /** The trace the diagram draws, or null. */
    public SentenceTrace shownTrace() {
        return diagram.traceProperty().get();
    }

    /**
     * What lies outside its place: a shape outside the canvas, or a part of the view outside the view
     * (for the window's layout checks). Empty when everything fits.
     */
    public List<String> partsOutside() {
        List<String> out = new java.util.ArrayList<>();
        Diagram d = diagram.diagram();
        if (d != null) {
            List<Box> boxes = new java.util.ArrayList<>(d.inputs());
            boxes.addAll(d.hidden());
            boxes.addAll(d.outputs());
            boxes.addAll(d.predictions());
            for (Box b : boxes) {
                if (b.x() < 0 || b.y() < 0 || b.maxX() > diagram.getWidth() + 0.5 || b.maxY() > diagram.getHeight() + 0.5) {
                    out.add("shape " + b + " outside the " + diagram.getWidth() + "×" + diagram.getHeight() + " canvas");
                }
            }
        }
        javafx.geometry.Bounds mine = localToScene(getLayoutBounds());
        List<javafx.scene.Node> parts = new java.util.ArrayList<>(List.of(sentence, trainBar, legend, penalties, prediction, playback, diagram));
        parts.addAll(playback.getChildren().filtered(javafx.scene.Node::isVisible));   // a button pushed out of the bar is cut off
        parts.addAll(legend.getChildren());
        parts.removeIf(n -> !n.isVisible());   // a hidden part keeps the bounds of its last layout
        for (javafx.scene.Node n : parts) {
            javafx.geometry.Bounds b = n.localToScene(n.getLayoutBounds());
            if (b.getMinX() < mine.getMinX() - 0.5 || b.getMaxX() > mine.getMaxX() + 0.5 || b.getMaxY() > mine.getMaxY() + 0.5) {
                out.add(n.getStyleClass() + " at " + b + " outside the view " + mine);
            }
        }
        return out;
    }

    private void showKeys() {
        Alert keys = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        keys.getDialogPane().setContent(KeysTable.of(new String[][] {
            {"Left / Right", "step back / forward one word"},
            {"Home / End", "first / last word"},
            {"P", "play / pause the sentence"},
            {"Esc", "close the word list, unpin a value"},
            {"click", "pin the value under the mouse"},
            {"Space", "train / pause (as everywhere)"},
            {"?", "this list"}}));
        keys.setHeaderText("Keys in the Unrolled view");
        keys.getDialogPane().getStyleClass().add("keys-dialog");
        if (getScene() != null) {
            keys.initOwner(getScene().getWindow());
            keys.getDialogPane().getStylesheets().setAll(getScene().getStylesheets());
            keys.getDialogPane().pseudoClassStateChanged(PROJECTOR, getScene().getRoot().getPseudoClassStates().contains(PROJECTOR));
        }
        keys.show();
    }
}
