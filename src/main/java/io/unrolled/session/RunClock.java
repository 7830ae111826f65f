package io.unrolled.session;

import java.util.function.LongSupplier;

/**
 * Seconds a run has spent training. A pause stops the clock, so a run paused to explain a chart
 * does not come back with its time left inflated by the explanation.
 */
final class RunClock {

    private final LongSupplier nanoTime;
    private double bankedSeconds;
    private long runningSince = -1;       // -1 while stopped

    RunClock(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Back to zero, running or not. */
    void restart(boolean running) {
        bankedSeconds = 0;
        runningSince = running ? nanoTime.getAsLong() : -1;
    }

    /** Starts or stops the clock; asking for the state it is already in changes nothing. */
    void run(boolean running) {
        if (running && runningSince < 0) {
            runningSince = nanoTime.getAsLong();
        } else if (!running && runningSince >= 0) {
            bankedSeconds += (nanoTime.getAsLong() - runningSince) / 1e9;
            runningSince = -1;
        }
    }

    double seconds() {
        return bankedSeconds + (runningSince < 0 ? 0 : (nanoTime.getAsLong() - runningSince) / 1e9);
    }
}
