package io.unrolled.train;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * When a warm-up has done its job: once the JIT compilers have gone quiet, judged by the JVM's own
 * count of time spent compiling. A fixed budget was either too short or too long: on the 2-core VM an
 * LMModel4 warm-up needs five to six seconds in the window before its batches reach {@code bench}'s
 * speed (the compilers are busy with the window's code too), and a machine with more cores or a faster
 * clock should need less. Asked once per batch; it reads the counter only every {@link #SAMPLE_NANOS}.
 */
public final class JitQuiet implements BooleanSupplier {

    /** How often the compile-time counter is read. */
    static final long SAMPLE_NANOS = 500_000_000L;

    /** Quiet: compile time (summed over the compiler threads) below this share of the wall time. */
    static final double QUIET_SHARE = 0.15;

    /** Never less: ND4J's libraries load within this, and the first samples are all compiling. */
    static final long MIN_NANOS = 1_000_000_000L;

    /** Never more, whatever the compilers do. */
    static final long MAX_NANOS = 8_000_000_000L;

    /** On a JVM that does not count its compile time: a fixed budget. */
    static final long BLIND_NANOS = 3_000_000_000L;

    private final LongSupplier clock;
    private final LongSupplier compiledMillis;
    private final long start;
    private long sampledAt;
    private long compiledAtSample;

    /** Reads this JVM's clock and compile time; starts counting now. */
    public static JitQuiet forThisJvm() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        LongSupplier compiled = jit != null && jit.isCompilationTimeMonitoringSupported()
                ? jit::getTotalCompilationTime : () -> -1;
        return new JitQuiet(System::nanoTime, compiled);
    }

    /** @param compiledMillis total compile time so far in ms, or a negative number if unknown */
    JitQuiet(LongSupplier clock, LongSupplier compiledMillis) {
        this.clock = clock;
        this.compiledMillis = compiledMillis;
        this.start = clock.getAsLong();
        this.sampledAt = start;
        this.compiledAtSample = compiledMillis.getAsLong();
    }

    /** True once the warm-up may end. */
    @Override
    public boolean getAsBoolean() {
        long now = clock.getAsLong();
        long elapsed = now - start;
        if (elapsed >= MAX_NANOS) {
            return true;
        }
        if (now - sampledAt < SAMPLE_NANOS) {
            return false;
        }
        long compiled = compiledMillis.getAsLong();
        if (compiled < 0) {
            sampledAt = now;
            return elapsed >= BLIND_NANOS;
        }
        boolean quiet = compiled - compiledAtSample < QUIET_SHARE * (now - sampledAt) / 1e6;
        sampledAt = now;
        compiledAtSample = compiled;
        return quiet && elapsed >= MIN_NANOS;
    }
}
