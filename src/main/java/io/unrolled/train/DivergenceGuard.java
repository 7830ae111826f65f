package io.unrolled.train;

import io.unrolled.nn.ParamSet;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Keeps a copy of the weights from the start of the fit and after every epoch that validated to a
 * finite loss, so a run that blows up hands back the last good model instead of NaNs.
 */
final class DivergenceGuard {

    private final ParamSet params;
    private final INDArray good;
    private int goodEpoch = -1;

    DivergenceGuard(ParamSet params) {
        this.params = params;
        this.good = params.flatValues().dup();
    }

    void remember(int epoch) {
        good.assign(params.flatValues());
        goodEpoch = epoch;
    }

    String restore() {
        params.flatValues().assign(good);
        params.zeroGrads();
        return goodEpoch < 0 ? "The weights were put back to where training started."
                : "The weights were put back to the end of epoch " + goodEpoch + ".";
    }
}
