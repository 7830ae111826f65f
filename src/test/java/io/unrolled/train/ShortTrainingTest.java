package io.unrolled.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.data.LmData;
import io.unrolled.models.ModelConfig;
import io.unrolled.models.ModelKind;
import io.unrolled.models.Models;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every rung learns in a couple of epochs of its book recipe: the loss falls and accuracy beats the baseline. */
class ShortTrainingTest {

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void lossFallsAndAccuracyBeatsAlwaysPredictingThousand(ModelKind kind) {
        TrainConfig config = Ladder.recipe(kind).withEpochs(kind.stateful() && kind != ModelKind.LM3 ? 3 : 1);
        LmData data = LmData.of(kind.data(), config.batchSize(), config.seqLen());
        Learner learner = new Learner(Models.create(ModelConfig.book(kind, 30).withDropout(config.dropout()), 7), data, config);
        List<Double> ce = new ArrayList<>();
        learner.addListener(new TrainingListener() {
            @Override
            public void onBatch(StepMetrics m) {
                ce.add(m.crossEntropy());
            }
        });
        FitOutcome outcome = learner.fit();
        assertEquals(FitOutcome.Status.COMPLETED, outcome.status(), outcome.message());
        double first = ce.subList(0, 5).stream().mapToDouble(d -> d).average().orElseThrow();
        double last = ce.subList(ce.size() - 5, ce.size()).stream().mapToDouble(d -> d).average().orElseThrow();
        assertTrue(last < first - 0.3, kind + ": cross-entropy went from " + first + " to " + last);
        double acc = outcome.last().accuracy();
        assertTrue(acc > Ladder.BASELINE_ACCURACY + 0.1, kind + ": accuracy " + acc + " does not beat the baseline");
    }
}
