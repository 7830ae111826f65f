package io.unrolled.session;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Hands values from the trainer thread to the UI thread with at most one pending hand-off at a
 * time: however fast batches arrive, the UI thread is asked to run once and then receives
 * everything that piled up since, in order. The executor is injected (Platform::runLater in the
 * app, a direct or queued executor in tests), so nothing here needs the FX toolkit.
 */
public final class FxMailbox<T> {

    private static final ScheduledExecutorService DELAYER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fx-mailbox-delay");
        t.setDaemon(true);
        return t;
    });

    private final Executor ui;
    private final long minIntervalNanos;
    private final Consumer<List<T>> sink;
    private final ConcurrentLinkedQueue<T> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile long lastDrain;

    public FxMailbox(Executor ui, Consumer<List<T>> sink) {
        this(ui, 0, sink);
    }

    /**
     * @param minIntervalMillis the least time between two hand-offs: the window's software renderer
     *                          shares two cores with the trainer, so redrawing ten times a second
     *                          instead of sixty leaves the trainer its core
     */
    public FxMailbox(Executor ui, long minIntervalMillis, Consumer<List<T>> sink) {
        this.ui = ui;
        this.minIntervalNanos = TimeUnit.MILLISECONDS.toNanos(minIntervalMillis);
        this.sink = sink;
    }

    /** Called on the trainer thread. */
    public void post(T value) {
        pending.add(value);
        if (scheduled.compareAndSet(false, true)) {
            long wait = lastDrain + minIntervalNanos - System.nanoTime();
            if (minIntervalNanos == 0 || wait <= 0) {
                ui.execute(this::drain);
            } else {
                DELAYER.schedule(() -> ui.execute(this::drain), wait, TimeUnit.NANOSECONDS);
            }
        }
    }

    /** On the UI thread: delivers whatever is pending now, e.g. before announcing that a run ended. */
    public void drainNow() {
        drain();
    }

    private void drain() {
        lastDrain = System.nanoTime();
        scheduled.set(false);
        List<T> batch = new ArrayList<>();
        for (T v; (v = pending.poll()) != null; ) {
            batch.add(v);
        }
        if (!batch.isEmpty()) {
            sink.accept(batch);
        }
    }
}
