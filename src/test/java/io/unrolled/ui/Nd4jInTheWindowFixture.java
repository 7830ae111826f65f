package io.unrolled.ui;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Breaks the layering on purpose, for ArchitectureTest to prove its rules can fail: an INDArray in the window. */
final class Nd4jInTheWindowFixture {

    private Nd4jInTheWindowFixture() {
    }

    static long size(INDArray array) {
        return array.length();
    }
}
