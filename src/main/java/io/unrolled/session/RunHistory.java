package io.unrolled.session;

import io.unrolled.models.ModelKind;
import io.unrolled.train.EpochResult;
import io.unrolled.train.FitOutcome;
import io.unrolled.train.LiveHyperParams;
import io.unrolled.train.TrainConfig;
import java.math.BigDecimal;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The session's finished runs, newest first and a few at most, for the comparison overlays. */
final class RunHistory {

    private static final int KEPT = 6;
    private final ObservableList<RunRecord> runs = FXCollections.observableArrayList();
    private final ObservableList<RunRecord> view = FXCollections.unmodifiableObservableList(runs);
    private int finished;

    ObservableList<RunRecord> view() {
        return view;
    }

    /**
     * Keeps a run that went its whole course. A run stopped by hand or cut short by a divergence is
     * not kept: a few batches of it would push out the finished runs worth comparing. A run identical
     * to one already kept (same rung, settings and numbers, as the same seed gives) replaces it.
     *
     * @param started the run's configuration as it began
     * @param last    the knobs the trainer used last: the label gives these, and says so when a slider moved
     */
    void remember(ModelKind kind, TrainConfig started, LiveHyperParams.Values last, SeriesBuffer smoothed,
                  List<EpochResult> epochs, FitOutcome.Status status) {
        if (epochs.isEmpty() || status != FitOutcome.Status.COMPLETED) {
            return;
        }
        boolean knobsMoved = !last.equals(SliderKnobs.valuesOf(started));
        TrainConfig config = started.withLr(last.lrMax()).withWd(last.wd()).withRegularization(last.dropout(), last.alpha(), last.beta());
        double[] xs = new double[smoothed.size()];
        double[] ys = new double[smoothed.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = smoothed.x(i);
            ys[i] = smoothed.y(i);
        }
        double[] acc = epochs.stream().mapToDouble(EpochResult::accuracy).toArray();
        finished++;
        RunRecord run = new RunRecord(finished, kind, label(kind, config, knobsMoved, acc[acc.length - 1]), xs, ys, acc);
        runs.removeIf(kept -> kept.sameRunAs(run));
        runs.add(0, run);
        if (runs.size() > KEPT) {
            runs.remove(KEPT, runs.size());
        }
    }

    /** "#3 LMModel7 · seed 42 · lr 0.01 · p 0.40 α 2.0 β 1.0 · 86.9 %". */
    private String label(ModelKind kind, TrainConfig c, boolean knobsMoved, double accuracy) {
        String regularisation = kind.hasDropout() || c.alpha() + c.beta() > 0
                ? String.format(" · p %.2f α %.1f β %.1f", c.dropout(), c.alpha(), c.beta()) : "";
        String ending = knobsMoved ? " · sliders moved during the run" : "";
        String lr = new BigDecimal(String.format("%.3g", c.lrMax())).stripTrailingZeros().toPlainString();
        return String.format("#%d %s · seed %d · lr %s%s · %.1f %%%s", finished, kind.bookName(), c.seed(), lr,
                regularisation, 100 * accuracy, ending);
    }
}
