package io.unrolled.ui;

import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.scene.Group;
import javafx.scene.Scene;

/**
 * Draws a chart nobody sees, once a frame for a short while after the window is up, while the
 * trainer warms up too. The JIT then has compiled the drawing code (LiveChart, the canvas, the
 * software renderer's rasteriser) before the first run, instead of compiling it on the trainer's
 * second core while the first run's charts draw.
 */
final class ChartWarmUp {

    private static final int POINTS = 700;   // about a 15-epoch LMModel4 run: one point per batch
    private static final int PER_EPOCH = 49;  // Human Numbers' training batches per epoch
    /** A backstop in case the trainer's warm-up never reports back: about five seconds of frames. */
    static final int MAX_ROUNDS = 300;

    private final LiveChart chart = new LiveChart("warm-up", "batch", "loss");
    private final double[][] raw = curve(0.35);
    private final double[][] smooth = curve(0);
    private final javafx.scene.image.WritableImage image = new javafx.scene.image.WritableImage(420, 220);
    private int rounds;

    ChartWarmUp(List<String> stylesheets) {
        chart.add(new LiveChart.Series("raw", "loss-raw", LiveChart.Style.LINE, () -> raw));
        chart.add(new LiveChart.Series("smooth", "loss-smooth", LiveChart.Style.LINE, () -> smooth));
        chart.add(new LiveChart.Series("ce", "part-ce", LiveChart.Style.STACKED_AREA, () -> smooth));
        // made once: the suppliers run at every round
        double[][] penalty = scaled(smooth, 0.1);
        double[][] perEpoch = sparse(smooth);
        double[][] valid = sparse(raw);
        double[][] epochStarts = ChartsPane.epochStarts(POINTS, PER_EPOCH);
        chart.add(new LiveChart.Series("ar", "part-ar", LiveChart.Style.STACKED_AREA, () -> penalty));
        chart.add(new LiveChart.Series("book", "accuracy-book", LiveChart.Style.LINE_MARKERS, () -> perEpoch));
        chart.add(new LiveChart.Series("valid", "loss-valid", LiveChart.Style.MARKERS, () -> valid));
        chart.add(new LiveChart.Series("epochs", "epoch-start", LiveChart.Style.VERTICAL_LINES, () -> epochStarts));
        // a scene of its own, never in a window: CSS styles the series as in the real charts;
        // the size of one chart in a 1440x900 window
        Scene scene = new Scene(new Group(chart), 420, 220);
        scene.getStylesheets().setAll(stylesheets);
        chart.resize(420, 220);
    }

    /** Draws and renders the chart once a frame until {@code stillWarming} says stop (or {@link #MAX_ROUNDS}). */
    void runWhile(java.util.function.BooleanSupplier stillWarming) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (!stillWarming.getAsBoolean() || rounds >= MAX_ROUNDS) {
                    stop();
                    return;
                }
                chart.applyCss();
                chart.layout();
                chart.drawNow();
                try {
                    chart.snapshot(null, image);   // renders the canvas through Prism, as a frame would
                } catch (java.util.concurrent.RejectedExecutionException closing) {
                    // the window is closing and its renderer takes no more work: nothing left to warm up
                    stop();
                    return;
                }
                rounds++;
            }
        }.start();
    }

    /** How many times the chart was drawn and rendered; FX thread. */
    int rounds() {
        return rounds;
    }

    /** Points the chart drew in its first series, at its last round. */
    int drawnPoints() {
        return chart.drawnPoints(0);
    }

    private static double[][] curve(double noise) {
        double[] xs = new double[POINTS];
        double[] ys = new double[POINTS];
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < POINTS; i++) {
            xs[i] = i;
            ys[i] = 3.4 * Math.exp(-i / 120.0) + 0.6 + noise * r.nextGaussian();
        }
        return new double[][] {xs, ys};
    }

    private static double[][] scaled(double[][] c, double f) {
        double[] ys = c[1].clone();
        for (int i = 0; i < ys.length; i++) {
            ys[i] *= f;
        }
        return new double[][] {c[0], ys};
    }

    private static double[][] sparse(double[][] c) {
        int n = c[0].length / PER_EPOCH;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = c[0][i * PER_EPOCH];
            ys[i] = c[1][i * PER_EPOCH];
        }
        return new double[][] {xs, ys};
    }
}
