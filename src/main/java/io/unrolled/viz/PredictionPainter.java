package io.unrolled.viz;

import io.unrolled.trace.Prediction;
import io.unrolled.trace.SentenceTrace;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Under each output the light has reached: the three most likely next words with probability bars,
 * and the word that really comes next, marked right (✓) or wrong (✗) by shape as well as colour.
 * Where columns are narrow, the top word's bar, the top word itself (all of the row at one small
 * size, left out when that size would be unreadable) and the mark; the panel under the diagram
 * gives the cursor's step in full.
 */
final class PredictionPainter {

    static final String RIGHT = "✓";
    static final String WRONG = "✗";

    private final DiagramStyle style;
    private final TextFit fit;

    PredictionPainter(DiagramStyle style, TextFit fit) {
        this.style = style;
        this.fit = fit;
    }

    /** Below this size (px) the compact row's top words are left out: a bar and a mark read better than a smudge. */
    static final double SMALLEST_WORD = 8;

    void paint(GraphicsContext gc, Diagram d, SentenceTrace trace, Lighting light, List<Hit> hits) {
        double em = style.em();
        Font topWords = d.detailed() ? null : topWordFont(d, trace, em);
        for (int k = 0; k < d.predictions().size() && k < trace.predictions().size(); k++) {
            if (!light.reached(d.outputSteps().get(k), light.stages() - 1)) {
                continue;
            }
            Prediction p = trace.predictions().get(k);
            Box b = d.predictions().get(k);
            if (d.detailed()) {
                detailed(gc, b, p, trace.vocab(), k, em, hits);
            } else {
                compact(gc, b, p, k, em, topWords == null ? null : PredictionPanel.shown(trace.vocab().get(p.ranked(0))), topWords, hits);
            }
        }
    }

    private void detailed(GraphicsContext gc, Box b, Prediction p, List<String> vocab, int k, double em, List<Hit> hits) {
        // wide columns (the three-word rungs) read at full size; sixteen narrow ones need smaller words
        Font small = Font.font(style.font().getFamily(), (b.w() > 8 * em ? 1.0 : 0.8) * em);
        double row = 1.3 * em;
        double barH = Math.max(2, 0.28 * em);
        for (int rank = 0; rank < 3; rank++) {
            int w = p.ranked(rank);
            double y = b.y() + rank * row;
            String word = PredictionPanel.shown(vocab.get(w));
            boolean isTarget = w == p.target();
            gc.setFont(isTarget ? Font.font(small.getFamily(), FontWeight.BOLD, small.getSize()) : small);
            gc.setFont(fit.fit(word, (Font) gc.getFont(), b.w(), 6));
            gc.setFill(style.text.getValue());
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.TOP);
            gc.fillText(word, b.x(), y);
            bar(gc, new Box(b.x(), y + small.getSize() * 1.15, b.w(), barH), p.probs()[w], isTarget);
            hits.add(new Hit(Hit.Kind.BAR, new Box(b.x(), y, b.w(), row), -1, k, w));
        }
        if (p.hasTarget()) {
            boolean right = p.ranked(0) == p.target();
            String mark = right ? RIGHT : WRONG;
            String text = mark + " " + PredictionPanel.shown(vocab.get(p.target()));
            gc.setFont(fit.fit(text, Font.font(small.getFamily(), FontWeight.BOLD, small.getSize()), b.w(), 6));
            gc.setFill(right ? style.right.getValue() : style.wrong.getValue());
            gc.setTextBaseline(VPos.TOP);
            gc.fillText(text, b.x(), b.y() + 3 * row + 0.1 * em);
        }
    }

    /**
     * One size for every top word under the outputs: the largest (at most 0.8 em) at which each fits its
     * column on one line, or null when that is below {@link #SMALLEST_WORD} or the column has no height for it.
     */
    Font topWordFont(Diagram d, SentenceTrace trace, double em) {
        Font base = Font.font(style.font().getFamily(), 0.8 * em);
        double size = base.getSize();
        for (int k = 0; k < d.predictions().size() && k < trace.predictions().size(); k++) {
            String word = PredictionPanel.shown(trace.vocab().get(trace.predictions().get(k).ranked(0)));
            Box b = d.predictions().get(k);
            size = Math.min(size, base.getSize() * b.w() / Math.max(1e-9, fit.width(word, base)));
            // bar, word and mark stacked must stay inside the box
            size = Math.min(size, (b.h() - 0.5 * em - 1.1 * em) / 1.1);
        }
        return size >= SMALLEST_WORD ? Font.font(base.getFamily(), size) : null;
    }

    private void compact(GraphicsContext gc, Box b, Prediction p, int k, double em, String topWord, Font wordFont, List<Hit> hits) {
        int top = p.ranked(0);
        bar(gc, new Box(b.x(), b.y(), b.w(), Math.max(3, 0.4 * em)), p.probs()[top], top == p.target());
        hits.add(new Hit(Hit.Kind.BAR, new Box(b.x(), b.y(), b.w(), 0.8 * em), -1, k, top));
        double markY = b.y() + 0.7 * em;
        if (topWord != null) {
            gc.setFont(wordFont);
            gc.setFill(style.text.getValue());
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.TOP);
            gc.fillText(topWord, b.centreX(), b.y() + 0.5 * em);
            markY = b.y() + 0.5 * em + 1.1 * wordFont.getSize();
        }
        if (p.hasTarget()) {
            boolean right = top == p.target();
            gc.setFont(Font.font(style.font().getFamily(), FontWeight.BOLD, 1.1 * em));
            gc.setFill(right ? style.right.getValue() : style.wrong.getValue());
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.TOP);
            gc.fillText(right ? RIGHT : WRONG, b.centreX(), markY);
        }
    }

    private void bar(GraphicsContext gc, Box track, double p, boolean target) {
        gc.setFill(style.barTrack.getValue());
        gc.fillRect(track.x(), track.y(), track.w(), track.h());
        gc.setFill(target ? style.right.getValue() : style.bar.getValue());
        gc.fillRect(track.x(), track.y(), track.w() * Math.max(0, Math.min(1, p)), track.h());
    }
}
