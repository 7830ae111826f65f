package io.unrolled.ui;

import io.unrolled.models.ModelKind;
import io.unrolled.session.SeriesBuffer;
import io.unrolled.session.TrainingSession;
import io.unrolled.train.BookRow;
import io.unrolled.train.EpochResult;
import io.unrolled.train.Ladder;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;

/**
 * The four charts: loss per batch with the validation loss per epoch, accuracy against the book
 * and the baseline, the loss broken into its parts, and the one-cycle schedule with a cursor.
 * The per-batch charts are canvas charts, redrawn at each hand-off from the trainer (at most ten a second).
 */
final class ChartsPane extends GridPane {

    final LiveChart lossChart = new LiveChart("Loss", "batch", "cross-entropy");
    final LiveChart epochChart = new LiveChart("Validation accuracy", "epoch", "accuracy");
    final LiveChart breakdownChart = new LiveChart("What the loss is made of", "batch", "loss");
    final LiveChart scheduleChart = new LiveChart("One-cycle schedule", "batch", "");
    private double[][] bookCurve = {{}, {}};
    private final TrainingSession session;
    private double[][] schedule = new double[0][];

    ChartsPane(TrainingSession session) {
        this.session = session;
        getStyleClass().add("charts");

        lossChart.add(new LiveChart.Series("batch loss", "loss-raw", LiveChart.Style.LINE, () -> arrays(session.rawLoss())));
        lossChart.add(new LiveChart.Series("smoothed (fastai)", "loss-smooth", LiveChart.Style.LINE, () -> arrays(session.smoothedLoss())));
        lossChart.add(new LiveChart.Series("valid loss per epoch", "loss-valid", LiveChart.Style.MARKERS, this::validLossPoints));
        // last of the chart's own series, so drawn under the current run (earlier runs' overlays go under it)
        lossChart.add(new LiveChart.Series("epoch starts", "epoch-start", LiveChart.Style.VERTICAL_LINES, this::epochStarts));

        breakdownChart.add(new LiveChart.Series("cross-entropy", "part-ce", LiveChart.Style.STACKED_AREA,
                () -> arrays(session.crossEntropyLoss())));
        breakdownChart.add(new LiveChart.Series("α·AR", "part-ar", LiveChart.Style.STACKED_AREA, () -> arrays(session.arTerm())));
        breakdownChart.add(new LiveChart.Series("β·TAR", "part-tar", LiveChart.Style.STACKED_AREA, () -> arrays(session.tarTerm())));
        breakdownChart.add(new LiveChart.Series("epoch starts", "epoch-start", LiveChart.Style.VERTICAL_LINES, this::epochStarts));

        scheduleChart.add(new LiveChart.Series("learning rate ÷ peak", "schedule-lr", LiveChart.Style.LINE, () -> column(1, true)));
        scheduleChart.add(new LiveChart.Series("momentum (β1)", "schedule-mom", LiveChart.Style.LINE, () -> column(2, false)));
        scheduleChart.addCursor("schedule-now");
        scheduleChart.fixYRange(0, 1.05);
        lossChart.sealOwnSeries();

        epochChart.add(new LiveChart.Series("your accuracy", "accuracy-yours", LiveChart.Style.LINE_MARKERS, this::accuracyPoints));
        epochChart.add(new LiveChart.Series("the book's run", "accuracy-book", LiveChart.Style.LINE, () -> bookCurve));
        epochChart.add(new LiveChart.Series("always \"thousand\" (15 %)", "accuracy-baseline", LiveChart.Style.LINE, this::baselinePoints));
        epochChart.fixYRange(0, 1);
        epochChart.sealOwnSeries();

        add(lossChart, 0, 0);
        add(epochChart, 1, 0);
        add(breakdownChart, 0, 1);
        add(scheduleChart, 1, 1);
        for (int k = 0; k < 2; k++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(c);
            // no percentages: a row as tall as its charts' floors, and each row gets half of what is left
            RowConstraints r = new RowConstraints();
            r.setVgrow(Priority.ALWAYS);
            getRowConstraints().add(r);
        }

        // the session hands batches over at most ten times a second, so each hand-off can redraw at
        // once; no animation timer keeps the FX thread pulsing (and off the trainer's core) in between
        // only what a hand-off changes is redrawn: the schedule's lines stay, its cursor moves
        session.batchesSeenProperty().addListener((o, was, now) -> redrawBatchCharts());
        session.epochs().addListener((ListChangeListener<EpochResult>) c -> redrawEpochCharts());
        session.modelProperty().addListener((o, was, kind) -> redrawReferences(kind));
    }

    /** The four charts, in reading order. */
    List<LiveChart> all() {
        return List.of(lossChart, epochChart, breakdownChart, scheduleChart);
    }

    private static double[][] arrays(SeriesBuffer s) {
        double[] xs = new double[s.size()];
        double[] ys = new double[s.size()];
        for (int i = 0; i < s.size(); i++) {
            xs[i] = s.x(i);
            ys[i] = s.y(i);
        }
        return new double[][] {xs, ys};
    }

