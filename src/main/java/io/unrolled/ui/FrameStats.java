package io.unrolled.ui;

import io.unrolled.session.TrainingSession;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.animation.AnimationTimer;

/** Gaps between rendered frames while training runs, and the batches trained per second. */
final class FrameStats extends AnimationTimer {

    private final TrainingSession session;
    private final List<Double> gapsMs = new ArrayList<>();
    private long last;
    private long trainingNanos;

    FrameStats(TrainingSession session) {
        this.session = session;
    }

    @Override
    public void handle(long now) {
        boolean running = session.stateProperty().get() == TrainingSession.State.RUNNING;
        if (last != 0 && running) {
            gapsMs.add((now - last) / 1e6);
            trainingNanos += now - last;
        }
        last = now;
    }

    String summary() {
        if (gapsMs.isEmpty()) {
            return "frame-stats: no frames were rendered while training ran";
        }
        List<Double> sorted = new ArrayList<>(gapsMs);
        Collections.sort(sorted);
        double p50 = sorted.get(sorted.size() / 2);
        double p99 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
        double max = sorted.get(sorted.size() - 1);
        double batchesPerSecond = session.batchesSeenProperty().get() / (trainingNanos / 1e9);
        return String.format("frame-stats: %d frames while training, gap p50 %.1f ms, p99 %.1f ms, max %.1f ms; %.1f batches/s",
                sorted.size(), p50, p99, max, batchesPerSecond);
    }
}
