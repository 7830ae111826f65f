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
        while (!stopped && paused && stepsAllowed == 0) {
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
