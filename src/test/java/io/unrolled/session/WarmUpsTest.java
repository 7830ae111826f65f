package io.unrolled.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.unrolled.models.ModelKind;
import io.unrolled.train.Ladder;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Both threads are queues the test runs by hand, so every interleaving here is chosen, not timed. */
class WarmUpsTest {

    private final Deque<Runnable> trainerTasks = new ArrayDeque<>();
    private final Deque<Runnable> uiTasks = new ArrayDeque<>();
    private final Executor trainer = trainerTasks::add;
    private final Executor ui = uiTasks::add;
    private final WarmUps warmUps = new WarmUps(trainer, ui);

    private void runAll(Deque<Runnable> tasks) {
        while (!tasks.isEmpty()) {
            tasks.poll().run();
        }
    }

    @Test
    void aReplacedWarmUpLeavesTheWaitingActionToTheLatestOne() {
        AtomicInteger ready = new AtomicInteger();
        warmUps.start(ModelKind.LM4, Ladder.recipe(ModelKind.LM4), ready::incrementAndGet);
        warmUps.start(ModelKind.LM6, Ladder.recipe(ModelKind.LM6), () -> { });   // stops the first
        trainerTasks.poll().run();   // the first: stopped before its turn, so it builds nothing
        runAll(uiTasks);
        assertEquals(0, ready.get(), "the LMModel6 warm-up has not run yet");

        warmUps.stop();              // as Train does
        runAll(trainerTasks);
        runAll(uiTasks);
        assertEquals(1, ready.get());
    }

    @Test
    void aStoppedWarmUpStillReportsThatItEnded() {
        AtomicInteger ready = new AtomicInteger();
        warmUps.start(ModelKind.LM1, Ladder.recipe(ModelKind.LM1), ready::incrementAndGet);
        warmUps.stop();
        runAll(trainerTasks);
        runAll(uiTasks);
        assertEquals(1, ready.get());
        assertEquals(ModelKind.LM1, warmUps.lastRung());
        assertEquals(1, warmUps.started());
    }
}
