package io.unrolled.viz;

import io.unrolled.trace.SentenceTrace;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Gates tab: one cell of the traced sentence at the Unrolled view's time cursor, drawn with the
 * values it really carried. It shares the Unrolled view's trace and {@link StepClock}, so stepping in
 * either tab moves both; a step is explained in the cell's own order (an LSTM: forget, write, update
 * c, output), each part lit as the clock's light passes through it.
 */
public final class GatesView extends BorderPane {

    private final UnrolledView unrolled;
    final StepClock clock;
    final GatesPane pane = new GatesPane();
    final GateLegend legend = new GateLegend(pane.style);
    final UnitPanel unitPanel = new UnitPanel();
    final VBox side = new VBox();
    final ScrollPane sideScroll = new ScrollPane();
    final ToggleGroup layers = new ToggleGroup();
    final HBox layerButtons = new HBox();
    final Label where = new Label();
    final Label explaining = new Label();
    final Label note = new Label();
    final Button back = button("mdi2s-step-backward", "Step back (Left)");
    final Button play = button("mdi2p-play", "Play the sentence, each step part by part (P)");
    final Button forward = button("mdi2s-step-forward", "Step forward (Right)");
    final ChoiceBox<Double> speed = new ChoiceBox<>();
    /** The key list last opened with ?, or null. */
    javafx.scene.control.Alert keys;
    /** The Unrolled view's train/eval switch, seen from here; its mask is drawn on the top layer's h(t). */
    final TrainModeBar trainBar;
    final PenaltyBars penalties = new PenaltyBars();
    private String shownKey = "";
    private String cellKey = "";
    private String partsFor = "";
    private int parts = 1;

