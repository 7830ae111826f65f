package io.unrolled.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
