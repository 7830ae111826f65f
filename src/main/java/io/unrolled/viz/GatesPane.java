package io.unrolled.viz;

import io.unrolled.trace.SentenceTrace;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * The canvas of the Gates tab: one cell of one layer at one step, painted from the trace. Colour scales
 * are fixed per trace and layer (the same colour means the same number at every step); a click on a
 * tile picks that unit, whose cell is then outlined in every tile. Hover shows the exact value under the
 * mouse and a click pins it; a pin stays on its wire and unit while the cursor, the layer or the trace
 * change, and shows the number there now.
 */
final class GatesPane extends Region {

    final DiagramStyle style = new DiagramStyle();
    final GateStyle gates = new GateStyle();
    private final Canvas canvas = new Canvas();
    private final GatePainter painter = new GatePainter(style, gates);
    private SentenceTrace trace;
    private int layer;
    private int step;
    private int stage;
    private int unit = -1;
    private GateCell cell;
    private Map<GateCell.Scale, ColourScale> scales;
    private String scalesFor = "";
    private List<GatePainter.Drawn> drawn = List.of();
    private BiConsumer<GateCell.Tile, Integer> onUnit = (t, u) -> { };
    final ValuePin readout = new ValuePin();
    /** The name of the pinned wire: tiles are found again by name in the next cell. */
    private String pinnedTile;
    /** Train mode's pass: its dropout mask is drawn over the top layer's h(t). */
    final TrainModeStyle trainStyle = new TrainModeStyle();
    private io.unrolled.trace.DropoutTrace dropout;

    GatesPane() {
        getStyleClass().add("gates-pane");
        getChildren().addAll(canvas, style, gates, trainStyle, readout);
        for (var o : trainStyle.observables()) {
            o.addListener((obs, was, now) -> repaint());
        }
        setFocusTraversable(true);
        setMinSize(0, 0);
        for (var o : style.observables()) {
            o.addListener((obs, was, now) -> restyle());
        }
        for (var o : gates.observables()) {
            o.addListener((obs, was, now) -> restyle());
        }
        canvas.setOnMouseMoved(e -> readout.hover(hitAt(e.getX(), e.getY()), unitAt(e.getX(), e.getY()), trace, e.getX(), e.getY(),
                getWidth(), getHeight(), style.em()));
        canvas.setOnMouseExited(e -> readout.mouseLeft());
        canvas.setOnMouseClicked(e -> {
            requestFocus();
            Hit hit = hitAt(e.getX(), e.getY());
            int u = unitAt(e.getX(), e.getY());
            readout.click(hit, u, trace, e.getX(), e.getY(), getWidth(), getHeight(), style.em());
            pinnedTile = readout.hasPin() ? cell.tiles().get(readout.pinned().word()).name() : null;
            if (hit != null) {
                unit = u;
                repaint();
                onUnit.accept(cell.tiles().get(hit.word()), u);
            }
        });
    }

    /** The tile under (x, y) as a hit (its index in the cell as the word), or null. */
    private Hit hitAt(double x, double y) {
        for (GatePainter.Drawn d : drawn) {
            if (TileShape.GRID.unitAt(d.box(), d.tile().values().length, x, y) >= 0) {
                return new Hit(Hit.Kind.GATE, d.box(), layer, step, cell.tiles().indexOf(d.tile()));
            }
        }
        return null;
    }

    private int unitAt(double x, double y) {
        for (GatePainter.Drawn d : drawn) {
            int u = TileShape.GRID.unitAt(d.box(), d.tile().values().length, x, y);
            if (u >= 0) {
                return u;
            }
        }
        return -1;
    }

    /** Whether a value is pinned, and the pinned wire's name (for tests). */
    String pinnedTile() {
        return readout.hasPin() ? pinnedTile : null;
    }

    void unpin() {
        readout.unpin();
        pinnedTile = null;
    }

    private void restyle() {
        scalesFor = "";
        repaint();
    }

    void onUnit(BiConsumer<GateCell.Tile, Integer> action) {
        onUnit = action;
    }

