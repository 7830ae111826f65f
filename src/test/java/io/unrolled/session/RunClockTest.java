package io.unrolled.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RunClockTest {

    private long now;
    private final RunClock clock = new RunClock(() -> now);

    private void advance(double seconds) {
        now += (long) (seconds * 1e9);
    }

    @Test
    void aPauseDoesNotCount() {
        clock.restart(true);
        advance(3);
        clock.run(false);
        advance(100);                 // paused to explain a chart
        assertEquals(3, clock.seconds(), 1e-9);
        clock.run(true);
        advance(2);
        assertEquals(5, clock.seconds(), 1e-9);
    }

    @Test
    void askingForTheStateItIsInChangesNothing() {
        clock.restart(true);
        advance(1);
        clock.run(true);           // a second "running" must not restart the stretch under way
        advance(1);
        assertEquals(2, clock.seconds(), 1e-9);
        clock.run(false);
        clock.run(false);
        assertEquals(2, clock.seconds(), 1e-9);
    }

    @Test
    void aRunStartedPausedWaitsForItsFirstResume() {
        clock.restart(false);
        advance(10);
        assertEquals(0, clock.seconds(), 1e-9);
        clock.run(true);
        advance(1.5);
        assertEquals(1.5, clock.seconds(), 1e-9);
        clock.restart(false);
        assertEquals(0, clock.seconds(), 1e-9, "a new run starts from zero");
    }
}
