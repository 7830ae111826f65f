package io.unrolled.viz;

import io.unrolled.models.ModelKind;
import io.unrolled.trace.BatchGradients;
import io.unrolled.trace.MemoryTrace;
import java.nio.file.Path;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;

/**
 * Where the Memory view gets its numbers: the gradient flow of every prediction of the sentence the
 * Unrolled view traces, through the shown model and through a model to compare with, and ‖∂L/∂h_t‖ of
 * the latest training batch. The window adapts its session to this; the view never sees the trainer.
 */
public interface MemorySource {

    /** The shown model's flows for the Unrolled view's sentence, on the FX thread; null before the first. */
    ObservableValue<MemoryTrace> memory();

    /** The compared model's flows for the same words, or null when nothing is compared. */
    ObservableValue<MemoryTrace> compared();

    /** ‖∂L/∂h_t‖ of the newest batch measured while {@link #watchBatches} is on, or null. */
    ObservableValue<BatchGradients> batchGradients();

    /** Why the last compare request could not be met (no such run, a file that cannot be read), or null. */
    ObservableValue<String> problem();

    /** Whether a run is training (or paused) now: the per-batch plot shows only then. */
    ObservableValue<Boolean> training();

    /** Rungs with weights from a run of this session, which the compare switch offers. */
    ObservableList<ModelKind> trainedRungs();

    void compareWith(ModelKind kind);

    void compareWithFile(Path file);

    void compareOff();

    /** While the view shows: follow the sentence's traces. */
    void watch(boolean on);

    /** While the per-batch plot shows: the trainer measures ‖∂L/∂h_t‖ of every batch. */
    void watchBatches(boolean on);
}
