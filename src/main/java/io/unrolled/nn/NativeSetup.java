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

    /**
     * JavaCPP reads the process's resident size from /proc on every native allocation, to call the
     * garbage collector when it passes a limit: 15-17 % of LMModel4's training time went there. With
     * the check off, JavaCPP still counts the bytes it hands out and collects when they pass the heap
     * size, and our young collections run every second anyway, so native memory stays bounded.
     */
    static final String PHYSICAL_BYTES_CHECK = "org.bytedeco.javacpp.maxPhysicalBytes";

    public static synchronized void ensure() {
        if (done) {
            return;
        }
        if (System.getProperty(PHYSICAL_BYTES_CHECK) == null) {
            System.setProperty(PHYSICAL_BYTES_CHECK, "0");     // read once, when ND4J first loads below
        }
        Nd4j.getEnvironment().setMaxMasterThreads(1);
        Nd4j.factory().blas().setMaxThreads(1);
        Nd4j.getExecutioner().setProfilingMode(OpExecutioner.ProfilingMode.DISABLED);
        done = true;
    }
}
