package io.unrolled.session;

import io.unrolled.data.LmData;
import io.unrolled.models.ModelKind;
import io.unrolled.train.OneCycle;
import io.unrolled.train.TrainConfig;
import java.util.EnumMap;
import java.util.Map;

/** The one-cycle curve a run will follow, computed before it starts so the window can draw it. */
final class SchedulePreview {

    private static final int POINTS = 400;
    private final Map<ModelKind, Integer> batchesPerEpoch = new EnumMap<>(ModelKind.class);

    /** Rows {batch, lr, momentum} sampled along the whole run. */
    double[][] rows(ModelKind kind, TrainConfig settings, double lrMax) {
        int total = batchesPerEpoch(kind, settings) * settings.epochs();
        OneCycle cycle = OneCycle.of(lrMax, settings.moms());
        int points = Math.min(total, POINTS);
        double[][] rows = new double[points + 1][];
        for (int k = 0; k <= points; k++) {
            double batch = (double) k * total / points;
            double pos = Math.min(batch / total, 1);
            rows[k] = new double[] {batch, cycle.lrAt(pos), cycle.momAt(pos)};
        }
        return rows;
    }

    private int batchesPerEpoch(ModelKind kind, TrainConfig c) {
        return batchesPerEpoch.computeIfAbsent(kind, k -> LmData.of(k.data(), c.batchSize(), c.seqLen()).train().size());
    }
}
