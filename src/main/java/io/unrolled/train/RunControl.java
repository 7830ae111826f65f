package io.unrolled.train;

import java.util.ArrayDeque;

/**
 * Pause, resume, single step and stop, asked for from any thread and obeyed by the trainer between
 * batches. A paused trainer waits here without spinning. Other work for the trainer thread (tracing a
 * sentence with the current weights) can be handed in too: it runs before the next batch, or at once
 * while the run is paused.
 */
public final class RunControl {

    private boolean paused;
    private boolean stopped;
    private int stepsAllowed;
    private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();

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

    /**
     * Hands {@code task} to the trainer thread, to run at its next turn: before the next batch, or at
     * once while paused. Returns false, and drops the task, when the run has been stopped; a run that
     * ends by itself drops what is still queued, so a caller that must see its task run also hands it
     * to whatever runs on the thread after the run.
     */
    public synchronized boolean runBetweenBatches(Runnable task) {
        if (stopped) {
            return false;
        }
        tasks.add(task);
        notifyAll();
        return true;
    }

    /** Blocks while paused, running any handed-in tasks meanwhile; returns false if the run must stop. */
    public boolean awaitTurn() {
        return awaitTurn(() -> { });
    }

    /**
     * As {@link #awaitTurn()}, and runs {@code onHold} once, on the calling thread, when it is about to
     * wait: from then on no batch trains until a resume or a step, so a window can say where the run
     * stopped (what it had received up to the pause button may be a few batches behind).
     */
    public boolean awaitTurn(Runnable onHold) {
        boolean[] told = {false};
        while (true) {
            Object next = nextTaskOrTurn(onHold, told);
            if (next instanceof Boolean go) {
                return go;
            }
            ((Runnable) next).run();   // outside the lock: a task may take a few milliseconds
        }
    }

    /** A task to run first, or whether the batch may go (decided under the same lock as the wait). */
    private synchronized Object nextTaskOrTurn(Runnable onHold, boolean[] told) {
        while (tasks.isEmpty() && !stopped && paused && stepsAllowed == 0) {
            if (!told[0]) {
                told[0] = true;
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
            tasks.clear();
            return Boolean.FALSE;
        }
        if (!tasks.isEmpty()) {
            return tasks.poll();
        }
        if (paused) {
            stepsAllowed--;
        }
        return Boolean.TRUE;
    }
}
