package io.unrolled.viz;

import io.unrolled.trace.DropoutTrace;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Per step, the two quantities the activation penalties average in a training pass, as bars under the
 * steps: AR's mean(dropped²) on the dropped-out output and TAR's mean((raw_t − raw_{t−1})²) on the raw
 * output (fastai's labels). Each row keeps the largest value it has shown for this sentence as its
 * scale, so when training with a larger α or β makes the values smaller, the bars visibly shrink.
 * The cursor's step is outlined and its numbers written out, so nothing needs hovering.
 */
final class PenaltyBars extends Region {

    private final DiagramStyle style = new DiagramStyle();
    private final TrainModeStyle colours = new TrainModeStyle();
    private final Canvas canvas = new Canvas();
    private final TextFit fit = new TextFit();
    private DropoutTrace trace;
    private int cursor;
    private String scaleFor = "";
    private double arMax;
    private double tarMax;
    /** The x (in this region) of step t's column, or null for columns spread evenly after the label lane. */
    private IntToDoubleFunction columnX;

    PenaltyBars() {
        getStyleClass().add("penalty-bars");
        getChildren().addAll(canvas, style, colours);
        for (var o : style.observables()) {
            o.addListener(x -> requestLayout());
        }
        for (var o : colours.observables()) {
            o.addListener(x -> paint());
        }
        setMinHeight(USE_PREF_SIZE);
    }

    /** Lines the bars up with the diagram's step columns. */
    void alignWith(IntToDoubleFunction x) {
        columnX = x;
    }

    void show(DropoutTrace d, int cursorStep) {
        trace = d;
        cursor = cursorStep;
        if (d != null) {
            String key = d.model() + java.util.Arrays.toString(d.words()) + ":" + d.seed() + ":" + d.p();
            if (!key.equals(scaleFor)) {
                scaleFor = key;
                arMax = 0;
                tarMax = 0;
            }
            for (int t = 0; t < d.steps(); t++) {
                arMax = Math.max(arMax, d.ar()[t]);
                if (!Double.isNaN(d.tar()[t])) {
                    tarMax = Math.max(tarMax, d.tar()[t]);
                }
            }
        }
        paint();
    }

    /** The largest value each row's scale stands for now: {AR, TAR}. */
    double[] scaleMaxima() {
        return new double[] {arMax, tarMax};
    }

    @Override
    protected double computePrefHeight(double width) {
        return 5.8 * style.em();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
        }
        paint();
    }

    private void paint() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        DropoutTrace d = trace;
        if (d == null || getWidth() <= 0) {
            return;
        }
        double em = style.em();
        double lane = 5.4 * em;
        int steps = d.steps();
        double pitch = (getWidth() - lane - em) / steps;
        Font small = Font.font(style.font().getFamily(), 0.8 * em);
        Font bold = Font.font(style.font().getFamily(), FontWeight.BOLD, 0.85 * em);
        int at = Math.max(0, Math.min(cursor, steps - 1));
        String tarNow = Double.isNaN(d.tar()[at]) ? "none at the first word" : number(d.tar()[at]);
        String prose = "AR acts on the dropped-out output, TAR on the raw output.   ";
        String now = String.format(Locale.ROOT, "Word %d: AR_t = %s, TAR_t = %s.", at + 1, number(d.ar()[at]), tarNow);
        String whole = String.format(Locale.ROOT, "   Sentence: α·AR = %s·%s = %s,  β·TAR = %s·%s = %s",
                plain(d.alpha()), number(d.arPenalty()), number(d.alpha() * d.arPenalty()),
                plain(d.beta()), number(d.tarPenalty()), number(d.beta() * d.tarPenalty()));
        double room = getWidth() - em;
        // as much as fits without squeezing the letters: the numbers first, the reminder of fastai's labels last
        String title = prose + now + whole;
        if (fit.width(title, small) > room) {
            title = now + whole;
        }
        if (fit.width(title, small) > room) {
            title = now;
        }
        gc.setFill(style.text.getValue());
        gc.setFont(small);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(title, 0.5 * em, 0.1 * em, room);
        double rowH = 2.0 * em;
        double top = 1.25 * em;
        row(gc, d, d.ar(), arMax, top, rowH, lane, pitch, em, bold, small, "AR", "mean(dropped²)", colours.ar.getValue());
        row(gc, d, d.tar(), tarMax, top + rowH + 0.3 * em, rowH, lane, pitch, em, bold, small, "TAR", "mean((raw_t−raw_t−1)²)",
                colours.tar.getValue());
    }

    private void row(GraphicsContext gc, DropoutTrace d, double[] values, double max, double y, double h, double lane, double pitch,
                     double em, Font bold, Font small, String name, String what, javafx.scene.paint.Color fill) {
        gc.setFill(style.text.getValue());
        gc.setFont(bold);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(name, 0.5 * em, y, lane - em);
        double nameW = fit.width(name + " ", bold);
        gc.setFill(style.muted.getValue());
        gc.setFont(Font.font(style.font().getFamily(), 0.7 * em));
        gc.fillText("max " + number(max), 0.5 * em + nameW, y + 0.1 * em, lane - 0.7 * em - nameW);
        gc.fillText(what, 0.5 * em, y + 0.95 * em, lane - 0.7 * em);
        gc.setStroke(style.barTrack.getValue());
        gc.setLineWidth(1);
        gc.strokeLine(lane - 0.3 * em, y + h, getWidth() - 0.3 * em, y + h);
        double barW = Math.max(3, Math.min(0.55 * pitch, 2.2 * em));
        for (int t = 0; t < d.steps(); t++) {
            double aligned = columnX != null ? columnX.applyAsDouble(t) : Double.NaN;
            double cx = Double.isNaN(aligned) ? lane + (t + 0.5) * pitch : aligned;
            if (t == cursor) {
                gc.setStroke(colours.cursor.getValue());
                gc.setLineWidth(style.lineWidth());
                gc.strokeRect(cx - barW / 2 - 0.25 * em, y - 0.1 * em, barW + 0.5 * em, h + 0.2 * em);
            }
            double v = values[t];
            if (Double.isNaN(v)) {
                gc.setFill(style.muted.getValue());
                gc.setFont(small);
                gc.setTextAlign(TextAlignment.CENTER);
                gc.setTextBaseline(VPos.BOTTOM);
                gc.fillText("–", cx, y + h);
                continue;
            }
            double bh = max > 0 ? h * v / max : 0;
            gc.setFill(fill);
            gc.fillRect(cx - barW / 2, y + h - bh, barW, bh);
        }
    }

    private static String number(double x) {
        return x != 0 && Math.abs(x) < 1e-3 ? String.format(Locale.ROOT, "%.2e", x) : String.format(Locale.ROOT, "%.4f", x);
    }

    private static String plain(double x) {
        return x == Math.rint(x) ? String.valueOf((long) x) : String.format(Locale.ROOT, "%.3g", x);
    }
}
