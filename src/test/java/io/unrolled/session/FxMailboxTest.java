package io.unrolled.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FxMailboxTest {

    @Test
    void manyPostsCostOneHandOffAndArriveInOrder() {
        UiQueue ui = new UiQueue();
        List<List<Integer>> received = new ArrayList<>();
        FxMailbox<Integer> box = new FxMailbox<>(ui, received::add);
        IntStream.range(0, 1000).forEach(box::post);
        assertEquals(1, ui.pending(), "one pending hand-off however many posts");
        try {
            ui.pumpUntil(() -> !received.isEmpty(), java.time.Duration.ofSeconds(1));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        assertEquals(1, received.size());
        assertEquals(IntStream.range(0, 1000).boxed().toList(), received.get(0));
        box.post(1000);
        assertEquals(1, ui.pending(), "after a drain the next post schedules again");
    }

    @Test
    void aMinimumIntervalSpacesTheHandOffs() throws Exception {
        UiQueue ui = new UiQueue();
        List<Long> drainedAt = new ArrayList<>();
        FxMailbox<Integer> box = new FxMailbox<>(ui, 100, list -> drainedAt.add(System.nanoTime()));
        box.post(1);
        ui.pumpUntil(() -> drainedAt.size() == 1, java.time.Duration.ofSeconds(1));
        box.post(2);
        assertEquals(0, ui.pending(), "the second hand-off waits for the interval");
        ui.pumpUntil(() -> drainedAt.size() == 2, java.time.Duration.ofSeconds(2));
        assertTrue(drainedAt.get(1) - drainedAt.get(0) >= 90_000_000L, "at least ~100 ms apart");
    }
}
