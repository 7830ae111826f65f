package io.unrolled.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeriesBufferTest {

    @Test
    void aLongSeriesKeepsAnEvenSampleOfItsWholeHistory() {
        SeriesBuffer s = new SeriesBuffer(100);
        for (int i = 0; i < 10_000; i++) {
            s.add(i, 2.0 * i);
        }
        assertTrue(s.size() <= 100 && s.size() >= 50, "size " + s.size());
        assertEquals(0, s.x(0), 0, "the start is kept");
        assertTrue(s.x(s.size() - 1) > 9_000, "the recent end is kept: " + s.x(s.size() - 1));
        double step = s.x(1) - s.x(0);
        for (int i = 1; i < s.size(); i++) {
            assertEquals(step, s.x(i) - s.x(i - 1), 0, "evenly spaced");
            assertEquals(2.0 * s.x(i), s.y(i), 0);
        }
    }

    @Test
    void clearStartsOver() {
        SeriesBuffer s = new SeriesBuffer(8);
        for (int i = 0; i < 50; i++) {
            s.add(i, i);
        }
        s.clear();
        s.add(7, 1);
        s.add(8, 2);
        assertEquals(2, s.size());
        assertEquals(8, s.x(1), 0);
    }
}
