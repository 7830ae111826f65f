package io.unrolled.viz;

import io.unrolled.trace.SentenceTrace;
import io.unrolled.viz.Diagram.Arrow;
import io.unrolled.viz.Diagram.Kind;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Paints the book's notation: words as rectangles, hidden states as circles (a pill when the tile is a
 * strip) holding their unit tiles, outputs as triangles, arrows coloured by the matrix they apply,
 * the detach boundaries of LMModel3 and the loop of LMModel2 rolled up. Steps the light has not
 * reached are drawn faint and empty. (The pulse that carries h on is a node over the canvas: see
 * {@link DiagramPane}.)
 */
final class NotationPainter {

    private final DiagramStyle style;
    private final TextFit fit;
    private final TileImages tiles = new TileImages();

    NotationPainter(DiagramStyle style, TextFit fit) {
        this.style = style;
        this.fit = fit;
    }

    void paint(GraphicsContext gc, Diagram d, SentenceTrace trace, Lighting light, List<ColourScale> scales, List<Hit> hits) {
        double em = style.em();
        double lw = style.lineWidth();
        cursorBand(gc, d, light, em);
        boundaries(gc, d, em, lw);
        for (Arrow a : d.arrows()) {
            if (visible(d, light, a.step())) {
                arrow(gc, a, d, light, em);
            }
        }
        Font bold = Font.font(style.font().getFamily(), FontWeight.BOLD, em);
        List<String> words = new java.util.ArrayList<>(d.steps());
        for (int t = 0; t < d.steps(); t++) {
            words.add(trace.vocab().get(trace.words()[t]));
        }
        List<InputWord.Layout> row = InputWord.row(words, d.inputs(), bold, fit);   // one size for the whole row
        for (int t = 0; t < d.steps(); t++) {
            if (!visible(d, light, t)) {
                continue;
            }
            fade(gc, d, light, t);
            input(gc, d.inputs().get(t), row.get(t), light, t, lw, hits);
            for (int l = 0; l < d.layers(); l++) {
                hiddenState(gc, d, trace, light, scales, l, t, lw, hits);
            }
            gc.setGlobalAlpha(1);
        }
        for (int k = 0; k < d.outputs().size(); k++) {
            triangle(gc, d.outputs().get(k), light.reached(d.outputSteps().get(k), light.stages() - 1),
                    light.lit(d.outputSteps().get(k), light.stages() - 1), lw);
            hits.add(new Hit(Hit.Kind.OUTPUT, d.outputs().get(k), -1, k, -1));
        }
        if (d.loop() != null) {
            loop(gc, d, em);
        }
        rowLabels(gc, d, em);
    }

    /** LMModel2 rolled up shows only the cursor's column; unrolling fades the others in. */
    private static boolean visible(Diagram d, Lighting light, int t) {
        return !d.rung().rollable() || d.roll() > 0.02 || t == light.cursor();
    }

    private static void fade(GraphicsContext gc, Diagram d, Lighting light, int t) {
        gc.setGlobalAlpha(d.rung().rollable() && t != light.cursor() ? d.roll() : 1);
    }

    private void cursorBand(GraphicsContext gc, Diagram d, Lighting light, double em) {
        Box in = d.inputs().get(light.cursor());
        double w = Math.max(in.w(), d.hidden(0, light.cursor()).w()) + 0.6 * em;
        double bottom = d.outputs().isEmpty() ? d.boundaryBottom() : d.predictions().get(0).maxY();
        gc.setFill(style.halo.getValue());
        gc.fillRoundRect(in.centreX() - w / 2, in.y() - 0.3 * em, w, bottom - in.y() + 0.3 * em, em, em);
    }

