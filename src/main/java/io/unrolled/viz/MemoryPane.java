package io.unrolled.viz;

import io.unrolled.trace.MemoryTrace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The Memory view's canvas: for the prediction at the cursor, the traced sentence with each word tinted
 * by the gradient norm that reaches its embedding (Distill's connectivity picture), and under it the
 * same norms as bars on a log scale. With a model to compare, its panel sits under the first on the
 * same scale. Hover shows a word's exact number; a click pins it (projectors cannot show hover).
 */
final class MemoryPane extends Region {

    private static final PseudoClass PINNED = PseudoClass.getPseudoClass("pinned");

    /** A word or bar on the canvas: which panel (0 shown, 1 compared) and which position. */
    record Spot(int side, int t, Box box) {
    }

    final MemoryStyle style = new MemoryStyle();
    final Label readout = new Label();
    private final Canvas canvas = new Canvas();
    private final TextFit fit = new TextFit();
    private MemoryTrace shown;
    private MemoryTrace compared;
    private MemoryScale scale = MemoryScale.of();
    private int cursor;
    private final List<Spot> spots = new ArrayList<>();
    private Spot pinned;   // side and position; the box is refreshed with every paint

    MemoryPane() {
        getStyleClass().add("memory-pane");
        readout.getStyleClass().add("value-readout");
        readout.setManaged(false);
        readout.setVisible(false);
        readout.setMouseTransparent(true);
        getChildren().addAll(canvas, style, readout);
        setFocusTraversable(true);
        setMinSize(0, 0);
        for (var o : style.observables()) {
            o.addListener((obs, was, now) -> repaint());
        }
        canvas.setOnMouseMoved(e -> {
            if (pinned == null) {
                Spot s = spotAt(e.getX(), e.getY());
                showReadout(s);
            }
        });
        canvas.setOnMouseExited(e -> {
            if (pinned == null) {
                showReadout(null);
            }
        });
        canvas.setOnMouseClicked(e -> {
            requestFocus();
            click(spotAt(e.getX(), e.getY()));
        });
    }

    /** Shows these traces (compared may be null) with the prediction at {@code cursor} (a position in {@code shown}). */
    void show(MemoryTrace shown, MemoryTrace compared, int cursor) {
        if (shown != this.shown || compared != this.compared) {
            scale = MemoryScale.of(shown, compared);
        }
        this.shown = shown;
        this.compared = compared;
        this.cursor = cursor;
        if (pinned != null && (pinned.side() == 1 && compared == null || trace(pinned.side()) == null
                || pinned.t() >= trace(pinned.side()).steps())) {
            unpin();
        }
        repaint();
    }

    MemoryScale scale() {
        return scale;
    }

    MemoryTrace trace(int side) {
        return side == 0 ? shown : compared;
    }

    /** The prediction shown on {@code side} at the cursor: the compared model's words are aligned at the sentence's end. */
    int prediction(int side) {
        MemoryTrace m = trace(side);
        if (m == null) {
            return -1;
        }
        int t = side == 0 ? cursor : cursor - (shown.steps() - m.steps());
        return m.predictionAtOrBefore(Math.max(0, Math.min(m.steps() - 1, t)));
    }

    /** The words and bars as last painted. */
    List<Spot> spots() {
        return List.copyOf(spots);
    }

    Spot pinned() {
        return pinned;
    }

    /** A click: pins the spot, or unpins when it is the pinned one again or nothing. */
    void click(Spot s) {
        boolean same = s != null && pinned != null && s.side() == pinned.side() && s.t() == pinned.t();
        if (s == null || same) {
            unpin();
            return;
        }
        pinned = s;
        readout.pseudoClassStateChanged(PINNED, true);
        showReadout(s);
    }

    void unpin() {
        pinned = null;
        readout.pseudoClassStateChanged(PINNED, false);
        readout.setVisible(false);
    }

    /** The exact words of the readout for position t on {@code side}, at the current prediction. */
    String readoutText(int side, int t) {
        MemoryTrace m = trace(side);
        int p = prediction(side);
        int a = m.after()[p];
        float v = m.flow()[p][t];
        String head = String.format(Locale.ROOT, "%s, the prediction after word %d \"%s\" (most likely \"%s\"):%n",
                m.modelName(), a + 1, m.word(a), m.vocab().get(m.predicted()[p]));
        if (t > a) {
            return head + String.format(Locale.ROOT, "word %d \"%s\" comes later: no gradient (0)", t + 1, m.word(t));
        }
        return head + String.format(Locale.ROOT, "|d log p / d embedding of word %d \"%s\"| = %s", t + 1, m.word(t), number(v));
    }

    /** A norm as the view prints it: four significant figures, or 0. */
    static String number(float v) {
        return v == 0 ? "0 (the gradient does not reach it)" : String.format(Locale.ROOT, "%.4e", v);
    }

    private void showReadout(Spot s) {
        if (s == null || trace(s.side()) == null) {
            readout.setVisible(false);
            return;
        }
        readout.setText(readoutText(s.side(), s.t()));
        readout.setVisible(true);
        readout.autosize();
        double em = style.em();
        double x = Math.max(0, Math.min(getWidth() - readout.getWidth(), s.box().x()));
        double y = s.box().maxY() + em / 3 + readout.getHeight() > getHeight() ? s.box().y() - readout.getHeight() - em / 3 : s.box().maxY() + em / 3;
        readout.relocate(x, Math.max(0, y));
    }

    private Spot spotAt(double x, double y) {
        for (Spot s : spots) {
            if (s.box().contains(x, y)) {
                return s;
            }
        }
        return null;
    }

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
        spots.clear();
        if (shown == null || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        double em = style.em();
        double pad = em / 2;
        int panels = compared == null ? 1 : 2;
        double h = (getHeight() - pad) / panels;
        for (int side = 0; side < panels; side++) {
            paintPanel(gc, side, pad, pad + side * h, getWidth() - 2 * pad, h - pad);
        }
        if (pinned != null) {
            for (Spot s : spots) {
                if (s.side() == pinned.side() && s.t() == pinned.t()) {
                    pinned = s;
                    showReadout(s);
                    break;
                }
            }
        }
    }

    private void paintPanel(GraphicsContext gc, int side, double x0, double y0, double w, double h) {
        MemoryTrace m = trace(side);
        int p = prediction(side);
        int a = m.after()[p];
        float[] flow = m.flow()[p];
        double em = style.em();
        Font font = style.font();
        Font bold = style.bold();
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        // the caption: which model, which weights, which prediction
        String caption = String.format(Locale.ROOT, "%s (%s): after word %d \"%s\" it predicts \"%s\"",
                m.modelName(), m.weights(), a + 1, m.word(a), m.vocab().get(m.predicted()[p]));
        gc.setFont(fit.fit(caption, bold, w, em * 0.6));
        gc.setFill(style.text.getValue());
        double line = em * 1.5;
        gc.fillText(caption, x0, y0 + line / 2);
        double y = y0 + line;
        // the sentence, each word tinted by the gradient that reaches it
        double gap = em * style.wordGap.getValue().doubleValue();
        double boxH = em * style.wordBox.getValue().doubleValue();
        double inner = em * 0.35;
        double x = x0;
        gc.setFont(font);
        for (int t = 0; t < m.steps(); t++) {
            String word = m.word(t);
            double bw = fit.width(word, font) + 2 * inner;
            if (x > x0 && x + bw > x0 + w) {
                x = x0;
                y += boxH + gap;
            }
            Box b = new Box(x, y, bw, boxH);
            paintWord(gc, b, word, t, a, flow[t]);
            spots.add(new Spot(side, t, b));
            x += bw + gap;
        }
        y += boxH + gap * 2;
        paintBars(gc, side, m, a, flow, x0, y, w, y0 + h - y);
    }

    private void paintWord(GraphicsContext gc, Box b, String word, int t, int a, float v) {
        double lw = style.lineWidth();
        Color ground = t > a || v == 0 ? style.unread.getValue() : style.tint(scale.position(v));
        gc.setFill(ground);
        gc.fillRect(b.x(), b.y(), b.w(), b.h());
        gc.setFill(t > a ? style.muted.getValue() : style.textOn(ground));
        gc.fillText(word, b.x() + style.em() * 0.35, b.centreY());
        if (t == a) {
            gc.setStroke(style.cursor.getValue());
            gc.setLineWidth(lw * 2.5);
            gc.strokeRect(b.x(), b.y(), b.w(), b.h());
        } else if (t > a) {
            // a word the prediction has not read yet: dashed, not only paler
            gc.setStroke(style.rule.getValue());
            gc.setLineWidth(lw);
            gc.setLineDashes(style.em() * 0.3, style.em() * 0.25);
            gc.strokeRect(b.x(), b.y(), b.w(), b.h());
            gc.setLineDashes((double[]) null);
        }
    }

    private void paintBars(GraphicsContext gc, int side, MemoryTrace m, int a, float[] flow, double x0, double y0, double w, double h) {
        double em = style.em();
        Font small = style.small();
        double lw = style.lineWidth();
        double axis = fit.width("1e-10", small) + em * 0.5;
        double labels = small.getSize() * 1.4;
        double top = y0 + small.getSize() * 0.6;
        double bottom = y0 + h - labels;
        if (bottom - top < em) {
            return;   // no room left for a chart: the words still say it
        }
        double slot = (w - axis) / m.steps();
        gc.setFont(small);
        gc.setLineWidth(1);
        // every decade gets a grid line; labels only as often as they fit without touching, the top one always
        double perDecade = (bottom - top) / scale.decades();
        int every = (int) Math.ceil(small.getSize() * 1.1 / perDecade);
        for (int k = 0; k <= scale.decades(); k++) {
            double yy = bottom - (bottom - top) * k / scale.decades();
            gc.setStroke(style.rule.getValue());
            gc.strokeLine(x0 + axis, yy, x0 + w, yy);
            if ((scale.decades() - k) % every == 0) {
                gc.setFill(style.muted.getValue());
                gc.setTextAlign(TextAlignment.RIGHT);
                gc.fillText(scale.label(k), x0 + axis - em * 0.25, yy);
            }
        }
        gc.setTextAlign(TextAlignment.CENTER);
        for (int t = 0; t < m.steps(); t++) {
            double bx = x0 + axis + t * slot;
            float v = flow[t];
            double f = scale.position(v);
            double barH = (bottom - top) * f;
            double bw = slot * 0.72;
            double left = bx + (slot - bw) / 2;
            if (t <= a && v > 0) {
                gc.setFill(style.tint(f));
                gc.fillRect(left, bottom - barH, bw, barH);
                gc.setStroke(t == a ? style.cursor.getValue() : style.text.getValue());
                gc.setLineWidth(t == a ? lw * 2.5 : lw);
                gc.strokeRect(left, bottom - barH, bw, barH);
            }
            gc.setFill(t == a ? style.text.getValue() : style.muted.getValue());
            gc.fillText(Integer.toString(t + 1), bx + slot / 2, bottom + labels / 2);
            spots.add(new Spot(side, t, new Box(bx, top, slot, bottom - top)));
        }
        gc.setStroke(style.text.getValue());
        gc.setLineWidth(lw);
        gc.strokeLine(x0 + axis, top, x0 + axis, bottom);
        gc.strokeLine(x0 + axis, bottom, x0 + w, bottom);
    }

    /** What lies outside the canvas; empty when all fits. */
    List<String> partsOutside() {
        List<String> out = new ArrayList<>();
        for (Spot s : spots) {
            Box b = s.box();
            if (b.x() < -0.5 || b.y() < -0.5 || b.maxX() > getWidth() + 0.5 || b.maxY() > getHeight() + 0.5) {
                out.add("word " + (s.t() + 1) + " of panel " + s.side() + " at " + b + " outside the " + getWidth() + "×" + getHeight() + " canvas");
            }
        }
        return out;
    }
}
