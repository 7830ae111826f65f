package io.unrolled.viz;

import io.unrolled.trace.RnnLayerTrace;
import io.unrolled.trace.SentenceTrace;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;

/**
 * The diagram itself: one canvas painted from the current trace, the rung's layout and the clock.
 * Hover shows the exact value under the mouse; a click pins it (hover is invisible on a projector),
 * a click on an output asks for its whole distribution.
 */
final class DiagramPane extends Region {

    final DiagramStyle style = new DiagramStyle();
    private final Canvas canvas = new Canvas();
    private final TextFit fit = new TextFit();
    private final NotationPainter notation = new NotationPainter(style, fit);
    private final PredictionPainter predictions = new PredictionPainter(style, fit);
    final ValuePin readout = new ValuePin();
    /** The dot that carries h to the next step: moving a node each frame, not repainting the canvas. */
    private final javafx.scene.Group pulses = new javafx.scene.Group();
    private String painted = "";
    private final ObjectProperty<SentenceTrace> trace = new SimpleObjectProperty<>();
    private final ObjectProperty<RungShape> rung = new SimpleObjectProperty<>();
    private final DoubleProperty roll = new SimpleDoubleProperty(1);
    private final StepClock clock;
    private Diagram diagram;
    private List<Hit> hits = new ArrayList<>();
    private IntConsumer onOutput = k -> { };
    private long lastPaintNanos;
    private List<ColourScale> scales = List.of();
    private final ObjectProperty<ColourRange> range = new SimpleObjectProperty<>(ColourRange.EVERYTHING);
    /** A paint was skipped while the diagram was hidden. */
    private boolean stale;
    private int paints;
    private final List<javafx.beans.value.ObservableValue<Boolean>> watched = new ArrayList<>();
    // a change listener: it hears every change, where an invalidation listener may miss one not read in between
    private final javafx.beans.value.ChangeListener<Boolean> visibility = (o, was, now) -> visibilityChanged();
    /** Train mode's pass: its dropout mask is drawn over the top layer's tiles. */
    final TrainModeStyle trainStyle = new TrainModeStyle();
    private final ObjectProperty<io.unrolled.trace.DropoutTrace> dropout = new SimpleObjectProperty<>();

    DiagramPane(StepClock clock) {
        this.clock = clock;
        getStyleClass().add("diagram-pane");
        getChildren().addAll(canvas, style, trainStyle, pulses, readout);
        dropout.addListener(o -> repaint());
        for (var o : trainStyle.observables()) {
            o.addListener(x -> repaint());
        }
        pulses.setManaged(false);
        pulses.setMouseTransparent(true);
        setFocusTraversable(true);
        setMinSize(0, 0);
        for (var o : style.observables()) {
            o.addListener((obs, was, now) -> {
                scales = null;   // the scale's colours come from CSS too
                relayout();
            });
        }
        trace.addListener((o, was, now) -> {
            scales = null;
            readout.retrace(now);
            relayout();
        });
        range.addListener((o, was, now) -> {
            scales = null;
            relayout();
        });
        roll.addListener(o -> relayout());
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(e -> readout.mouseLeft());
        canvas.setOnMouseClicked(this::click);
    }

    ObjectProperty<SentenceTrace> traceProperty() {
        return trace;
    }

    /** The training pass whose mask is drawn, or null (eval mode). */
    ObjectProperty<io.unrolled.trace.DropoutTrace> dropoutProperty() {
        return dropout;
    }

    /** What the ends of the tile colour scale stand for. */
    ObjectProperty<ColourRange> rangeProperty() {
        return range;
    }

    ObjectProperty<RungShape> rungProperty() {
        return rung;
    }

    DoubleProperty rollProperty() {
        return roll;
    }

    void onOutput(IntConsumer action) {
        onOutput = action;
    }

    /** The layout of the last paint, for tests; null before a trace. */
    Diagram diagram() {
        return diagram;
    }

    Canvas canvas() {
        return canvas;
    }

