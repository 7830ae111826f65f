package io.unrolled.nn;

import org.nd4j.linalg.api.ops.executioner.OpExecutioner;
import org.nd4j.linalg.factory.Nd4j;

/**
 * ND4J settings that must be in place before the first operation. Our arrays are small (64 x 256),
 * so one thread is fastest: with OpenMP's default of one thread per core, any other busy process
 * turns microsecond operations into millisecond waits. An installed launcher cannot rely on
 * environment variables, so this is done in code.
 */
public final class NativeSetup {

    private static volatile boolean done;

    private NativeSetup() {
    }

    public static synchronized void ensure() {
        if (done) {
            return;
        }
        Nd4j.getEnvironment().setMaxMasterThreads(1);
        Nd4j.factory().blas().setMaxThreads(1);
        Nd4j.getExecutioner().setProfilingMode(OpExecutioner.ProfilingMode.DISABLED);
        done = true;
    }
}
