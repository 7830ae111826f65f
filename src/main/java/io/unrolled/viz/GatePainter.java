package io.unrolled.viz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Paints a {@link GateCell} on a canvas in colah's notation: wires first, then the tiles of values on
 * them, then boxes (learned layers) and circles (elementwise operations) on top. Parts of the step the
 * animation has not reached are drawn empty and muted; the part being explained is drawn with thick
 * strokes and a halo.
 */
final class GatePainter {

    /** A tile as drawn: for hit tests and the layout checks. */
    record Drawn(GateCell.Tile tile, Box box) {
    }

    /** Any part as drawn (a box, circle, tile, word or label): for the check that no two meet or leave the canvas. */
    record Part(String name, Box box) {
    }

    private final DiagramStyle style;
    private final GateStyle gates;
    private final TextFit fit = new TextFit();
    private List<Part> parts = new ArrayList<>();

    GatePainter(DiagramStyle style, GateStyle gates) {
        this.style = style;
        this.gates = gates;
    }

    /**
     * @param stage the part of the step being explained; parts after it are not reached yet
     *              ({@code cell.stages().size()} or more: the whole step is done)
     */
    List<Drawn> paint(GraphicsContext gc, GateCell cell, double w, double h, int stage, Map<GateCell.Scale, ColourScale> scales) {
        double sx = w / cell.cols();
        double sy = h / cell.rows();
        double side = 0.78 * Math.min(sx, sy);
        double em = style.em();
        gc.setLineCap(javafx.scene.shape.StrokeLineCap.ROUND);
        for (GateCell.Wire wire : cell.wires()) {
            double[] xy = wire.xy();
            boolean lit = wire.stage() == stage;
            gc.setStroke(wire.stage() > stage ? style.muted.getValue() : lit ? style.output.getValue() : style.node.getValue());
            gc.setLineWidth(lit ? style.litWidth() : style.lineWidth());
            gc.beginPath();
            gc.moveTo(xy[0] * sx, xy[1] * sy);
            for (int k = 2; k < xy.length; k += 2) {
                gc.lineTo(xy[k] * sx, xy[k + 1] * sy);
            }
            gc.stroke();
            if (wire.arrow()) {
                int n = xy.length;
                head(gc, xy[n - 4] * sx, xy[n - 3] * sy, xy[n - 2] * sx, xy[n - 1] * sy, 0.6 * em);
            }
        }
        List<Drawn> drawn = new ArrayList<>();
        parts = new ArrayList<>();
        List<GateCell.Tile> labelled = new ArrayList<>();
        List<Box> labelledBoxes = new ArrayList<>();
        for (GateCell.Tile t : cell.tiles()) {
            double cx = t.x() * sx;
            double cy = t.y() * sy;
            boolean reached = t.stage() <= stage;
            if (t.values() == null) {
                word(gc, t.label(), cx, cy, w, h, em);
                continue;
            }
            Box box = new Box(cx - side / 2, cy - side / 2, side, side);
            if (t.stage() == stage) {
                gc.setFill(style.halo.getValue());
                double pad = 0.35 * em;
                gc.fillRect(box.x() - pad, box.y() - pad - 1.1 * em, box.w() + 2 * pad, box.h() + 2 * pad + 1.1 * em);
            }
            if (reached) {
                TilePainter.paint(gc, box, TileShape.GRID, t.values(), 0, t.values().length, scales.get(t.scale()));
            } else {
                TilePainter.paintEmpty(gc, box, style.empty.getValue());
            }
            gc.setStroke(t.stage() == stage ? style.output.getValue() : style.node.getValue());
            gc.setLineWidth(t.stage() == stage ? style.lineWidth() * 1.5 : 1);
            gc.strokeRect(box.x(), box.y(), box.w(), box.h());
            parts.add(new Part("tile " + t.name(), box));
            labelled.add(t);
            labelledBoxes.add(box);
            drawn.add(new Drawn(t, box));
        }
        for (GateCell.Node n : cell.nodes()) {
            node(gc, n, n.x() * sx, n.y() * sy, sx, sy, n.stage() <= stage, n.stage() == stage, em);
        }
        // the labels go on last, on their own background, so no wire runs through them
        Font labels = labelFont(labelled, labelledBoxes, w, em);
        for (int k = 0; k < labelled.size(); k++) {
            label(gc, labelled.get(k).label(), labels, labelledBoxes.get(k), w, labelled.get(k).stage() <= stage);
        }
        return drawn;
    }

    /** Every part as last painted. */
    List<Part> parts() {
        return parts;
    }

