package io.unrolled.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.models.ModelKind;
import io.unrolled.train.EpochResult;
import io.unrolled.train.FitOutcome;
import io.unrolled.train.Ladder;
import io.unrolled.train.TrainConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which runs the compare list keeps: finished ones worth comparing, each once. */
class RunHistoryTest {

    private final RunHistory history = new RunHistory();
    private final TrainConfig lm4 = Ladder.recipe(ModelKind.LM4);

    private static SeriesBuffer loss(double... ys) {
        SeriesBuffer b = new SeriesBuffer(100);
        for (int i = 0; i < ys.length; i++) {
            b.add(i + 1, ys[i]);
        }
        return b;
    }

    private void run(TrainConfig c, double accuracy, FitOutcome.Status status) {
        history.remember(ModelKind.LM4, c, SliderKnobs.valuesOf(c), loss(3, 2, accuracy),
                List.of(new EpochResult(0, 2, 2, 1.9, accuracy, 1)), status);
    }

    @Test
    void stoppedAndDivergedRunsDoNotPushFinishedRunsOut() {
        for (int seed = 1; seed <= 6; seed++) {
            run(lm4.withSeed(seed), 0.5 + seed / 100.0, FitOutcome.Status.COMPLETED);
        }
        run(lm4.withSeed(7), 0.3, FitOutcome.Status.STOPPED);
        run(lm4.withSeed(8), 0.2, FitOutcome.Status.DIVERGED);
        assertEquals(6, history.view().size());
        assertTrue(history.view().stream().allMatch(r -> r.label().contains("seed ") && !r.label().contains("stopped")));
        assertTrue(history.view().get(5).label().startsWith("#1 LMModel4 · seed 1"), "all six finished runs are still there: "
                + history.view());
    }

    @Test
    void theSameRunTwiceIsListedOnceAsTheNewer() {
        run(lm4.withSeed(42), 0.6, FitOutcome.Status.COMPLETED);
        run(lm4.withSeed(7), 0.55, FitOutcome.Status.COMPLETED);
        run(lm4.withSeed(42), 0.6, FitOutcome.Status.COMPLETED);
        assertEquals(2, history.view().size(), history.view().toString());
        assertTrue(history.view().get(0).label().startsWith("#3 LMModel4 · seed 42"), history.view().toString());
        assertTrue(history.view().get(1).label().startsWith("#2 LMModel4 · seed 7"), history.view().toString());
    }

    @Test
    void runsWithTheSameSettingsButOtherNumbersAreBothKept() {
        // a slider moved at another moment: the same label, another run
        run(lm4.withSeed(42), 0.6, FitOutcome.Status.COMPLETED);
        run(lm4.withSeed(42), 0.61, FitOutcome.Status.COMPLETED);
        assertEquals(2, history.view().size());
    }
}
