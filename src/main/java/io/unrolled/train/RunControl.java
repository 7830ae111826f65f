package io.unrolled.train;

/**
 * Pause, resume, single step and stop, asked for from any thread and obeyed by the trainer between
 * batches. A paused trainer waits here without spinning.
 */
public final class RunControl {

    private boolean paused;
    private boolean stopped;
    private int stepsAllowed;

    public synchronized void pause() {
        paused = true;
        notifyAll();
    }

    public synchronized void resume() {
        paused = false;
        notifyAll();
    }

    /** Lets exactly one more batch run, then stays paused. */
    public synchronized void stepOnce() {
        paused = true;
        stepsAllowed++;
        notifyAll();
    }

    public synchronized void stop() {
        stopped = true;
        notifyAll();
    }

    public synchronized boolean isPaused() {
        return paused;
    }

    public synchronized boolean isStopped() {
        return stopped;
    }

    /** Blocks while paused; returns false if the run must stop instead of taking the next batch. */
    public synchronized boolean awaitTurn() {
        return awaitTurn(() -> { });
    }

    /**
     * As {@link #awaitTurn()}, and runs {@code onHold} once, on the calling thread, when it is about to
     * wait: from then on no batch trains until a resume or a step, so a window can say where the run
     * stopped (what it had received up to the pause button may be a few batches behind).
     */
    public synchronized boolean awaitTurn(Runnable onHold) {
        boolean told = false;
        while (!stopped && paused && stepsAllowed == 0) {
            if (!told) {
                told = true;
                onHold.run();
            }
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopped = true;
            }
        }
        if (stopped) {
            return false;
        }
        if (paused) {
            stepsAllowed--;
        }
        return true;
    }
}
