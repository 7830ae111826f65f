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
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** Live loss per batch (raw and fastai-smoothed), and per-epoch validation loss and accuracy against the book. */
final class ChartsPane extends HBox {

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
        getChildren().addAll(lossChart, epochChart);
        HBox.setHgrow(lossChart, Priority.ALWAYS);
        HBox.setHgrow(epochChart, Priority.ALWAYS);

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
    }
}