    public GatesView(UnrolledView unrolled) {
        this.unrolled = unrolled;
        this.clock = unrolled.clock;
        getStyleClass().addAll("unrolled-view", "gates-view");
        setMinSize(0, 0);
        layerButtons.getStyleClass().add("gate-layers");
        layerButtons.setMinWidth(USE_PREF_SIZE);
        where.setMinWidth(USE_PREF_SIZE);
        where.getStyleClass().add("playback-where");
        explaining.getStyleClass().add("gate-explaining");
        note.getStyleClass().add("unrolled-note");
        note.setWrapText(true);
        trainBar = new TrainModeBar(unrolled.trainMode, "gates-train-mode");
        trainBar.setVisible(unrolled.trainBar.isVisible());
        trainBar.setManaged(trainBar.isVisible());
        trainBar.newMask.onActionProperty().bind(unrolled.trainBar.newMask.onActionProperty());
        HBox.setHgrow(trainBar, Priority.ALWAYS);
        HBox head = new HBox(layerButtons, where, explaining);
        head.getStyleClass().add("gate-head");
        VBox top = new VBox(head, note);
        top.getStyleClass().add("unrolled-top");
        setTop(top);
        // the cell is wide and short: the legend and the opened unit sit beside it, not above or below
        // the column is narrow and an opened unit tall: it scrolls, it is never cut off
        side.getChildren().setAll(legend, unitPanel);
        side.getStyleClass().add("gate-side");
        side.setMinWidth(0);
        sideScroll.setContent(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sideScroll.getStyleClass().add("gate-side-scroll");
        HBox.setHgrow(pane, Priority.ALWAYS);
        HBox middle = new HBox(pane, sideScroll);
        middle.setMinSize(0, 0);
        setCenter(middle);
        // the speed is the Unrolled view's: one clock, one speed
        speed.getItems().setAll(unrolled.playback.speed.getItems());
        speed.setConverter(unrolled.playback.speed.getConverter());
        speed.valueProperty().bindBidirectional(unrolled.playback.speed.valueProperty());
        speed.setTooltip(new Tooltip("Speed of play (shared with the Unrolled tab)"));
        // the header has no room left on a projector: the train/eval switch sits with the step buttons
        HBox bar = new HBox(back, play, forward, trainBar, speed);
        bar.getStyleClass().add("playback-bar");
        for (var n : new javafx.scene.control.Control[] {back, play, forward, speed}) {
            n.setMinWidth(USE_PREF_SIZE);
        }
        VBox bottom = new VBox(penalties, bar);
        bottom.getStyleClass().add("unrolled-bottom");
        setBottom(bottom);

        back.setOnAction(e -> clock.stepBack());
        forward.setOnAction(e -> clock.stepForward());
        play.setOnAction(e -> clock.togglePlay());
        clock.playing().addListener((o, was, now) -> ((FontIcon) play.getGraphic()).setIconLiteral(now ? "mdi2p-pause" : "mdi2p-play"));
        clock.cursor().addListener(o -> refresh());
        clock.cursor().addListener(o -> showTrainMode());
        clock.phase().addListener(o -> refresh());
        unrolled.diagram.traceProperty().addListener((o, was, now) -> {
            rebuildLayers(now);
            refresh();
            showTrainMode();
        });
        layers.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null) {
                was.setSelected(true);   // one layer is always shown
            } else {
                refresh();
                showTrainMode();
            }
        });
        pane.onUnit((tile, u) -> showUnit());
        unitPanel.onOpen(this::pickUnit);
        unrolled.diagram.dropoutProperty().addListener(o -> showTrainMode());
        unrolled.trainMode.addListener(o -> showTrainMode());
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        rebuildLayers(trace());
        refresh();
        showTrainMode();
    }

    /** The switch's legend, the mask on h(t) (top layer only: dropout sits on the stack's output) and the AR/TAR bars. */
    private void showTrainMode() {
        SentenceTrace t = trace();
        io.unrolled.trace.DropoutTrace d = unrolled.shownDropout();
        boolean top = t == null || layer() == t.layers().size() - 1;
        trainBar.show(t, unrolled.diagram.dropoutProperty().get(), unrolled.trainMode.get(),
                top ? "" : ". Shown on layer " + (t == null ? 0 : t.layers().size()) + ": dropout sits on the stack's output");
        pane.showDropout(d);
        penalties.setVisible(d != null);
        penalties.setManaged(d != null);
        penalties.show(d, t == null ? 0 : Math.min(clock.cursor().get(), t.steps() - 1));
    }

    /** The training pass whose mask is drawn on h(t), or null: eval mode, or a layer below the top one. */
    public io.unrolled.trace.DropoutTrace shownDropout() {
        SentenceTrace t = trace();
        return t != null && layer() == t.layers().size() - 1 ? unrolled.shownDropout() : null;
    }

    private SentenceTrace trace() {
        return unrolled.diagram.traceProperty().get();
    }

    /** The layer shown, 0-based. */
    public int layer() {
        var t = layers.getSelectedToggle();
        return t == null ? 0 : (Integer) t.getUserData();
    }

    /** Shows layer {@code l} (0-based) if the rung has it. */
    public void selectLayer(int l) {
        for (var t : layers.getToggles()) {
            if ((Integer) t.getUserData() == l) {
                t.setSelected(true);
            }
        }
    }

    private void rebuildLayers(SentenceTrace t) {
        int n = t == null ? 0 : t.layers().size();
        if (layers.getToggles().size() == n) {
            return;
        }
        int keep = layer();
        layers.getToggles().clear();
        layerButtons.getChildren().clear();
        for (int l = 0; l < n; l++) {
            ToggleButton b = new ToggleButton("Layer " + (l + 1));
            b.setUserData(l);
            b.setId("gate-layer-" + (l + 1));
            b.setToggleGroup(layers);
            b.setTooltip(new Tooltip(l == 0 ? "The layer that reads the words" : "The layer that reads layer " + l + "'s h"));
            layerButtons.getChildren().add(b);
        }
        layerButtons.setVisible(n > 1);
        layerButtons.setManaged(n > 1);
        if (n > 0) {
            selectLayer(Math.min(keep, n - 1));
        }
    }

    /** Repaints when the trace, layer, step or the part of the step being explained changed. */
    private void refresh() {
        SentenceTrace t = trace();
        int step = t == null ? 0 : Math.min(clock.cursor().get(), t.steps() - 1);
        int layer = t == null ? 0 : Math.min(layer(), t.layers().size() - 1);
        // the clock calls here every animation frame: the cell is made only when the step or layer changes
        String cellNow = System.identityHashCode(t) + ":" + layer + ":" + step;
        if (!cellNow.equals(partsFor)) {
            partsFor = cellNow;
            parts = t == null ? 1 : GateCell.of(t, layer, step).stages().size();
        }
        double phase = clock.phase().get();
        int stage = phase >= 1 ? parts : (int) Math.floor(phase * parts);
        String key = System.identityHashCode(t) + ":" + layer + ":" + step + ":" + stage;
        if (key.equals(shownKey)) {
            return;
        }
        shownKey = key;
        boolean newCell = !key.startsWith(cellKey + ":") || cellKey.isEmpty();
        cellKey = key.substring(0, key.lastIndexOf(':'));
        pane.show(t, layer, step, stage);
        if (t == null) {
            note.setText("No trace yet: the Gates tab shows the sentence the Unrolled tab traces.");
            where.setText("");
            explaining.setText("");
            legend.show(null, null);
            unitPanel.show(null, 0, 0, null, -1, null);
            return;
        }
        where.setText("word " + (step + 1) + "/" + t.steps() + " \"" + t.vocab().get(t.words()[step]) + "\"");
        explaining.setText(stage < parts ? "now: " + pane.cell().stages().get(stage) : "");
        if (newCell) {
            note.setText(t.modelName() + ", " + pane.cell().kind() + " cell (weights: " + t.weights() + "): "
                    + pane.cell().equation() + ". Left / Right step through the sentence; P plays each step part by part.");
            legend.show(pane.cell(), pane.scales());
            showUnit();
        }
    }

    private void showUnit() {
        SentenceTrace t = trace();
        int step = t == null ? 0 : Math.min(clock.cursor().get(), t.steps() - 1);
        unitPanel.show(t, layer(), step, pane.cell(), pane.unit(), t == null ? null : pane.scales());
    }

    /** The unit opened up, or −1. */
    public int unit() {
        return pane.unit();
    }

    /** Opens unit {@code u} up, as a click on it does (the window's --unit flag; a unit the layer lacks is said so). */
    public void pickUnit(int u) {
        pane.pickUnit(u);
        showUnit();
    }

    /** Gives the cell the keyboard, so Left / Right step the sentence at once (the window's Right would train). */
    public void focusCell() {
        pane.requestFocus();
    }

    /** The step shown (0-based): the Unrolled view's cursor. */
    public int cursor() {
        return clock.cursor().get();
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
            case DIGIT1 -> selectLayer(0);
            case DIGIT2 -> selectLayer(1);
            case ESCAPE -> {
                if (pane.pinnedTile() == null) {
                    return;   // the window's Esc (a notice to close) keeps its meaning
                }
                pane.unpin();
            }
            default -> {
                if (!"?".equals(e.getText())) {
                    return;
                }
                keys = GateKeys.show(this);
            }
        }
        e.consume();
    }

    /** What lies outside its place (a tile outside the canvas, a part outside the view); empty when all fits. */
    public List<String> partsOutside() {
        List<String> out = new java.util.ArrayList<>();
        out.addAll(partsMeeting(pane.parts(), pane.getWidth(), pane.getHeight()));
        if (pane.cell() != null && pane.drawn().isEmpty()) {
            out.add("no tile drawn");
        }
        Bounds mine = localToScene(getLayoutBounds());
        for (Node n : List.of(layerButtons, sideScroll, trainBar, penalties, play, speed, pane)) {
            Bounds b = n.localToScene(n.getLayoutBounds());
            if (n.isVisible() && (b.getMinX() < mine.getMinX() - 0.5 || b.getMaxX() > mine.getMaxX() + 0.5 || b.getMaxY() > mine.getMaxY() + 0.5)) {
                out.add(n.getStyleClass() + " at " + b + " outside the view " + mine);
            }
        }
        // the side column scrolls up and down; nothing in it may reach past its right edge or lose its text to "…"
        Bounds port = sideScroll.localToScene(sideScroll.getLayoutBounds());
        double portRight = port.getMinX() + sideScroll.getViewportBounds().getWidth();
        for (Node n : shown(side, new java.util.ArrayList<>())) {
            Bounds b = n.localToScene(n.getLayoutBounds());
            if (b.getWidth() > 0 && (b.getMaxX() > portRight + 0.5 || b.getMinX() < port.getMinX() - 0.5)) {
                out.add(n.getStyleClass() + " " + n.getId() + " at " + b + " past the side column's " + port.getMinX() + ".." + portRight);
            }
            if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
                Node shown = l.lookup(".text");
                if (shown instanceof javafx.scene.text.Text text && !text.getText().equals(l.getText())) {
                    out.add("\"" + l.getText() + "\" cut to \"" + text.getText() + "\"");
                }
            }
        }
        if (pane.getHeight() < 12 * pane.style.em()) {
            out.add("the cell has only " + pane.getHeight() + " px of height");
        }
        return out;
    }

    /** Parts of the cell cut off by the canvas's edge, and pairs of parts drawn over each other. */
    static List<String> partsMeeting(List<GatePainter.Part> parts, double w, double h) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Box b = parts.get(i).box();
            if (b.x() < -0.5 || b.y() < -0.5 || b.maxX() > w + 0.5 || b.maxY() > h + 0.5) {
                out.add(parts.get(i).name() + " at " + b + " outside the " + w + "×" + h + " canvas");
            }
            for (int j = i + 1; j < parts.size(); j++) {
                Box c = parts.get(j).box();
                // a pixel of touching is a shared edge, not an overlap
                double dx = Math.min(b.maxX(), c.maxX()) - Math.max(b.x(), c.x());
                double dy = Math.min(b.maxY(), c.maxY()) - Math.max(b.y(), c.y());
                if (dx > 1 && dy > 1) {
                    out.add(parts.get(i).name() + " at " + b + " overlaps " + parts.get(j).name() + " at " + c);
                }
            }
        }
        return out;
    }

    /** {@code n} and every node under it that is shown (visible and laid out, as are all its parents). */
    private static List<Node> shown(Node n, List<Node> into) {
        if (n.isVisible() && n.isManaged()) {
            into.add(n);
            if (n instanceof javafx.scene.Parent p) {
                for (Node c : p.getChildrenUnmodifiable()) {
                    shown(c, into);
                }
            }
        }
        return into;
    }

    private static Button button(String icon, String tip) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().add("playback-button");
        b.setTooltip(new Tooltip(tip));
        return b;
    }
}
