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
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.chart.StackedAreaChart;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;

/** Live loss per batch (raw and fastai-smoothed), and per-epoch validation loss and accuracy against the book. */
final class ChartsPane extends GridPane {

    private static final int MAX_POINTS = 300;
    /** Charts redraw at most this often: a LineChart layout costs milliseconds, batches come 20-100 times a second. */
    private static final long REDRAW_NANOS = 125_000_000L;

    final LineChart<Number, Number> lossChart;
    final LineChart<Number, Number> epochChart;
    private final XYChart.Series<Number, Number> raw = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> smooth = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> validLoss = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> accuracy = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> bookAccuracy = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> baseline = new XYChart.Series<>();
    final StackedAreaChart<Number, Number> breakdownChart;
    final LineChart<Number, Number> scheduleChart;
    private final XYChart.Series<Number, Number> ce = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> ar = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> tar = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> lrLine = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> momLine = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> cursor = new XYChart.Series<>();
    private final TrainingSession session;
    private boolean lossDirty;
    private long lastDraw;

    ChartsPane(TrainingSession session) {
        this.session = session;
        getStyleClass().add("charts");
        raw.setName("batch loss");
        smooth.setName("smoothed (fastai)");
        validLoss.setName("valid loss (end of epoch)");
        lossChart = chart("Loss", "batch", "cross-entropy");
        lossChart.getData().addAll(List.of(raw, smooth, validLoss));
        lossChart.getStyleClass().add("loss-chart");
        lossChart.setCreateSymbols(true);
        accuracy.setName("your accuracy");
        bookAccuracy.setName("the book's run");
        baseline.setName("always \"thousand\" (15 %)");
        epochChart = chart("Validation accuracy", "epoch", "accuracy");
        epochChart.getData().addAll(List.of(accuracy, bookAccuracy, baseline));
        epochChart.getStyleClass().add("accuracy-chart");
        epochChart.setCreateSymbols(true);
        ce.setName("cross-entropy");
        ar.setName("α·AR");
        tar.setName("β·TAR");
        NumberAxis bx = new NumberAxis();
        bx.setLabel("batch");
        bx.setForceZeroInRange(false);
        NumberAxis by = new NumberAxis();
        by.setLabel("loss");
        breakdownChart = new StackedAreaChart<>(bx, by);
        breakdownChart.setTitle("What the loss is made of");
        breakdownChart.setAnimated(false);
        breakdownChart.setCreateSymbols(false);
        breakdownChart.getData().addAll(List.of(ce, ar, tar));
        breakdownChart.getStyleClass().add("breakdown-chart");
        lrLine.setName("learning rate ÷ peak");
        momLine.setName("momentum (β1)");
        cursor.setName("now");
        scheduleChart = chart("One-cycle schedule", "batch", "");
        scheduleChart.getData().addAll(List.of(lrLine, momLine, cursor));
        scheduleChart.getStyleClass().add("schedule-chart");
        ((NumberAxis) scheduleChart.getYAxis()).setAutoRanging(false);
        ((NumberAxis) scheduleChart.getYAxis()).setLowerBound(0);
        ((NumberAxis) scheduleChart.getYAxis()).setUpperBound(1.05);
        ((NumberAxis) scheduleChart.getYAxis()).setTickUnit(0.25);

        add(lossChart, 0, 0);
        add(epochChart, 1, 0);
        add(breakdownChart, 0, 1);
        add(scheduleChart, 1, 1);
        for (int k = 0; k < 2; k++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            r.setVgrow(Priority.ALWAYS);
            getRowConstraints().add(r);
        }
        ChartHover.install(lossChart, "batch");
        ChartHover.install(epochChart, "epoch");
        ChartHover.install(breakdownChart, "batch");
        ChartHover.install(scheduleChart, "batch");

        session.batchesSeenProperty().addListener((o, was, now) -> lossDirty = true);
        new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                if (lossDirty && now - lastDraw >= REDRAW_NANOS) {
                    lossDirty = false;
                    lastDraw = now;
                    redrawLoss();
                }
            }
        }.start();
        session.epochs().addListener((ListChangeListener<EpochResult>) c -> redrawEpochs());
        session.modelProperty().addListener((o, was, kind) -> redrawReferences(kind));
        redrawReferences(session.modelProperty().get());
    }

    private static LineChart<Number, Number> chart(String title, String x, String y) {
        NumberAxis xAxis = new NumberAxis();
        xAxis.setLabel(x);
        xAxis.setForceZeroInRange(false);
        NumberAxis yAxis = new NumberAxis();
        yAxis.setLabel(y);
        LineChart<Number, Number> c = new LineChart<>(xAxis, yAxis);
        c.setTitle(title);
        c.setAnimated(false);
        c.setCreateSymbols(false);
        return c;
    }

    /** Rebuilds the loss lines from the session's bounded series, thinned to what a chart can show. */
    private void redrawLoss() {
        raw.getData().setAll(points(session.rawLoss()));
        smooth.getData().setAll(points(session.smoothedLoss()));
        ce.getData().setAll(points(session.crossEntropyLoss()));
        ar.getData().setAll(points(session.arTerm()));
        tar.getData().setAll(points(session.tarTerm()));
        var last = session.lastMetricsProperty().get();
        double now = last == null ? 0 : last.iteration();
        cursor.getData().setAll(List.of(new XYChart.Data<>(now, 0), new XYChart.Data<>(now, 1.05)));
    }

    /** Draws the schedule of the next run before it starts. */
    void redrawSchedule() {
        List<XYChart.Data<Number, Number>> lr = new ArrayList<>();
        List<XYChart.Data<Number, Number>> mom = new ArrayList<>();
        double[][] rows = session.schedule();
        double peak = session.knobs().lrMax();
        for (double[] r : rows) {
            lr.add(marker(r[0], r[1] / peak));
            mom.add(marker(r[0], r[2]));
        }
        lrLine.getData().setAll(lr);
        momLine.getData().setAll(mom);
    }

    private static XYChart.Data<Number, Number> marker(double x, double y) {
        XYChart.Data<Number, Number> d = new XYChart.Data<>(x, y);
        d.setNode(new javafx.scene.Group());
        return d;
    }

    private static List<XYChart.Data<Number, Number>> points(SeriesBuffer s) {
        int step = Math.max(1, (s.size() + MAX_POINTS - 1) / MAX_POINTS);
        List<XYChart.Data<Number, Number>> out = new ArrayList<>(s.size() / step + 1);
        for (int i = 0; i < s.size(); i += step) {
            XYChart.Data<Number, Number> d = new XYChart.Data<>(s.x(i), s.y(i));
            d.setNode(new javafx.scene.Group());   // a line without a marker per batch
            out.add(d);
        }
        return out;
    }

    private void redrawEpochs() {
        List<XYChart.Data<Number, Number>> loss = new ArrayList<>();
        List<XYChart.Data<Number, Number>> acc = new ArrayList<>();
        var last = session.lastMetricsProperty().get();
        int perEpoch = last == null ? 0 : last.batchesPerEpoch();
        for (EpochResult r : session.epochs()) {
            loss.add(new XYChart.Data<>((r.epoch() + 1) * perEpoch, r.validLoss()));
            acc.add(new XYChart.Data<>(r.epoch(), r.accuracy()));
        }
        validLoss.getData().setAll(loss);
        accuracy.getData().setAll(acc);
    }

    private void redrawReferences(ModelKind kind) {
        List<XYChart.Data<Number, Number>> book = new ArrayList<>();
        for (BookRow row : Ladder.bookTable(kind)) {
            book.add(new XYChart.Data<>(row.epoch(), row.accuracy()));
        }
        bookAccuracy.getData().setAll(book);
        int last = Math.max(1, session.settings().epochs() - 1);
        baseline.getData().setAll(List.of(new XYChart.Data<>(0, Ladder.BASELINE_ACCURACY),
                new XYChart.Data<>(last, Ladder.BASELINE_ACCURACY)));
        redrawEpochs();
        redrawLoss();
        redrawSchedule();
    }
}
