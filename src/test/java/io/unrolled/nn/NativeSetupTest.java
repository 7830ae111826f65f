package io.unrolled.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.Test;

class NativeSetupTest {

    /** Run in a fresh JVM: JavaCPP reads the setting once, and other tests here may have loaded it first. */
    public static void main(String[] args) {
        NativeSetup.ensure();
        org.nd4j.linalg.factory.Nd4j.create(new float[] {1, 2, 3}, new long[] {3});   // allocations still work
        System.out.println("maxPhysicalBytes=" + Pointer.maxPhysicalBytes());
    }

    @Test
    void javaCppNoLongerReadsTheResidentSizeOnEveryAllocation() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.nd4j.log.initialization=false", NativeSetupTest.class.getName()))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        assertEquals("maxPhysicalBytes=0", out.lines().filter(l -> l.startsWith("maxPhysicalBytes=")).findFirst().orElse(out));
    }
}
