package io.unrolled.viz;

import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The animation's clock: which step is shown ({@link #cursor()}) and how far its light has travelled
 * ({@link #phase()}: input 0, hidden state ⅓, output ⅔, the pulse to the next step by 1). Play runs the
 * steps one after another; stepping lights one step; scrubbing jumps without animating. The timer
 * runs only while something moves, so a still diagram costs no frames.
 */
final class StepClock {

    /** Seconds one step takes at speed 1. */
    static final double STEP_SECONDS = 1.2;

    private final IntegerProperty cursor = new SimpleIntegerProperty(0);
    private final DoubleProperty phase = new SimpleDoubleProperty(1);
    private final BooleanProperty playing = new SimpleBooleanProperty(false);
    private final DoubleProperty speed = new SimpleDoubleProperty(1);
    private int steps = 0;
    private final Runnable onFrame;
    private long last = -1;

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            double dt = last < 0 ? 0 : (now - last) / 1e9;
            last = now;
            advance(Math.min(dt, 0.1));
        }
    };

    StepClock(Runnable onFrame) {
        this.onFrame = onFrame;
    }

    IntegerProperty cursor() {
        return cursor;
    }

    DoubleProperty phase() {
        return phase;
    }

    BooleanProperty playing() {
        return playing;
    }

    DoubleProperty speed() {
        return speed;
    }

    int steps() {
        return steps;
    }

    /**
     * A new sentence of {@code n} steps. A re-trace of the same length (while training) keeps the cursor,
     * so the class keeps looking at the same word; a new length shows every step.
     */
    void setSteps(int n) {
        if (n == steps) {
            return;
        }
        steps = n;
        pause();
        cursor.set(Math.max(0, n - 1));
        phase.set(1);
    }

    void play() {
        if (steps == 0) {
            return;
        }
        if (cursor.get() >= steps - 1 && phase.get() >= 1) {
            cursor.set(0);   // from the end, play starts again from the first word
            phase.set(0);
        }
        playing.set(true);
        start();
    }

    void pause() {
        playing.set(false);
    }

    /**
     * The time keys every diagram tab shares: Left / Right step, Home / End jump, P plays or pauses.
     * True when {@code key} was one of them (and has been acted on).
     */
    boolean timeKey(javafx.scene.input.KeyCode key) {
        switch (key) {
            case LEFT -> stepBack();
            case RIGHT -> stepForward();
            case HOME -> jumpTo(0);
            case END -> jumpTo(steps() - 1);
            case P -> togglePlay();
            default -> {
                return false;
            }
        }
        return true;
    }

    void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** One step on, lit from its input. */
    void stepForward() {
        pause();
        if (cursor.get() < steps - 1) {
            cursor.set(cursor.get() + 1);
            phase.set(0);
            start();
        } else {
            phase.set(1);
        }
    }

    /** One step back, shown at once (light does not run backwards). */
    void stepBack() {
        pause();
        if (cursor.get() > 0) {
            cursor.set(cursor.get() - 1);
        }
        phase.set(1);
        onFrame.run();
    }

    /** Straight to step {@code t}, fully lit: the scrub bar and Home/End. */
    void jumpTo(int t) {
        if (steps == 0) {
            return;
        }
        pause();
        cursor.set(Math.max(0, Math.min(steps - 1, t)));
        phase.set(1);
        onFrame.run();
    }

    /** Moves the light on by {@code seconds} of wall time at the chosen speed. */
    void advance(double seconds) {
        double p = phase.get() + seconds * speed.get() / STEP_SECONDS;
        if (p >= 1 && playing.get() && cursor.get() < steps - 1) {
            cursor.set(cursor.get() + 1);
            p = 0;
        } else if (p >= 1) {
            p = 1;
            playing.set(false);
        }
        phase.set(p);
        onFrame.run();
        if (p >= 1 && !playing.get()) {
            timer.stop();
            last = -1;
        }
    }

    boolean moving() {
        return playing.get() || phase.get() < 1;
    }

    private void start() {
        last = -1;
        timer.start();
        onFrame.run();
    }
}
