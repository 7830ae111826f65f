package io.unrolled.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.unrolled.data.LmData;
import io.unrolled.models.ModelConfig;
import io.unrolled.models.ModelKind;
import io.unrolled.models.Models;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecorderTest {

    @Test
    void trainLossIsTheDebiasedMovingAverageOverTheWholeFit() {
        LmData data = LmData.of(ModelKind.LM1.data(), 64, 16);
        var config = Ladder.recipe(ModelKind.LM1).withEpochs(2);
        Learner learner = new Learner(Models.create(ModelConfig.book(ModelKind.LM1, 30), 3), data, config);
        List<Double> losses = new ArrayList<>();
        List<Double> smoothed = new ArrayList<>();
        learner.addListener(new TrainingListener() {
            @Override
            public void onBatch(StepMetrics m) {
                losses.add(m.loss());
                smoothed.add(m.smoothedLoss());
            }
        });
        FitOutcome outcome = learner.fit();
        double s = 0;
        for (int i = 0; i < losses.size(); i++) {
            s = 0.98 * s + 0.02 * losses.get(i);
            assertEquals(s / (1 - Math.pow(0.98, i + 1)), smoothed.get(i), 1e-9);
        }
        // the epoch table's train_loss is the smoothed value at the end of the epoch, not a mean
        assertEquals(smoothed.get(261), outcome.epochs().get(0).trainLoss(), 1e-12);
        assertEquals(smoothed.get(smoothed.size() - 1), outcome.epochs().get(1).trainLoss(), 1e-12);
    }
}
