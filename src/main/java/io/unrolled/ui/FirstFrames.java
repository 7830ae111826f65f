package io.unrolled.ui;

import javafx.animation.AnimationTimer;

/** Work that should wait until the window's first frame is on screen. */
final class FirstFrames {

    private FirstFrames() {
    }

    /**
     * Runs {@code action} on the FX thread at the third pulse from now. A pulse waits for the
     * previous frame's rendering, so by then the first frame has been drawn.
     */
    static void then(Runnable action) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 3) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}
