package io.unrolled.ui;

import io.unrolled.launch.LaunchTime;
import io.unrolled.session.TrainingSession;
import io.unrolled.train.EpochTiming;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import javafx.animation.AnimationTimer;

/**
 * What {@code --frame-stats} prints at exit: how soon the window was up, the gaps between rendered
 * frames while training ran, and the training speed measured the way {@code bench} measures it.
 */
final class FrameStats extends AnimationTimer {

    private final TrainingSession session;
    private final List<Double> gapsMs = new ArrayList<>();
    private final List<Double> gapEndsMs = new ArrayList<>();   // when each gap ended, in ms of training
    private final long toolkitReadyMs;
    private final long shownMs;
    private long paintedMs = -1;
    private long warmedUpMs = -1;
    private long last;
    private long trainingNanos;

    /** Times are in ms since launch. */
    FrameStats(TrainingSession session, long toolkitReadyMs, long shownMs) {
        this.session = session;
        this.toolkitReadyMs = toolkitReadyMs;
        this.shownMs = shownMs;
    }

    @Override
    public void handle(long now) {
        boolean running = session.stateProperty().get() == TrainingSession.State.RUNNING;
        if (last != 0 && running) {
            gapsMs.add((now - last) / 1e6);
            trainingNanos += now - last;
            gapEndsMs.add(trainingNanos / 1e6);
        }
        last = now;
    }

    private java.util.function.Supplier<String> view = () -> "";

    /** What the view on show says about its own drawing, printed after the frame gaps. */
    void describeView(java.util.function.Supplier<String> view) {
        this.view = view;
    }

    void windowPainted(long msSinceLaunch) {
        paintedMs = msSinceLaunch;
    }

    void warmedUp(long msSinceLaunch) {
        warmedUpMs = msSinceLaunch;
    }

    /** The {@code n} longest gaps with when they ended, e.g. "52 ms at 0.03 s, 41 ms at 1.60 s" (time of training). */
    private String longest(int n) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < gapsMs.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(gapsMs.get(b), gapsMs.get(a)));
        return order.stream().limit(n)
                .map(i -> String.format("%.0f ms at %.2f s", gapsMs.get(i), gapEndsMs.get(i) / 1000))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    String summary() {
        String warm = warmedUpMs < 0 ? "" : String.format("; trainer warmed up at %d ms", warmedUpMs);
        String startup = String.format("frame-stats: window painted %d ms after launch (this JVM started at %d ms, toolkit ready at %d ms, shown at %d ms)%s%n",
                paintedMs, LaunchTime.thisJvmStarted(), toolkitReadyMs, shownMs, warm);
        String shown = view.get().isEmpty() ? "" : System.lineSeparator() + "frame-stats: " + view.get();
        if (gapsMs.isEmpty()) {
            return startup + "frame-stats: no frames were rendered while training ran" + shown;
        }
        List<Double> sorted = new ArrayList<>(gapsMs);
        Collections.sort(sorted);
        double p50 = sorted.get(sorted.size() / 2);
        double p99 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
        double max = sorted.get(sorted.size() - 1);
        double batchesPerSecond = session.batchesSeenProperty().get() / (trainingNanos / 1e9);
        OptionalDouble epochSeconds = EpochTiming.medianAfterWarmUp(session.epochs());
        String perEpoch = epochSeconds.isPresent()
                ? String.format("; median %.3f s per epoch after the first (as bench)", epochSeconds.getAsDouble()) : "";
        String epochTimes = session.epochs().stream().map(e -> String.format("%.2f", e.seconds()))
                .collect(java.util.stream.Collectors.joining(" "));
        return startup + "frame-stats: seconds per epoch " + epochTimes + System.lineSeparator()
                + "frame-stats: longest gaps " + longest(3) + System.lineSeparator()
                + String.format("frame-stats: %d frames while training, gap p50 %.1f ms, p99 %.1f ms, max %.1f ms; %.1f batches/s%s",
                sorted.size(), p50, p99, max, batchesPerSecond, perEpoch) + shown;
    }
}
