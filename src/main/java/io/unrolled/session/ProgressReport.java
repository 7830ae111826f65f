package io.unrolled.session;

import io.unrolled.session.TrainingSession.State;
import io.unrolled.train.StepMetrics;
import java.util.List;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * How far the run has come, as the window shows it: the status bar's bar and line, and fastai's two
 * bars under the epoch table. UI thread only; times come from a {@link RunClock}, so pauses do not count.
 */
final class ProgressReport {

    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper line = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<RunProgress> bars = new ReadOnlyObjectWrapper<>(RunProgress.NONE);
    private final RunClock clock;
    private StepMetrics last;
    private int epoch;
    private double epochStartSeconds;

    ProgressReport(LongSupplier nanoTime) {
        clock = new RunClock(nanoTime);
        clear();
    }

    /** A new run: nothing to show yet, and its clock starts now (or at its first resume, if it starts paused). */
    void restart(boolean running) {
        clear();
        clock.restart(running);
    }

    void clear() {
        last = null;
        epoch = -1;
        clock.restart(false);
        show(State.IDLE);
    }

    /** The batches of one hand-off, oldest first. */
    void onBatches(List<StepMetrics> batches, State state) {
        StepMetrics newest = batches.get(batches.size() - 1);
        if (newest.epoch() != epoch) {
            // the epoch began before this hand-off: date its start back by its batches at the run's average pace
            double secondsPerBatch = clock.seconds() / (newest.iteration() + 1);
            epoch = newest.epoch();
            epochStartSeconds = clock.seconds() - (newest.batch() + 1) * secondsPerBatch;
        }
        last = newest;
        show(state);
    }

    /** Brings everything up to date with the run's state: a pause stops the clock, an end shows the whole time. */
    void show(State state) {
        boolean running = state == State.RUNNING;
        clock.run(running);
        if (last == null) {
            fraction.set(0);
            line.set("");
            bars.set(RunProgress.NONE);
            return;
        }
        double seconds = clock.seconds();
        fraction.set(last.progress());
        line.set(ProgressLine.of(last, seconds, running));
        bars.set(RunProgress.of(last, seconds, seconds - epochStartSeconds, state == State.FINISHED));
    }

    ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    ReadOnlyStringProperty lineProperty() {
        return line.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<RunProgress> barsProperty() {
        return bars.getReadOnlyProperty();
    }
}
