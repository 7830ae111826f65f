package io.unrolled;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenBlasCoreTest {

    @Test
    void avx512MachinesGetSkylakeXAndAvx2MachinesHaswell() {
        assertEquals(Optional.of("SkylakeX"), OpenBlasCore.coreFor(" fpu sse2 avx avx2 fma avx512f avx512dq avx512bw avx512vl"));
        assertEquals(Optional.of("Haswell"), OpenBlasCore.coreFor("fpu sse2 avx avx2 fma"));
        assertEquals(Optional.of("Haswell"), OpenBlasCore.coreFor("avx2 fma avx512f"), "a partial AVX-512 set is not enough");
    }

    @Test
    void olderOrUnknownCpusAreLeftToOpenBlas() {
        assertEquals(Optional.empty(), OpenBlasCore.coreFor("fpu sse2 avx"));
        assertEquals(Optional.empty(), OpenBlasCore.coreFor(null));
    }
}
