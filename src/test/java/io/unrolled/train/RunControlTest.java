package io.unrolled.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Work handed to the trainer thread runs there between batches, and at once while the run is paused. */
class RunControlTest {

    @Test
    void aTaskHandedInWhilePausedRunsOnTheWaitingThreadWithoutLettingABatchGo() throws Exception {
        RunControl control = new RunControl();
        control.pause();
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        CountDownLatch ran = new CountDownLatch(1);
        Thread trainer = new Thread(control::awaitTurn, "trainer");
        trainer.start();
        assertTrue(control.runBetweenBatches(() -> {
            ranOn.set(Thread.currentThread());
            ran.countDown();
        }));
        assertTrue(ran.await(10, TimeUnit.SECONDS), "the paused trainer ran the task");
        assertEquals(trainer, ranOn.get());
        trainer.join(300);
        assertTrue(trainer.isAlive(), "still paused: the task was not a turn");
        control.stepOnce();
        trainer.join(10_000);
        assertFalse(trainer.isAlive(), "a step lets the batch go");
    }

    @Test
    void aTaskRunsBeforeTheNextBatchOfARunningTrainer() {
        RunControl control = new RunControl();
        StringBuilder order = new StringBuilder();
        control.runBetweenBatches(() -> order.append("task "));
        assertTrue(control.awaitTurn());
        order.append("batch");
        assertEquals("task batch", order.toString());
    }

    @Test
    void aStoppedRunRefusesTasksAndDropsThoseWaiting() throws Exception {
        RunControl control = new RunControl();
        StringBuilder ran = new StringBuilder();
        control.pause();
        control.stop();
        assertFalse(control.runBetweenBatches(() -> ran.append("late")));
        assertFalse(CompletableFuture.supplyAsync(control::awaitTurn).get(10, TimeUnit.SECONDS));
        assertEquals("", ran.toString());
    }
}
