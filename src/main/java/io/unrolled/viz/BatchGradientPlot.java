package io.unrolled.viz;

import io.unrolled.trace.BatchGradients;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * ‖∂L/∂h_t‖ of the latest training batch across its steps, one line per layer on a log scale, with the
 * detach boundary drawn before the first step: how much of the batch's loss still reaches a hidden
 * state k steps back, up to where truncated BPTT cuts it. Layers differ by marker and dash as well as
 * colour.
 */
final class BatchGradientPlot extends Region {

    private final MemoryStyle style;
    private final Canvas canvas = new Canvas();
    private final TextFit fit = new TextFit();
    private BatchGradients shown;

    BatchGradientPlot(MemoryStyle style) {
        this.style = style;
        getStyleClass().add("batch-gradient-plot");
        getChildren().add(canvas);
        setMinSize(0, 0);
        for (var o : style.observables()) {
            o.addListener((obs, was, now) -> repaint());
        }
    }

    void show(BatchGradients g) {
        shown = g;
        repaint();
    }

    BatchGradients shown() {
        return shown;
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
            repaint();
        }
    }

    void repaint() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        gc.clearRect(0, 0, w, h);
        double em = style.em();
        var small = style.small();
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFill(style.text.getValue());
        if (shown == null) {
            gc.setFont(style.font());
            gc.fillText("‖∂L/∂h_t‖ per step appears here after the next training batch.", em / 2, h / 2);
            return;
        }
        String title = String.format(Locale.ROOT, "‖∂L/∂h_t‖ per step, %s batch %d (epoch %d), back to where it is cut (dashed)",
                shown.modelName(), shown.batch() + 1, shown.epoch());
        gc.setFont(fit.fit(title, style.bold(), w - em, em * 0.55));
        gc.fillText(title, em / 2, em * 0.75);
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (float[] layer : shown.norms()) {
            for (float v : layer) {
                if (v > 0) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (max <= 0) {
            return;
        }
        int hi = (int) Math.ceil(Math.log10(max) - 1e-9);
        int lo = Math.min(hi - 1, (int) Math.floor(Math.log10(min) + 1e-9));
        double axis = fit.width("1e-10", small) + em * 0.5;
        String[] names = new String[shown.layers()];
        double legend = 0;
        for (int l = 0; l < names.length; l++) {
            names[l] = shown.layers() == 1 ? "h" : "layer " + (l + 1);
            legend = Math.max(legend, fit.width(names[l], small) + em * 2.2);
        }
        double left = em / 2 + axis;
        double right = w - em / 2 - legend;
        double top = em * 1.6;
        double bottom = h - small.getSize() * 1.5;
        if (bottom - top < em || right - left < em * 4) {
            return;
        }
        gc.setFont(small);
        gc.setLineWidth(1);
        int every = (int) Math.ceil(small.getSize() * 1.1 / ((bottom - top) / (hi - lo)));
        for (int e = lo; e <= hi; e++) {
            double y = bottom - (bottom - top) * (e - lo) / (hi - lo);
            gc.setStroke(style.rule.getValue());
            gc.strokeLine(left, y, right, y);
            if ((hi - e) % every == 0) {
                gc.setFill(style.muted.getValue());
                gc.setTextAlign(TextAlignment.RIGHT);
                gc.fillText("1e" + e, left - em * 0.25, y);
            }
        }
        int steps = shown.steps();
        double slot = (right - left) / steps;
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setFill(style.muted.getValue());
        for (int t = 0; t < steps; t++) {
            gc.fillText(Integer.toString(t + 1), left + slot * (t + 0.5), bottom + small.getSize() * 0.75);
        }
        // the detach boundary: the state before step 1 came from the previous batch as a value
        gc.setStroke(style.detach.getValue());
        gc.setLineWidth(style.lineWidth() * 1.5);
        gc.setLineDashes(em * 0.4, em * 0.3);
        gc.strokeLine(left, top, left, bottom);
        gc.setLineDashes((double[]) null);
        for (int l = 0; l < shown.layers(); l++) {
            Color c = (l == 0 ? style.layer1 : style.layer2).getValue();
            gc.setStroke(c);
            gc.setFill(c);
            gc.setLineWidth(style.lineWidth() * 1.5);
            if (l > 0) {
                gc.setLineDashes(em * 0.5, em * 0.25);
            }
            float[] v = shown.norms()[l];
            double px = Double.NaN;
            double py = Double.NaN;
            for (int t = 0; t < steps; t++) {
                if (!(v[t] > 0)) {
                    px = Double.NaN;
                    continue;
                }
                double x = left + slot * (t + 0.5);
                double y = bottom - (bottom - top) * (Math.log10(v[t]) - lo) / (hi - lo);
                if (!Double.isNaN(px)) {
                    gc.strokeLine(px, py, x, y);
                }
                px = x;
                py = y;
            }
            gc.setLineDashes((double[]) null);
            double r = em * 0.22;
            for (int t = 0; t < steps; t++) {
                if (v[t] > 0) {
                    double x = left + slot * (t + 0.5);
                    double y = bottom - (bottom - top) * (Math.log10(v[t]) - lo) / (hi - lo);
                    marker(gc, l, x, y, r);
                }
            }
            double ly = top + em * (0.5 + 1.2 * l);
            marker(gc, l, right + em * 0.8, ly, r);
            gc.setFill(style.text.getValue());
            gc.setTextAlign(TextAlignment.LEFT);
            gc.fillText(names[l], right + em * 1.4, ly);
        }
        gc.setStroke(style.text.getValue());
        gc.setLineWidth(style.lineWidth());
        gc.strokeLine(left, bottom, right, bottom);
    }

    private static void marker(GraphicsContext gc, int layer, double x, double y, double r) {
        if (layer == 0) {
            gc.fillOval(x - r, y - r, 2 * r, 2 * r);
        } else {
            gc.fillRect(x - r, y - r, 2 * r, 2 * r);
        }
    }
}
