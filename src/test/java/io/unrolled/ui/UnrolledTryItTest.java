package io.unrolled.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.unrolled.data.Corpus;
import io.unrolled.models.LanguageModel;
import io.unrolled.models.ModelKind;
import io.unrolled.session.TrainingSession;
import io.unrolled.trace.SentenceTrace;
import io.unrolled.train.SentenceTracer;
import io.unrolled.train.TextGenerator;
import io.unrolled.train.TrainingRun;
import io.unrolled.viz.Continuation;
import io.unrolled.viz.UnrolledView;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Unrolled tab's "Try it" on the real model: a typed prefix's distribution and its continuations. */
@ExtendWith(ApplicationExtension.class)
class UnrolledTryItTest {

    private static final List<String> VOCAB = Corpus.humanNumbers().vocab().words();
    private static final List<String> PREFIX = List.of("seven", "thousand", "three", "hundred");
    private TrainingSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        session = new TrainingSession(Platform::runLater);
        window = new MainWindow(session);
        WindowOnStage.show(stage, window, 1440, 900);
    }

    @AfterEach
    void shutDown() {
        session.shutdown();
    }

    @Test
    void aTypedPrefixShowsTheRealTracesLastDistributionAndGeneratesTheModelsOwnWords(FxRobot robot) throws Exception {
        robot.clickOn("LMModel6");
        robot.clickOn("Unrolled");
        UnrolledView view = window.unrolled();
        robot.clickOn("#own-words").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Seven  thousand three HUNDRED").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> view.shownTrace() != null
                && view.shownTrace().model().equals(ModelKind.LM6.id()) && view.shownTrace().steps() == 4
                && view.distributionShown() >= 0);
        SentenceTrace t = view.shownTrace();
        assertEquals(t.predictions().size() - 1, view.distributionShown(), "the last prediction is the one opened");
        int[] ids = PREFIX.stream().mapToInt(VOCAB::indexOf).toArray();
        LanguageModel start = TrainingRun.initialModel(ModelKind.LM6, session.settings(), VOCAB.size());
        double[] expected = new SentenceTracer().nextWordProbabilities(start, ids);
        float[] shown = t.predictions().get(t.predictions().size() - 1).probs();
        for (int w = 0; w < expected.length; w++) {
            assertEquals(expected[w], shown[w], 1e-6, "the distribution is the model's own after the prefix: word " + VOCAB.get(w));
        }

        robot.interact(() -> robot.lookup("#generate-temperature").queryAs(javafx.scene.control.Slider.class)
                .setValue(Math.log10(1.5)));
        robot.clickOn(robot.lookup("#generate").queryAs(Button.class));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> view.shownContinuation() != null);
        Continuation c = view.shownContinuation();
        assertNotNull(c);
        TextGenerator direct = new TextGenerator(new SentenceTracer());
        assertEquals(words(direct.generate(start, ids, 10, TextGenerator.Choice.greedy())), c.greedy());
        assertEquals(words(direct.generate(start, ids, 10, TextGenerator.Choice.sampled(1.5, 42))), c.sampled(),
                "the default seed 42 at T = 1.5 gives the same words as the generator itself");
    }

    private static List<String> words(int[] ids) {
        return Arrays.stream(ids).mapToObj(VOCAB::get).toList();
    }
}
