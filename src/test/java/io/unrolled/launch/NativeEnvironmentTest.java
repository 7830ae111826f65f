package io.unrolled.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NativeEnvironmentTest {

    @Test
    void avx512MachinesGetSkylakeXAndAvx2MachinesHaswell() {
        assertEquals(Optional.of("SkylakeX"), NativeEnvironment.coreFor(" fpu sse2 avx avx2 fma avx512f avx512dq avx512bw avx512vl"));
        assertEquals(Optional.of("Haswell"), NativeEnvironment.coreFor("fpu sse2 avx avx2 fma"));
        assertEquals(Optional.of("Haswell"), NativeEnvironment.coreFor("avx2 fma avx512f"), "a partial AVX-512 set is not enough");
    }

    @Test
    void olderOrUnknownCpusAreLeftToOpenBlas() {
        assertEquals(Optional.empty(), NativeEnvironment.coreFor("fpu sse2 avx"));
        assertEquals(Optional.empty(), NativeEnvironment.coreFor(null));
    }

    @Test
    void missingVariablesAreAddedAndTheUsersOwnAreKept() {
        assertEquals(Map.of("OPENBLAS_CORETYPE", "Haswell", "OMP_NUM_THREADS", "1"),
                NativeEnvironment.missing(Map.of(), "avx2 fma"));
        assertEquals(Map.of("OMP_NUM_THREADS", "1"), NativeEnvironment.missing(Map.of(), "sse2"), "no core type to force");
        assertEquals(Map.of(), NativeEnvironment.missing(Map.of("OPENBLAS_CORETYPE", "Zen", "OMP_NUM_THREADS", "2"), "avx2 fma"),
                "nothing to do, so no relaunch");
    }

    @Test
    void jvmOptionsGoOnlyToAJavaExecutable() {
        assertEquals(true, Relaunch.isJava("/usr/lib/jvm/java-17/bin/java"));
        assertEquals(true, Relaunch.isJava("C:\\jdk\\bin\\javaw.exe".replace("\\", "/")));
        assertEquals(false, Relaunch.isJava("/opt/unrolled/bin/Unrolled"), "a packaged app's launcher");
    }

    @Test
    void aHeapSizeTheUserGaveIsKept() {
        assertEquals(true, Relaunch.setsHeapSize(java.util.List.of("java", "-Xmx2g", "-jar", "unrolled.jar")));
        assertEquals(false, Relaunch.setsHeapSize(java.util.List.of("java", "-jar", "unrolled.jar", "bench")));
    }

    @Test
    void theWindowGetsAShortPauseGoalAndTheArchiveTheCommandLineGetsOnlyTheHeapCap() {
        var archive = java.util.List.of("-XX:SharedArchiveFile=/tmp/a.jsa");
        var window = Relaunch.withJvmOptions(java.util.List.of("/jdk/bin/java", "-jar", "unrolled.jar", "--train"), true, false, archive);
        assertEquals(java.util.List.of("/jdk/bin/java", Relaunch.HEAP_CAP, Relaunch.WINDOW_PAUSE_GOAL,
                "-XX:SharedArchiveFile=/tmp/a.jsa", "-jar", "unrolled.jar", "--train"), window);
        var bench = Relaunch.withJvmOptions(java.util.List.of("/jdk/bin/java", "-jar", "unrolled.jar", "bench"), false, false, archive);
        assertEquals(java.util.List.of("/jdk/bin/java", Relaunch.HEAP_CAP, "-jar", "unrolled.jar", "bench"), bench);
        var own = Relaunch.withJvmOptions(java.util.List.of("java", "-XX:MaxGCPauseMillis=50", "-Xmx1g", "-jar", "unrolled.jar"), true, false, archive);
        assertEquals(java.util.List.of("java", "-XX:SharedArchiveFile=/tmp/a.jsa", "-XX:MaxGCPauseMillis=50", "-Xmx1g", "-jar", "unrolled.jar"), own,
                "the user's own pause goal and heap size win");
        var packaged = java.util.List.of("/opt/unrolled/bin/Unrolled", "--train");
        assertEquals(packaged, Relaunch.withJvmOptions(packaged, true, false, archive), "a packaged launcher takes no JVM options");
    }

    @Test
    void diagnosticsAskedForReachTheRelaunchedJvmAsTheVerboseProperty() {
        var cli = Relaunch.withJvmOptions(java.util.List.of("/jdk/bin/java", "-jar", "unrolled.jar", "bench", "--verbose"), false, true, java.util.List.of());
        assertEquals(java.util.List.of("/jdk/bin/java", Relaunch.HEAP_CAP, "-Dunrolled.verbose=true", "-jar", "unrolled.jar", "bench", "--verbose"), cli);
        var quiet = Relaunch.withJvmOptions(java.util.List.of("/jdk/bin/java", "-jar", "unrolled.jar", "bench"), false, false, java.util.List.of());
        assertEquals(false, quiet.stream().anyMatch(a -> a.contains("unrolled.verbose")), quiet.toString());
    }

    @Test
    void aRelaunchedProgramSkipsReadingItsArgumentsOnlyWhenItsOwnParentReadThem() {
        assertEquals(java.util.Optional.of(true), Relaunch.argumentsRead(Relaunch.argumentsReadNote(41, true), java.util.Optional.of(41L)));
        assertEquals(java.util.Optional.of(false), Relaunch.argumentsRead(Relaunch.argumentsReadNote(41, false), java.util.Optional.of(41L)));
        assertEquals(java.util.Optional.empty(), Relaunch.argumentsRead(Relaunch.argumentsReadNote(41, true), java.util.Optional.of(42L)),
                "a note inherited from a grandparent, or set by hand, is not this process's");
        assertEquals(java.util.Optional.empty(), Relaunch.argumentsRead(Relaunch.argumentsReadNote(41, true), java.util.Optional.empty()));
        assertEquals(java.util.Optional.empty(), Relaunch.argumentsRead(null, java.util.Optional.of(41L)));
        assertEquals(java.util.Optional.empty(), Relaunch.argumentsRead("41:maybe", java.util.Optional.of(41L)));
    }
}
