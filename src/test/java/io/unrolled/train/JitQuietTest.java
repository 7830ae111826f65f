package io.unrolled.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class JitQuietTest {

    private static final long MS = 1_000_000L;

    private final AtomicLong clock = new AtomicLong(5_000 * MS);   // any start: only differences count
    private final AtomicLong compiledMs = new AtomicLong(12_345);
    private final AtomicInteger reads = new AtomicInteger();

    private JitQuiet rule() {
        return new JitQuiet(clock::get, () -> {
            reads.incrementAndGet();
            return compiledMs.get();
        });
    }

    /** Advances the clock in 10 ms batches to {@code untilMs} after the start, compiling {@code msPerSecond}; returns when it first said yes, or -1. */
    private long run(JitQuiet rule, long fromMs, long untilMs, long compileMsPerSecond) {
        long start = clock.get() - fromMs * MS;
        long compiledAtFrom = compiledMs.get();
        for (long t = fromMs + 10; t <= untilMs; t += 10) {
            clock.set(start + t * MS);
            compiledMs.set(compiledAtFrom + (t - fromMs) * compileMsPerSecond / 1000);
            if (rule.getAsBoolean()) {
                return t;
            }
        }
        return -1;
    }

    @Test
    void quietCompilersEndTheWarmUpOnlyOnceTheMinimumHasPassed() {
        long ended = run(rule(), 0, 10_000, 0);
        assertEquals(JitQuiet.MIN_NANOS / MS, ended, "quiet from the start: ends at the first sample after the minimum");
    }

    @Test
    void busyCompilersKeepItGoingUntilTheCap() {
        long ended = run(rule(), 0, 10_000, 600);   // 60 % of the wall time spent compiling
        assertEquals(JitQuiet.MAX_NANOS / MS, ended);
    }

    @Test
    void itEndsAtTheFirstQuietSampleAfterTheCompilersSettle() {
        JitQuiet rule = rule();
        assertEquals(-1, run(rule, 0, 3_000, 400), "still compiling for three seconds");
        long ended = run(rule, 3_000, 10_000, 50);   // 5 %: quiet
        assertEquals(3_500, ended, "the sample at 3.5 s covers only quiet time");
    }

    @Test
    void compilingJustAboveTheQuietShareIsNotQuiet() {
        long perSecond = Math.round(JitQuiet.QUIET_SHARE * 1000) + 10;
        assertEquals(JitQuiet.MAX_NANOS / MS, run(rule(), 0, 10_000, perSecond));
    }

    @Test
    void withoutACompileTimeCountItUsesAFixedBudget() {
        compiledMs.set(-1);
        JitQuiet rule = new JitQuiet(clock::get, compiledMs::get);
        long start = clock.get();
        for (long t = 10; t <= 10_000; t += 10) {
            clock.set(start + t * MS);
            if (rule.getAsBoolean()) {
                assertEquals(JitQuiet.BLIND_NANOS / MS, t);
                return;
            }
        }
        throw new AssertionError("never ended");
    }

    @Test
    void theCounterIsReadOnlyOncePerSampleNotOncePerBatch() {
        JitQuiet rule = rule();
        reads.set(0);
        run(rule, 0, 2_990, 400);   // 299 batches, five sample points
        assertEquals(5, reads.get());
    }
}