    /** One size for all of a cell's tile labels: the largest at which no label meets a part or another label. */
    private Font labelFont(List<GateCell.Tile> tiles, List<Box> boxes, double w, double em) {
        String family = style.font().getFamily();
        double size = 0.85 * em;
        for (; size > 0.55 * em; size *= 0.93) {
            Font f = Font.font(family, size);
            List<Part> all = new ArrayList<>(parts);
            for (int k = 0; k < tiles.size(); k++) {
                // a space's width apart, so two labels side by side never read as one
                Box l = labelBox(tiles.get(k).label(), f, boxes.get(k), w);
                double gap = 0.3 * size;
                all.add(new Part(tiles.get(k).label(), new Box(l.x() - gap / 2, l.y(), l.w() + gap, l.h())));
            }
            if (GatesView.partsMeeting(all, w, Double.MAX_VALUE).isEmpty()) {
                break;
            }
        }
        return Font.font(family, Math.max(size, 0.55 * em));
    }

    private Box labelBox(String text, Font f, Box tile, double w) {
        double pad = 0.15 * f.getSize();
        double lw = fit.width(text, f) + 2 * pad;
        double lh = 1.15 * f.getSize();
        double cx = Math.max(lw / 2, Math.min(w - lw / 2, tile.x() + tile.w() / 2));
        return new Box(cx - lw / 2, tile.y() - 0.1 * f.getSize() - lh, lw, lh);
    }

    /** A tile's label above it, kept inside the canvas, on the CSS label background. */
    private void label(GraphicsContext gc, String text, Font f, Box tile, double w, boolean reached) {
        Box b = labelBox(text, f, tile, w);
        gc.setFill(gates.labelFill.getValue());
        gc.fillRect(b.x(), b.y(), b.w(), b.h());
        gc.setFill(reached ? style.text.getValue() : style.muted.getValue());
        gc.setFont(f);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(text, b.x() + b.w() / 2, b.y() + b.h() / 2);
        parts.add(new Part("label \"" + text + "\"", b));
    }

    private void node(GraphicsContext gc, GateCell.Node n, double cx, double cy, double sx, double sy, boolean reached, boolean lit, double em) {
        Color stroke = !reached ? style.muted.getValue() : lit ? style.output.getValue() : style.node.getValue();
        gc.setLineWidth(lit ? style.litWidth() : style.lineWidth());
        gc.setStroke(stroke);
        Font f = style.font();
        double cell = Math.min(sx, sy);
        if (n.shape() == GateCell.Shape.CIRCLE) {
            // never wider than its grid column: the neighbours one column away stay clear
            double most = 0.45 * cell;
            double r = Math.min(most, Math.max(0.9 * em, 0.2 * cell));
            if (n.label().length() > 2) {
                f = fit.fit(n.label(), f, 2 * most - 0.4 * em, 0.55 * em);
                r = Math.min(most, Math.max(r, fit.width(n.label(), f) / 2 + 0.25 * em));
            }
            gc.setFill(gates.opFill.getValue());
            gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
            gc.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
            parts.add(new Part("circle " + n.label(), new Box(cx - r, cy - r, 2 * r, 2 * r)));
        } else {
            double most = 0.92 * n.span() * sx;
            f = fit.fit(n.label(), f, most - 0.5 * em, 0.55 * em);
            double bw = Math.min(most, Math.max(0.6 * sx, fit.width(n.label(), f) + 0.8 * em));
            double bh = Math.min(0.9 * sy, Math.max(1.6 * em, 0.42 * sy));
            gc.setFill(gates.layerFill.getValue());
            gc.fillRect(cx - bw / 2, cy - bh / 2, bw, bh);
            gc.strokeRect(cx - bw / 2, cy - bh / 2, bw, bh);
            parts.add(new Part("box " + n.label(), new Box(cx - bw / 2, cy - bh / 2, bw, bh)));
        }
        gc.setFill(reached ? style.text.getValue() : style.muted.getValue());
        gc.setFont(f);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(n.label(), cx, cy);
    }

    /** The word a first layer reads: its embedding is not traced, so the word itself stands there. */
    private void word(GraphicsContext gc, String label, double cx, double cy, double w, double h, double em) {
        Font f = style.font();
        double tw = fit.width(label, f) + em;
        double th = 1.6 * em;
        // kept whole inside the canvas: a long word near the edge moves in rather than being cut
        double x = Math.max(1, Math.min(w - tw - 1, cx - tw / 2));
        double y = Math.max(1, Math.min(h - th - 1, cy - th / 2));
        gc.setFill(style.nodeFill.getValue());
        gc.fillRect(x, y, tw, th);
        gc.setStroke(style.embed.getValue());
        gc.setLineWidth(style.lineWidth());
        gc.strokeRect(x, y, tw, th);
        gc.setFill(style.text.getValue());
        gc.setFont(f);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(label, x + tw / 2, y + th / 2);
        parts.add(new Part("word " + label, new Box(x, y, tw, th)));
    }

    private void head(GraphicsContext gc, double x0, double y0, double x1, double y1, double size) {
        double a = Math.atan2(y1 - y0, x1 - x0);
        double[] xs = {x1, x1 - size * Math.cos(a - 0.45), x1 - size * Math.cos(a + 0.45)};
        double[] ys = {y1, y1 - size * Math.sin(a - 0.45), y1 - size * Math.sin(a + 0.45)};
        gc.setFill(gc.getStroke());
        gc.fillPolygon(xs, ys, 3);
    }
}