    private void boundaries(GraphicsContext gc, Diagram d, double em, double lw) {
        gc.setStroke(style.detach.getValue());
        gc.setLineWidth(lw);
        gc.setLineDashes(0.5 * em, 0.35 * em);
        for (double x : d.boundaries()) {
            gc.strokeLine(x, d.boundaryTop(), x, d.boundaryBottom());
        }
        gc.setLineDashes((double[]) null);
        gc.setFill(style.detach.getValue());
        gc.setFont(Font.font(style.font().getFamily(), FontWeight.BOLD, 0.75 * em));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        if (!d.boundaries().isEmpty()) {
            // named once, in the lane before the first word; the legend names the others
            gc.setTextBaseline(VPos.BOTTOM);
            gc.fillText("detach", d.boundaries().get(0), d.boundaryTop() - 0.1 * em);
        }
    }

    private Color arrowColour(Diagram d, Arrow a) {
        return switch (a.kind()) {
            case EMBED -> style.embed.getValue();
            case OUTPUT -> d.rung().tied() ? style.embed.getValue() : style.output.getValue();
            case UP -> style.up.getValue();
            case HIDDEN, CARRY -> a.layer() == 0 ? style.hidden.getValue() : style.hidden2.getValue();
        };
    }

    /** The stage an arrow leads into: it lights when its destination does. */
    private static int stageOf(Diagram d, Arrow a) {
        return switch (a.kind()) {
            case EMBED, CARRY -> 1;
            case UP, HIDDEN -> a.layer() + 1;
            case OUTPUT -> d.layers() + 1;
        };
    }