    /** How long the last paint took, in nanoseconds (reported by the repaint benchmark). */
    long lastPaintNanos() {
        return lastPaintNanos;
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            relayout();
        }
    }

    /** Lays the diagram out again (new trace, size, roll or CSS) and paints it. */
    void relayout() {
        painted = "";
        SentenceTrace t = trace.get();
        RungShape r = rung.get();
        if (t == null || r == null || RungShape.kindOf(t) != r.kind() || getWidth() <= 0) {
            diagram = null;
            repaint();
            return;
        }
        List<Integer> outputs = t.predictions().stream().map(p -> p.after()).toList();
        int units = t.layers().get(0).hidden();
        diagram = ChainLayout.layout(r, t.steps(), units, outputs, getWidth(), getHeight(), style.em(), roll.get());
        repaint();
    }

    /**
     * Shows the current frame. The canvas is painted again only when what it shows changes (another
     * step, or the light reaching the next part of the step: L + 2 times a step); in between, a frame
     * only moves the pulse.
     */
    void frame() {
        if (!shown()) {
            stale = true;   // painted once it shows again
            return;
        }
        SentenceTrace t = trace.get();
        if (diagram != null && t != null) {
            Lighting light = lighting();
            String key = light.cursor() + ":" + light.stage();
            movePulse(light);
            if (key.equals(painted)) {
                return;
            }
            painted = key;
        }
        repaint();
    }

    private Lighting lighting() {
        int cursor = Math.min(clock.cursor().get(), diagram.steps() - 1);
        return new Lighting(cursor, clock.phase().get(), diagram.layers());
    }

    private void movePulse(Lighting light) {
        double f = light.pulse();
        java.util.List<javafx.scene.Node> dots = new ArrayList<>();
        if (f >= 0 && light.cursor() + 1 < diagram.steps()) {
            double r = 0.45 * style.em();
            for (Diagram.Arrow a : diagram.arrows()) {
                if (a.kind() == Diagram.Kind.HIDDEN && a.step() == light.cursor() + 1) {
                    javafx.scene.shape.Circle dot = new javafx.scene.shape.Circle(r);
                    dot.getStyleClass().add("diagram-pulse");
                    dot.setCenterX(a.x1() + (a.x2() - a.x1()) * f);
                    dot.setCenterY(a.y1() + (a.y2() - a.y1()) * f);
                    dots.add(dot);
                }
            }
        }
        pulses.getChildren().setAll(dots);
    }

    /** Paints the canvas now. */
    void repaint() {
        if (!shown()) {
            // a hidden tab (training goes on while Gates shows): no paint for no one, one when it shows again
            stale = true;
            return;
        }
        long start = System.nanoTime();
        paints++;
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        SentenceTrace t = trace.get();
        if (diagram == null || t == null) {
            hits = List.of();
            placeholder(gc, t);
            return;
        }
        Lighting light = lighting();
        painted = light.cursor() + ":" + light.stage();
        movePulse(light);
        hits = paint(gc, t, light);
        lastPaintNanos = System.nanoTime() - start;
        if (paintLog != null) {
            paintLog.add(lastPaintNanos);
        }
    }

    /** Paints the diagram of {@code t} into {@code gc} (in the canvas's coordinates) and says where its parts are. */
    private List<Hit> paint(GraphicsContext gc, SentenceTrace t, Lighting light) {
        if (scales == null || scales.size() != t.layers().size()) {
            scales = ScaleChoice.forTrace(t, range.get(), style);
        }
        List<Hit> fresh = new ArrayList<>();
        notation.paint(gc, diagram, t, light, scales, fresh);
        predictions.paint(gc, diagram, t, light, fresh);
        DropoutPainter.paintDiagram(gc, diagram, t, dropout.get(), light, trainStyle, style.lineWidth());
        return fresh;
    }

    /**
     * The diagram as it shows now, drawn afresh {@code scale} times larger on a canvas of its own: every
     * line, word and tile at that size, not the screen's pixels enlarged. Null before a trace. FX thread.
     */
    javafx.scene.image.WritableImage picture(double scale) {
        SentenceTrace t = trace.get();
        if (diagram == null || t == null) {
            return null;
        }
        Canvas big = new Canvas(Math.ceil(getWidth() * scale), Math.ceil(getHeight() * scale));
        GraphicsContext gc = big.getGraphicsContext2D();
        gc.setFill(style.nodeFill.getValue());
        gc.fillRect(0, 0, big.getWidth(), big.getHeight());
        gc.scale(scale, scale);
        paint(gc, t, lighting());
        javafx.scene.SnapshotParameters asIs = new javafx.scene.SnapshotParameters();
        asIs.setFill(javafx.scene.paint.Color.TRANSPARENT);
        return big.snapshot(asIs, null);
    }

    /** Whether the diagram can be seen: it and every node above it visible (a tab not chosen hides its content). */
    boolean shown() {
        for (javafx.scene.Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                watchUntilShown();
                return false;
            }
        }
        return true;
    }

    /** Listens to the visibility of this node and those above it until the diagram shows, then paints once if it missed a paint. */
    private void watchUntilShown() {
        if (!watched.isEmpty()) {
            return;
        }
        for (javafx.scene.Node n = this; n != null; n = n.getParent()) {
            watched.add(n.visibleProperty());
        }
        watched.forEach(p -> p.addListener(visibility));
    }

    private void visibilityChanged() {
        for (javafx.scene.Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return;
            }
        }
        watched.forEach(p -> p.removeListener(visibility));
        watched.clear();
        if (stale) {
            stale = false;
            painted = "";
            repaint();
        }
    }

    /** Paint times in ns, kept once {@link #logPaints} is called (for --frame-stats), else null. */
    private List<Long> paintLog;

    void logPaints() {
        if (paintLog == null) {
            paintLog = new ArrayList<>();
        }
    }

    /** The logged paint times, in ns. */
    List<Long> paintTimes() {
        return paintLog == null ? List.of() : List.copyOf(paintLog);
    }

    /** How many times the canvas has been painted (for tests). */
    int paints() {
        return paints;
    }

    /** The colour scale of each layer, for the legend. */
    List<ColourScale> scales() {
        SentenceTrace t = trace.get();
        if (t == null || rung.get() == null) {
            return List.of();
        }
        if (scales == null) {
            scales = ScaleChoice.forTrace(t, range.get(), style);
        }
        return scales;
    }

    private void placeholder(GraphicsContext gc, SentenceTrace t) {
        gc.setFill(style.muted.getValue());
        gc.setFont(style.font());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        String text = t == null
                ? "No trace yet. The diagram appears once the model has read a sentence."
                : "Tracing the sentence with " + rung.get().kind().bookName() + "…";
        gc.fillText(text, getWidth() / 2, getHeight() / 3, Math.max(10, getWidth() - 2 * style.em()));
    }

    /** What is under (x, y): the hit and, for a tile, the unit. */
    private record Under(Hit hit, int unit) {
    }

    private Under under(double x, double y) {
        for (Hit h : hits) {
            if (h.box().contains(x, y)) {
                int unit = h.kind() == Hit.Kind.TILE ? diagram.tileShape().unitAt(h.box(), diagram.units(), x, y) : -1;
                if (h.kind() != Hit.Kind.TILE || unit >= 0) {
                    return new Under(h, unit);
                }
            }
        }
        return null;
    }

    private void hover(MouseEvent e) {
        Under u = under(e.getX(), e.getY());
        readout.hover(u == null ? null : u.hit(), u == null ? -1 : u.unit(), trace.get(), e.getX(), e.getY(),
                getWidth(), getHeight(), style.em());
    }

    private void click(MouseEvent e) {
        requestFocus();
        Under u = under(e.getX(), e.getY());
        if (u != null && u.hit().kind() == Hit.Kind.OUTPUT) {
            onOutput.accept(u.hit().step());
            return;
        }
        readout.click(u == null ? null : u.hit(), u == null ? -1 : u.unit(), trace.get(), e.getX(), e.getY(),
                getWidth(), getHeight(), style.em());
    }

    void unpin() {
        readout.unpin();
    }

    /** Whether a value is pinned (for tests). */
    boolean hasPin() {
        return readout.hasPin();
    }

    static boolean isRelu(SentenceTrace t) {
        return t.layers().get(0) instanceof RnnLayerTrace r && r.activation() == RnnLayerTrace.Activation.RELU;
    }
}