    private double[][] accuracyPoints() {
        List<EpochResult> epochs = session.epochs();
        double[] xs = new double[epochs.size()];
        double[] ys = new double[epochs.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = epochs.get(i).epoch();
            ys[i] = epochs.get(i).accuracy();
        }
        return new double[][] {xs, ys};
    }

    private double[][] baselinePoints() {
        double last = Math.max(1, session.settings().epochs() - 1);
        return new double[][] {{0, last}, {Ladder.BASELINE_ACCURACY, Ladder.BASELINE_ACCURACY}};
    }

    private double[][] validLossPoints() {
        var last = session.lastMetricsProperty().get();
        int perEpoch = last == null ? 0 : last.batchesPerEpoch();
        List<EpochResult> epochs = session.epochs();
        double[] xs = new double[epochs.size()];
        double[] ys = new double[epochs.size()];
        for (int i = 0; i < epochs.size(); i++) {
            xs[i] = (epochs.get(i).epoch() + 1.0) * perEpoch;
            ys[i] = epochs.get(i).validLoss();
        }
        return new double[][] {xs, ys};
    }

    private double[][] epochStarts() {
        var last = session.lastMetricsProperty().get();
        return last == null ? new double[][] {{}, {}} : epochStarts(last.iteration(), last.batchesPerEpoch());
    }

    /**
     * Where each epoch after the first began, once it has: halfway between its first batch and the
     * previous epoch's last, as batches are numbered from 1. The raw loss jumps there on the
     * stateful rungs, whose hidden state is reset at each epoch's start.
     */
    static double[][] epochStarts(long batchesDone, int perEpoch) {
        if (perEpoch <= 0 || batchesDone <= perEpoch) {
            return new double[][] {{}, {}};
        }
        int n = (int) ((batchesDone - 1) / perEpoch);
        double[] xs = new double[n];
        for (int k = 1; k <= n; k++) {
            xs[k - 1] = (double) k * perEpoch + 0.5;
        }
        return new double[][] {xs, new double[n]};
    }

    /** Column {@code c} of the schedule rows; the learning rate is shown as a fraction of its peak. */
    private double[][] column(int c, boolean relative) {
        double peak = session.knobs().lrMax();
        double[] xs = new double[schedule.length];
        double[] ys = new double[schedule.length];
        for (int i = 0; i < schedule.length; i++) {
            xs[i] = schedule[i][0];
            ys[i] = relative ? schedule[i][c] / peak : schedule[i][c];
        }
        return new double[][] {xs, ys};
    }

    /** As many overlay styles as runs are kept (base.css .overlay-0 to -5), so no two shown runs look alike. */
    private static final int OVERLAY_STYLES = 6;

    /** The style class a past run is drawn in, on the charts and beside its tick box. */
    static String overlayStyle(io.unrolled.session.RunRecord r) {
        return "overlay-" + (r.number() % OVERLAY_STYLES);
    }

    /** Draws earlier runs under the current one: smoothed loss and accuracy, each in its own overlay style. */
    void showOverlays(List<io.unrolled.session.RunRecord> runs) {
        List<LiveChart.Series> loss = new ArrayList<>();
        List<LiveChart.Series> acc = new ArrayList<>();
        for (io.unrolled.session.RunRecord r : runs) {
            String style = overlayStyle(r);
            String name = r.label();   // its settings too: "dropout 0 against 0.4" must be told apart on the chart
            loss.add(new LiveChart.Series(name, style, LiveChart.Style.LINE, () -> new double[][] {r.batches(), r.smoothedLoss()}));
            double[] a = r.accuracies();
            double[] epochsX = new double[a.length];
            for (int e = 0; e < a.length; e++) {
                epochsX[e] = e;
            }
            acc.add(new LiveChart.Series(name, style, LiveChart.Style.LINE_MARKERS, () -> new double[][] {epochsX, a}));
        }
        lossChart.setOverlays(loss);
        epochChart.setOverlays(acc);
    }

    private void redrawBatchCharts() {
        lossChart.redraw();
        breakdownChart.redraw();
        var last = session.lastMetricsProperty().get();
        scheduleChart.moveCursor(last == null ? Double.NaN : last.iteration());
    }

    private void redrawEpochCharts() {
        epochChart.redraw();
        lossChart.redraw();      // the validation loss markers
    }

    /** Draws the schedule of the next run before it starts. */
    void redrawSchedule() {
        showPeakLr();
        schedule = session.schedule();
        scheduleChart.redraw();
        redrawEpochCharts();
        redrawBatchCharts();
    }

    /** The schedule is drawn as a fraction of its peak, so the title gives the peak itself (lr field × multiplier). */
    void showPeakLr() {
        scheduleChart.setTitle("One-cycle schedule · peak lr " + Axis.label(session.knobs().lrMax()));
    }

    /**
     * The book's curve and the schedule. The schedule needs the data set's size, which takes building
     * the data set (0.1 s), so the window calls this once it is on screen.
     */
    void redrawReferences(ModelKind kind) {
        List<BookRow> rows = Ladder.bookTable(kind);
        bookCurve = new double[][] {rows.stream().mapToDouble(BookRow::epoch).toArray(),
            rows.stream().mapToDouble(BookRow::accuracy).toArray()};
        redrawSchedule();
    }
}
