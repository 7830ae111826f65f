package io.unrolled.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ChartWarmUpTest {

    @Start
    void start(Stage stage) {
        // the toolkit only; the warm-up chart needs no window
    }

    @Test
    void drawsAndRendersEveryFrameWhileAskedAndThenStops() throws Exception {
        AtomicBoolean warming = new AtomicBoolean(true);
        AtomicReference<ChartWarmUp> warmUp = new AtomicReference<>();
        String css = ChartWarmUpTest.class.getResource("/io/unrolled/css/base.css").toExternalForm();
        Platform.runLater(() -> {
            warmUp.set(new ChartWarmUp(List.of(css)));
            warmUp.get().runWhile(warming::get);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> warmUp.get() != null && warmUp.get().rounds() >= 3);
        assertEquals(700, warmUp.get().drawnPoints(), "the whole made-up run was drawn");
        warming.set(false);
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(100);                       // several frames
        WaitForAsyncUtils.waitForFxEvents();
        int after = warmUp.get().rounds();
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(after, warmUp.get().rounds(), "no more rounds once the trainer's warm-up is over");
        assertTrue(after >= 3);
    }
}
