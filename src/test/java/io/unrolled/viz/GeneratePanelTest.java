package io.unrolled.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.models.ModelKind;
import io.unrolled.trace.SentenceTrace;
import java.util.Arrays;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The view's "Try it": the temperature slider's log scale, Generate's request, and a typed prefix's distribution. */
@ExtendWith(ApplicationExtension.class)
class GeneratePanelTest {

    private FixedSource source;
    private UnrolledView view;

    @Start
    void start(Stage stage) {
        source = new FixedSource(ModelKind.LM4);
        view = new UnrolledView(source);
        Scene scene = new Scene(new StackPane(view), 1366, 768);
        scene.getStylesheets().add(GeneratePanelTest.class.getResource("/io/unrolled/css/base.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theTemperatureSliderIsLogarithmicFromATenthToTwo(FxRobot robot) {
        GeneratePanel g = view.generator;
        assertEquals(0.1, GeneratePanel.temperatureAt(g.temperature.getMin()), 1e-12);
        assertEquals(2.0, GeneratePanel.temperatureAt(g.temperature.getMax()), 1e-12);
        double middle = (g.temperature.getMin() + g.temperature.getMax()) / 2;
        assertEquals(Math.sqrt(0.1 * 2.0), GeneratePanel.temperatureAt(middle), 1e-12, "halfway is the geometric mean");
        assertEquals(1.0, g.temperature(), 1e-12, "it starts at T = 1, the model's own distribution");
        robot.interact(() -> g.temperature.setValue(g.temperature.getMin()));
        assertEquals("T = 0.10", g.temperatureValue.getText());
        robot.interact(() -> g.temperature.setValue(middle));
        assertEquals("T = 0.45", g.temperatureValue.getText());
    }

    @Test
    void generateContinuesTheShownSentenceWithTheChosenCountTemperatureAndSeed(FxRobot robot) {
        GeneratePanel g = view.generator;
        assertTrue(!g.isVisible(), "closed, the panel leaves the diagram its height");
        robot.clickOn(view.tryIt);
        robot.interact(() -> g.temperature.setValue(Math.log10(0.5)));
        robot.clickOn(g.words.getEditor()).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("7");
        robot.clickOn(g.seed.getEditor()).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("123");
        robot.clickOn(g.generate);
        WaitForAsyncUtils.waitForFxEvents();
        SentenceTrace t = view.shownTrace();
        String prefix = String.join(" ", Arrays.stream(t.words()).mapToObj(t.vocab()::get).toList());
        assertEquals(1, source.generated.size());
        String[] asked = source.generated.get(0).split("\\|");
        assertEquals(prefix, asked[0]);
        assertEquals("7", asked[1], "the typed count counts without Enter");
        assertEquals(0.5, Double.parseDouble(asked[2]), 1e-12);
        assertEquals("123", asked[3]);
        assertEquals(source.continuation.get(), view.shownContinuation());
        assertEquals("… " + String.join(" ", source.continuation.get().sampled()), g.sampled.getText());
        assertTrue(g.sampledTitle.getText().contains("T = 0.50") && g.sampledTitle.getText().contains("seed 123"),
                g.sampledTitle.getText());
    }

    @Test
    void aTypedPrefixOpensItsLastPredictionsWholeDistribution(FxRobot robot) {
        assertEquals(-1, view.distributionShown(), "the default stretch opens nothing over the diagram");
        robot.clickOn(view.sentence.own).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("seven thousand three hundred").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        SentenceTrace t = view.shownTrace();
        assertEquals(t.predictions().size() - 1, view.distributionShown());
        assertEquals(view.sheet.rows(), t.vocab().size());
        assertTrue(view.generator.isVisible(), "a typed prefix opens Try it, to continue it");
    }
}
