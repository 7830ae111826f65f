package io.unrolled.session;

import io.unrolled.session.RunProgress.Phase;
import io.unrolled.session.TrainingSession.State;
import io.unrolled.train.StepMetrics;
import java.util.List;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Keeps the window's {@link RunProgress} up to date on the UI thread, from the batches handed over
 * and the run's state. Times come from a {@link RunClock}, so pauses do not count.
 */
final class ProgressReport {

    private final ReadOnlyObjectWrapper<RunProgress> progress = new ReadOnlyObjectWrapper<>(RunProgress.NONE);
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
            double secondsPerBatch = clock.seconds() / Math.max(1, newest.iteration());   // iteration counts batches done
            epoch = newest.epoch();
            epochStartSeconds = clock.seconds() - (newest.batch() + 1) * secondsPerBatch;
        }
        last = newest;
        show(state);
    }

    /** Brings everything up to date with the run's state: a pause stops the clock, an end shows the whole time. */
    void show(State state) {
        clock.run(state == State.RUNNING);
        if (last == null) {
            progress.set(RunProgress.NONE);
            return;
        }
        Phase phase = switch (state) {
            case RUNNING -> Phase.RUNNING;
            case FINISHED -> Phase.FINISHED;
            default -> Phase.HALTED;
        };
        double seconds = clock.seconds();
        progress.set(RunProgress.of(last, seconds, seconds - epochStartSeconds, phase));
    }

    ReadOnlyObjectProperty<RunProgress> property() {
        return progress.getReadOnlyProperty();
    }
}
