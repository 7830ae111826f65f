package io.unrolled.ui;

import io.unrolled.ui.LiveChart.Style;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Paints a {@link LiveChart}'s plot onto a canvas: the axes and grid, and each series in its style.
 * Kept apart from the chart's layout and series bookkeeping, and free of state, so that an export
 * can paint the same plot at another size.
 */
final class PlotPainter {

    private PlotPainter() {
    }

    /** Each stacked-area series' running sum and lower edge (null: the axis); null for the other series. */
    record Stacks(double[][] sums, double[][] lowerEdges) {
    }

    /** Running sums for the stacked-area series, in series order. */
    static Stacks stack(List<Style> styles, double[][][] data) {
        double[][] out = new double[data.length][];
        double[] running = null;
        double[][] lowerBands = new double[data.length][];
        for (int k = 0; k < data.length; k++) {
            if (styles.get(k) != Style.STACKED_AREA) {
                continue;
            }
            double[] ys = data[k][1];
            double[] sum = new double[ys.length];
            for (int i = 0; i < ys.length; i++) {
                sum[i] = ys[i] + (running != null && i < running.length ? running[i] : 0);
            }
            out[k] = sum;
            lowerBands[k] = running;
            running = sum;
        }
        return new Stacks(out, lowerBands);
    }

    /**
     * Draws one series with its legend swatch's stroke, width, dashes and opacity; {@code stackedYs}
     * and {@code lower} are its running sum and lower edge when it is a stacked band. False when there
     * was nothing to draw.
     */
    static boolean drawSeries(GraphicsContext g, Style style, Line swatch, double[][] pts, double[] stackedYs, double[] lower,
                              Axis ax, Axis ay, double baseY) {
        if (pts[0].length == 0 || style == Style.STACKED_AREA && allZero(pts[1])) {
            // a band of no height (AR and TAR on every rung but LMModel7): its outline would only retrace
            // the band below, and drawing it doubled the software renderer's time for this chart
            return false;
        }
        Paint stroke = swatch.getStroke() == null ? Color.GRAY : swatch.getStroke();
        g.setStroke(stroke);
        g.setLineWidth(swatch.getStrokeWidth());
        double[] dashes = swatch.getStrokeDashArray().stream().mapToDouble(Double::doubleValue).toArray();
        g.setLineDashes(dashes.length == 0 ? null : dashes);
        g.setGlobalAlpha(swatch.getOpacity());
        double[] xs = pts[0];
        double[] ys = stackedYs != null ? stackedYs : pts[1];
        // more points than pixel columns only costs time: keep about one per column
        // (markers and marks are few, and each one counts)
        int stride = Math.max(1, xs.length / Math.max(1, (int) Math.abs(ax.toPx() - ax.fromPx())));
        if (stride > 1 && (style == Style.LINE || style == Style.STACKED_AREA)) {
            xs = thin(xs, stride);
            ys = thin(ys, stride);
            lower = lower == null ? null : thin(lower, stride);
        }
        // one small method per style: the JIT compiles those quickly, a single big switch took it 0.4 s
        Paint fill = swatch.getFill() == null ? stroke : swatch.getFill();
        boolean drew = true;
        switch (style) {
            case LINE -> g.strokePolyline(ax.mapAll(xs), ay.mapAll(ys), xs.length);
            case STACKED_AREA -> drawBand(g, xs, ys, lower, ax, ay, baseY, fill);
            case LINE_MARKERS -> drawLineWithDots(g, ax.mapAll(xs), ay.mapAll(ys), swatch.getStrokeWidth() * 2, fill);
            case MARKERS -> drawSquares(g, ax.mapAll(xs), ay.mapAll(ys), swatch.getStrokeWidth() * 2.5, fill);
            case VERTICAL_LINES -> drew = drawVerticals(g, xs, ax, ay);
        }
        g.setGlobalAlpha(1);
        g.setLineDashes((double[]) null);
        return drew;
    }

    /** A band between the series below (or the axis) and this running sum, outlined on top. */
    private static void drawBand(GraphicsContext g, double[] xs, double[] ys, double[] lower, Axis ax, Axis ay,
                                 double baseY, Paint fill) {
        int n = xs.length;
        if (n == 0) {
            return;
        }
        double[] px = new double[2 * n];
        double[] py = new double[2 * n];
        for (int i = 0; i < n; i++) {
            px[i] = ax.map(xs[i]);
            py[i] = ay.map(ys[i]);
            px[2 * n - 1 - i] = px[i];
            py[2 * n - 1 - i] = lower == null || i >= lower.length ? baseY : ay.map(lower[i]);
        }
        g.setFill(fill);
        g.fillPolygon(px, py, 2 * n);
        g.strokePolyline(px, py, n);
    }

