package io.unrolled.viz;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A small line chart of one unit over the traced sentence: one point per word, coloured as the words
 * above it are tinted, the word at the cursor ringed and marked by a vertical line. The vertical range
 * always includes 0 (drawn as a rule), so the sign of each value reads at a glance. Colours, line
 * widths and the font come from CSS ({@link DiagramStyle}), the height from {@code .unit-chart}.
 */
final class UnitChart extends Region {

    final DiagramStyle style = new DiagramStyle();
    private final Canvas canvas = new Canvas();
    private final TextFit fit = new TextFit();
    private float[] values = new float[0];
    private int cursor = -1;
    private ColourScale scale;

    UnitChart() {
        getStyleClass().add("unit-chart");
        getChildren().addAll(canvas, style);
        setMinSize(0, 0);
        for (var o : style.observables()) {
            o.addListener((obs, was, now) -> repaint());
        }
    }

    /** Shows {@code values} (one per word), the word at {@code cursor} marked, points coloured by {@code scale}. */
    void show(float[] values, int cursor, ColourScale scale) {
        this.values = values.clone();
        this.cursor = cursor;
        this.scale = scale;
        repaint();
    }

    float[] values() {
        return values.clone();
    }

    int cursor() {
        return cursor;
    }

    /** Where the point of word {@code t} sits, in the chart's coordinates (for tests). */
    double xOf(int t) {
        double left = left();
        double w = Math.max(1, canvas.getWidth() - left - pad());
        return values.length <= 1 ? left + w / 2 : left + w * t / (values.length - 1);
    }

    double yOf(double v) {
        double[] r = range();
        double top = pad();
        double h = Math.max(1, canvas.getHeight() - 2 * pad());
        return top + h * (r[1] - v) / (r[1] - r[0]);
    }

    /** Bottom and top of the vertical axis: the values' range widened to include 0. */
    double[] range() {
        double lo = 0;
        double hi = 0;
        for (float v : values) {
            if (Float.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (hi - lo < 1e-6) {
            hi = lo + 1;
        }
        return new double[] {lo, hi};
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0;   // the column's width, never wider
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth() - snappedLeftInset() - snappedRightInset());
        double h = snapSizeY(getHeight() - snappedTopInset() - snappedBottomInset());
        canvas.relocate(snappedLeftInset(), snappedTopInset());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(Math.max(0, w));
            canvas.setHeight(Math.max(0, h));
            repaint();
        }
    }

    private Font small() {
        return Font.font(style.font().getFamily(), 0.8 * style.em());
    }

    private double pad() {
        return 0.6 * style.em();
    }

    /** Room on the left for the axis' two numbers. */
    private double left() {
        double[] r = range();
        return Math.max(fit.width(label(r[0]), small()), fit.width(label(r[1]), small())) + 0.4 * style.em();
    }

    private static String label(double v) {
        return String.format(Locale.ROOT, "%.2f", v).replace('-', '−');
    }

    private void repaint() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        gc.clearRect(0, 0, w, h);
        if (values.length == 0 || w <= 0 || h <= 0) {
            return;
        }
        double[] r = range();
        double left = left();
        gc.setFont(small());
        gc.setFill(style.muted.getValue());
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(label(r[1]), left - 0.3 * style.em(), yOf(r[1]));
        gc.fillText(label(r[0]), left - 0.3 * style.em(), yOf(r[0]));
        gc.setStroke(style.barTrack.getValue());
        gc.setLineWidth(1);
        gc.strokeLine(left, yOf(0), w - pad(), yOf(0));
        if (cursor >= 0 && cursor < values.length) {
            gc.setStroke(style.muted.getValue());
            gc.strokeLine(xOf(cursor), yOf(r[1]), xOf(cursor), yOf(r[0]));
        }
        gc.setStroke(style.node.getValue());
        gc.setLineWidth(style.lineWidth() / 2);
        gc.beginPath();
        for (int t = 0; t < values.length; t++) {
            if (t == 0) {
                gc.moveTo(xOf(t), yOf(values[t]));
            } else {
                gc.lineTo(xOf(t), yOf(values[t]));
            }
        }
        gc.stroke();
        double dot = 0.28 * style.em();
        for (int t = 0; t < values.length; t++) {
            double x = xOf(t);
            double y = yOf(values[t]);
            double d = t == cursor ? 1.8 * dot : dot;
            gc.setFill(scale == null ? style.node.getValue() : scale.colour(values[t]));
            gc.fillOval(x - d, y - d, 2 * d, 2 * d);
            gc.setStroke(style.node.getValue());
            gc.setLineWidth(t == cursor ? style.lineWidth() : 1);
            gc.strokeOval(x - d, y - d, 2 * d, 2 * d);
        }
    }
}
