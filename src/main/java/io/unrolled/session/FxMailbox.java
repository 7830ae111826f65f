package io.unrolled.session;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Hands values from the trainer thread to the UI thread with at most one pending hand-off at a
 * time: however fast batches arrive, the UI thread is asked to run once and then receives
 * everything that piled up since, in order. The executor is injected (Platform::runLater in the
 * app, a direct or queued executor in tests), so nothing here needs the FX toolkit.
 */
public final class FxMailbox<T> {

    private final Executor ui;
    private final Consumer<List<T>> sink;
    private final ConcurrentLinkedQueue<T> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    public FxMailbox(Executor ui, Consumer<List<T>> sink) {
        this.ui = ui;
        this.sink = sink;
    }

    /** Called on the trainer thread. */
    public void post(T value) {
        pending.add(value);
        if (scheduled.compareAndSet(false, true)) {
            ui.execute(this::drain);
        }
    }

    private void drain() {
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