    /** Shows {@code layer} of {@code trace} at {@code step}, with the parts up to {@code stage} reached. */
    void show(SentenceTrace trace, int layer, int step, int stage) {
        boolean same = trace == this.trace && layer == this.layer && step == this.step;
        this.trace = trace;
        this.layer = layer;
        this.step = step;
        if (!same) {
            cell = trace == null ? null : GateCell.of(trace, layer, Math.min(step, trace.steps() - 1));
        } else if (stage == this.stage) {
            return;
        }
        this.stage = stage;
        repaint();
    }

    /** Shows the mask of this training pass over h(t) of the top layer (null: eval mode, no mask). */
    void showDropout(io.unrolled.trace.DropoutTrace d) {
        if (d != dropout) {
            dropout = d;
            repaint();
        }
    }

    GateCell cell() {
        return cell;
    }

    int unit() {
        return unit;
    }

    void pickUnit(int u) {
        unit = u;
        repaint();
    }

    /** The tiles as last painted. */
    List<GatePainter.Drawn> drawn() {
        return drawn;
    }

    /** Every part (box, circle, tile, word, label) as last painted; empty when nothing is. */
    List<GatePainter.Part> parts() {
        return drawn.isEmpty() ? List.of() : painter.parts();
    }

    Canvas canvas() {
        return canvas;
    }

    /** The colour scales of the shown trace and layer: fixed over all its steps. */
    Map<GateCell.Scale, ColourScale> scales() {
        String key = System.identityHashCode(trace) + ":" + layer;
        if (trace != null && !key.equals(scalesFor)) {
            double wide = 0;
            double relu = 0;
            for (int t = 0; t < trace.steps(); t++) {
                GateCell c = GateCell.of(trace, layer, t);
                wide = Math.max(wide, c.max(GateCell.Scale.WIDE));
                relu = Math.max(relu, c.max(GateCell.Scale.RELU));
            }
            Map<GateCell.Scale, ColourScale> m = new EnumMap<>(GateCell.Scale.class);
            m.put(GateCell.Scale.GATE, new ColourScale(false, 1, gates.gateLow.getValue(), gates.gateMid.getValue(), gates.gateHigh.getValue()));
            m.put(GateCell.Scale.UNIT, new ColourScale(true, 1, style.negative.getValue(), style.zero.getValue(), style.positive.getValue()));
            m.put(GateCell.Scale.WIDE, new ColourScale(true, wide, style.negative.getValue(), style.zero.getValue(), style.positive.getValue()));
            m.put(GateCell.Scale.RELU, new ColourScale(false, relu, style.zero.getValue(), style.reluMid.getValue(), style.reluHigh.getValue()));
            scales = m;
            scalesFor = key;
        }
        return scales;
    }

    /** The canvas follows the pane's size, never the other way round: a canvas left wide by a larger window must not push the side column out. */
    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            repaint();
        }
    }

    void repaint() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (cell == null || getWidth() <= 0) {
            drawn = List.of();
            if (cell == null) {
                unpin();
            }
            return;
        }
        drawn = painter.paint(gc, cell, getWidth(), getHeight(), stage, scales());
        DropoutPainter.paintGate(gc, drawn, trace, dropout, layer, step, stage, trainStyle, style.lineWidth());
        followPin();
        if (unit >= 0) {
            gc.setStroke(style.text.getValue());
            gc.setLineWidth(style.lineWidth());
            for (GatePainter.Drawn d : drawn) {
                if (unit < d.tile().values().length) {
                    Box b = TileShape.GRID.cellOf(d.box(), d.tile().values().length, unit);
                    gc.strokeRect(b.x(), b.y(), b.w(), b.h());
                }
            }
        }
    }

    /** The pin stays on its wire and unit: same place, this cell's number (gone when the new cell has no such wire). */
    private void followPin() {
        if (!readout.hasPin()) {
            return;
        }
        int u = readout.pinnedUnit();
        for (GatePainter.Drawn d : drawn) {
            if (d.tile().name().equals(pinnedTile) && u < d.tile().values().length) {
                Box at = TileShape.GRID.cellOf(d.box(), d.tile().values().length, u);
                readout.pin(new Hit(Hit.Kind.GATE, d.box(), layer, step, cell.tiles().indexOf(d.tile())), u, trace,
                        at.centreX(), at.centreY(), getWidth(), getHeight(), style.em());
                return;
            }
        }
        unpin();
    }
}
