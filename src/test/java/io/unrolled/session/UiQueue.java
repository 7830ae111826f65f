package io.unrolled.session;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** A stand-in for the FX thread: the test thread runs whatever was handed to the "UI". */
final class UiQueue implements Executor {

    private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();

    @Override
    public void execute(Runnable r) {
        tasks.add(r);
    }

    int pending() {
        return tasks.size();
    }

    /** Runs UI tasks until the condition holds; fails the test after the timeout. */
    void pumpUntil(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("condition not reached within " + timeout);
            }
            Runnable r = tasks.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)), TimeUnit.NANOSECONDS);
            if (r != null) {
                r.run();
            }
        }
    }
}
