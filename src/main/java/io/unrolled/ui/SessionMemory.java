package io.unrolled.ui;

import io.unrolled.models.ModelKind;
import io.unrolled.session.MemoryWatch;
import io.unrolled.session.TrainingSession;
import io.unrolled.trace.BatchGradients;
import io.unrolled.trace.MemoryTrace;
import io.unrolled.viz.MemorySource;
import java.nio.file.Path;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;

/** The Memory view's numbers from the session's {@link MemoryWatch}; "training" while a run trains or is paused. */
final class SessionMemory implements MemorySource {

    private final MemoryWatch watch;
    private final ObservableValue<Boolean> training;

    SessionMemory(TrainingSession session) {
        this.watch = session.memory();
        this.training = session.stateProperty().map(s -> s == TrainingSession.State.RUNNING || s == TrainingSession.State.PAUSED);
    }

    @Override
    public ObservableValue<MemoryTrace> memory() {
        return watch.traceProperty();
    }

    @Override
    public ObservableValue<MemoryTrace> compared() {
        return watch.compareProperty();
    }

    @Override
    public ObservableValue<BatchGradients> batchGradients() {
        return watch.batchGradientsProperty();
    }

    @Override
    public ObservableValue<String> problem() {
        return watch.problemProperty();
    }

    @Override
    public ObservableValue<Boolean> training() {
        return training;
    }

    @Override
    public ObservableList<ModelKind> trainedRungs() {
        return watch.trainedRungs();
    }

    @Override
    public void compareWith(ModelKind kind) {
        watch.compareWith(kind);
    }

    @Override
    public void compareWithFile(Path file) {
        watch.compareWithFile(file);
    }

    @Override
    public void compareOff() {
        watch.compareOff();
    }

    @Override
    public void watch(boolean on) {
        watch.watch(on);
    }

    @Override
    public void watchBatches(boolean on) {
        watch.watchBatches(on);
    }
}
