package io.unrolled.viz;

import io.unrolled.trace.DropoutTrace;
import javafx.beans.value.ObservableValue;

/**
 * Where the views get their train mode from: a switch, and the newest training-mode pass of the traced
 * sentence (the dropout mask the model used, and per step what AR and TAR average). The window adapts
 * its session to this; a {@link SentenceSource} that also implements it gives the views a train/eval switch.
 */
public interface TrainModeSource {

    /** Asks for train mode (a training pass with its dropout mask is made and kept fresh) or eval mode (none). */
    void setTrainMode(boolean on);

    /** The newest training-mode pass, on the FX thread; null in eval mode or before the first. */
    ObservableValue<DropoutTrace> dropout();

    /** Draws another mask (the next seed) for the next pass. */
    void nextMask();
}
