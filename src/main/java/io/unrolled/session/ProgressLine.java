package io.unrolled.session;

import io.unrolled.train.StepMetrics;

/**
 * The status bar's progress text: "epoch 3/15 · about 0:42 left", or "epoch 15/15 · took 0:21" once
 * done. It stays short so the status message beside it keeps its room; the batches are in fastai's bars.
 */
final class ProgressLine {

    private ProgressLine() {
    }

    /**
     * @param elapsedSeconds time since the run started; the time left is extrapolated from it
     * @param running        a paused or stopped run has no time left to show, a finished one its whole time
     */
    static String of(StepMetrics m, double elapsedSeconds, boolean running) {
        double p = m.progress();
        String time;
        if (running) {
            time = p <= 0 ? "" : " · about " + clock(elapsedSeconds * (1 - p) / p) + " left";
        } else {
            time = p >= 1 ? " · took " + clock(elapsedSeconds) : "";
        }
        return String.format("epoch %d/%d%s", m.epoch() + 1, m.epochs(), time);
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return String.format("%d:%02d", s / 60, s % 60);
    }
}