    private static void drawLineWithDots(GraphicsContext g, double[] px, double[] py, double r, Paint fill) {
        g.strokePolyline(px, py, px.length);
        g.setLineDashes((double[]) null);
        g.setFill(fill);
        for (int i = 0; i < px.length; i++) {
            g.fillOval(px[i] - r, py[i] - r, 2 * r, 2 * r);
            g.strokeOval(px[i] - r, py[i] - r, 2 * r, 2 * r);
        }
    }

    /**
     * A line from the bottom to the top of the plot at each x inside the x axis; one outside is left
     * out rather than clamped onto the edge, where it would look like a mark at the last batch.
     * Returns whether any line was drawn. The dashes are rectangles on whole pixels rather than a
     * stroke: Marlin rasterises a stroked line over every scanline it spans, and with a mark per epoch
     * that was a quarter of the software renderer's time in a long LMModel4 run; rectangles on whole
     * pixels are filled directly (renderer 1.33-1.48 s against 0.97-1.01 s per 6 s of training).
     */
    private static boolean drawVerticals(GraphicsContext g, double[] xs, Axis ax, Axis ay) {
        boolean drew = false;
        double top = Math.round(Math.min(ay.fromPx(), ay.toPx()));
        double bottom = Math.round(Math.max(ay.fromPx(), ay.toPx()));
        double[] dashes = g.getLineDashes();
        boolean dashed = dashes != null && dashes.length >= 2 && dashes[0] > 0 && dashes[1] >= 0;
        double on = dashed ? dashes[0] : bottom - top;
        double period = dashed ? dashes[0] + dashes[1] : Math.max(1, bottom - top);
        double width = g.getLineWidth();
        g.setFill(g.getStroke());
        for (double x : xs) {
            if (x > Math.min(ax.min(), ax.max()) && x < Math.max(ax.min(), ax.max())) {
                double left = Math.round(ax.map(x));
                for (double y = top; y < bottom; y += period) {
                    g.fillRect(left, y, width, Math.min(on, bottom - y));
                }
                drew = true;
            }
        }
        return drew;
    }

    private static void drawSquares(GraphicsContext g, double[] px, double[] py, double r, Paint fill) {
        g.setFill(fill);
        for (int i = 0; i < px.length; i++) {
            g.fillRect(px[i] - r, py[i] - r, 2 * r, 2 * r);
            g.strokeRect(px[i] - r, py[i] - r, 2 * r, 2 * r);
        }
    }

    private static boolean allZero(double[] v) {
        for (double x : v) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    private static double[] thin(double[] v, int stride) {
        double[] out = new double[(v.length + stride - 1) / stride];
        for (int i = 0; i < out.length; i++) {
            out[i] = v[Math.min(v.length - 1, i * stride)];
        }
        return out;
    }

    /** The grid, tick labels, the x axis's name and the frame; {@code text} and {@code grid} come from CSS. */
    static void drawAxes(GraphicsContext g, Font font, Paint text, Paint grid, String xName, Axis ax, Axis ay,
                         double left, double top, double pw, double ph) {
        g.setFont(font);
        g.setLineWidth(1);
        g.setStroke(grid);
        g.setFill(text);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (double v : ay.ticks(font.getSize() * 2.5)) {
            double y = Math.round(ay.map(v)) + 0.5;
            g.strokeLine(left, y, left + pw, y);
            g.fillText(Axis.label(v), left - font.getSize() * 0.4, y);
        }
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (double v : ax.ticks(font.getSize() * 4.5, 1)) {   // every x axis counts batches or epochs
            double x = Math.round(ax.map(v)) + 0.5;
            g.strokeLine(x, top, x, top + ph);
            g.fillText(Axis.label(v), x, top + ph + font.getSize() * 0.3);
        }
        g.fillText(xName, left + pw / 2, top + ph + font.getSize() * 1.4);
        g.setStroke(text);
        g.strokeRect(left + 0.5, top + 0.5, pw, ph);
    }

}