    private void arrow(GraphicsContext gc, Arrow a, Diagram d, Lighting light, double em) {
        boolean reached = light.reached(a.step(), stageOf(d, a));
        boolean lit = a.step() == light.cursor() && reached;
        Color c = arrowColour(d, a);
        gc.setStroke(c);
        gc.setFill(c);
        gc.setGlobalAlpha(reached ? 1 : 0.35);
        if (d.rung().rollable() && a.step() != light.cursor()) {
            gc.setGlobalAlpha(gc.getGlobalAlpha() * d.roll());
        }
        gc.setLineWidth(lit ? style.litWidth() : style.lineWidth());
        if (a.kind() == Kind.CARRY) {
            gc.setLineDashes(0.3 * em, 0.2 * em);
        }
        double head = 0.55 * em + gc.getLineWidth();
        double len = Math.hypot(a.x2() - a.x1(), a.y2() - a.y1());
        double ux = (a.x2() - a.x1()) / len;
        double uy = (a.y2() - a.y1()) / len;
        gc.strokeLine(a.x1(), a.y1(), a.x2() - ux * head * 0.8, a.y2() - uy * head * 0.8);
        gc.setLineDashes((double[]) null);
        gc.fillPolygon(new double[] {a.x2(), a.x2() - ux * head - uy * head * 0.45, a.x2() - ux * head + uy * head * 0.45},
                new double[] {a.y2(), a.y2() - uy * head + ux * head * 0.45, a.y2() - uy * head - ux * head * 0.45}, 3);
        if (a.kind() == Kind.CARRY) {
            gc.setFill(style.muted.getValue());
            gc.setFont(Font.font(style.font().getFamily(), 0.7 * em));
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.BOTTOM);
            gc.fillText("h₀ = 0", a.x1(), a.y1() - 0.2 * em);
        }
        gc.setGlobalAlpha(1);
    }

    private void input(GraphicsContext gc, Box b, InputWord.Layout word, Lighting light, int t, double lw, List<Hit> hits) {
        boolean lit = light.lit(t, 0);
        gc.setFill(style.nodeFill.getValue());
        gc.fillRect(b.x(), b.y(), b.w(), b.h());
        gc.setStroke(style.node.getValue());
        gc.setLineWidth(t == light.cursor() ? style.litWidth() : lw);
        gc.strokeRect(b.x(), b.y(), b.w(), b.h());
        gc.setFill(style.text.getValue());
        InputWord.paint(gc, word, b);
        if (lit) {
            gc.setStroke(style.pulse.getValue());
            gc.setLineWidth(lw);
            gc.strokeRect(b.x() - 3 * lw, b.y() - 3 * lw, b.w() + 6 * lw, b.h() + 6 * lw);
        }
        hits.add(new Hit(Hit.Kind.INPUT, b, -1, t, -1));
    }

    private void hiddenState(GraphicsContext gc, Diagram d, SentenceTrace trace, Lighting light, List<ColourScale> scales,
                             int l, int t, double lw, List<Hit> hits) {
        Box node = d.hidden(l, t);
        Box tile = d.tile(l, t);
        double r = node.w() / 2;
        gc.setFill(style.nodeFill.getValue());
        gc.fillRoundRect(node.x(), node.y(), node.w(), node.h(), 2 * r, 2 * r);
        if (light.reached(t, l + 1)) {
            TilePainter.paint(gc, tile, tiles.get(l, t, d.tileShape(), trace, scales));
            OverflowMarks.paint(gc, tile, d.tileShape(), trace.layers().get(l).h(), t, d.units(), scales.get(l), style.overflow.getValue());
            hits.add(new Hit(Hit.Kind.TILE, tile, l, t, -1));
        } else {
            TilePainter.paintEmpty(gc, tile, style.empty.getValue());
        }
        gc.setStroke(style.node.getValue());
        gc.setLineWidth(t == light.cursor() && light.reached(t, l + 1) ? style.litWidth() : lw);
        gc.strokeRoundRect(node.x(), node.y(), node.w(), node.h(), 2 * r, 2 * r);
        if (light.lit(t, l + 1)) {
            gc.setStroke(style.pulse.getValue());
            gc.setLineWidth(lw);
            double g = 3 * lw;
            gc.strokeRoundRect(node.x() - g, node.y() - g, node.w() + 2 * g, node.h() + 2 * g, 2 * (r + g), 2 * (r + g));
        }
    }

    private void triangle(GraphicsContext gc, Box b, boolean reached, boolean lit, double lw) {
        double[] xs = {b.x(), b.maxX(), b.centreX()};
        double[] ys = {b.y(), b.y(), b.maxY()};
        gc.setFill(reached ? style.output.getValue() : style.nodeFill.getValue());
        gc.fillPolygon(xs, ys, 3);
        gc.setStroke(style.node.getValue());
        gc.setLineWidth(reached ? style.litWidth() * 0.75 : lw);
        gc.strokePolygon(xs, ys, 3);
        if (lit) {
            gc.setStroke(style.pulse.getValue());
            gc.setLineWidth(lw);
            double g = 3 * lw;
            gc.strokePolygon(new double[] {b.x() - 2 * g, b.maxX() + 2 * g, b.centreX()},
                    new double[] {b.y() - g, b.y() - g, b.maxY() + 2 * g}, 3);
        }
    }

    /** The loop of the rolled-up RNN: h leaves the circle on its right and comes back into it, once per word. */
    private void loop(GraphicsContext gc, Diagram d, double em) {
        Box n = d.loop();
        gc.setGlobalAlpha(1 - d.roll());
        gc.setStroke(style.hidden.getValue());
        gc.setFill(style.hidden.getValue());
        gc.setLineWidth(style.litWidth());
        double r = Math.max(n.h() * 0.3, 0.8 * em);
        double cx = n.maxX() - 0.2 * r;
        double cy = n.centreY();
        // the right half of a circle, from its top round to its bottom
        gc.strokeArc(cx - r, cy - r, 2 * r, 2 * r, 90, -180, ArcType.OPEN);
        double head = 0.45 * em + style.litWidth();
        double hx = cx;
        double hy = cy + r;
        gc.fillPolygon(new double[] {hx - head, hx + head * 0.2, hx + head * 0.2}, new double[] {hy, hy - head * 0.6, hy + head * 0.6}, 3);
        gc.setFont(Font.font(style.font().getFamily(), FontWeight.BOLD, 0.85 * em));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText("h, once per word", cx + r + 0.4 * em, cy);
        gc.setGlobalAlpha(1);
    }

    private void rowLabels(GraphicsContext gc, Diagram d, double em) {
        gc.setFill(style.muted.getValue());
        gc.setFont(Font.font(style.font().getFamily(), 0.8 * em));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        for (Diagram.RowLabel r : d.rowLabels()) {
            gc.fillText(r.text(), 0.5 * em, r.y(), 4.4 * em);
        }
    }
}
