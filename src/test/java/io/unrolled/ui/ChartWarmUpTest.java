package io.unrolled.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ChartWarmUpTest {

    private static final String CSS = ChartWarmUpTest.class.getResource("/io/unrolled/css/base.css").toExternalForm();

    @Start
    void start(Stage stage) {
        // the toolkit only; the warm-up chart needs no window
    }

    /** Reads the warm-up's state on the FX thread, which owns it. */
    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private static ChartWarmUp started(AtomicBoolean warming) throws Exception {
        AtomicReference<ChartWarmUp> warmUp = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            warmUp.set(new ChartWarmUp(List.of(CSS)));
            warmUp.get().runWhile(warming::get);
        }).get(10, TimeUnit.SECONDS);
        return warmUp.get();
    }

    @Test
    void drawsAndRendersEveryFrameWhileAskedAndThenStops() throws Exception {
        AtomicBoolean warming = new AtomicBoolean(true);
        ChartWarmUp warmUp = started(warming);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(warmUp::rounds) >= 3);
        assertEquals(700, (int) onFx(warmUp::drawnPoints), "the whole made-up run was drawn");
        warming.set(false);
        Thread.sleep(100);                       // several frames
        int after = onFx(warmUp::rounds);
        Thread.sleep(200);
        assertEquals(after, (int) onFx(warmUp::rounds), "no more rounds once the trainer's warm-up is over");
        assertTrue(after >= 3);
    }

    @Test
    void stopsByItselfIfTheTrainerNeverReportsBack() throws Exception {
        ChartWarmUp warmUp = started(new AtomicBoolean(true));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(warmUp::rounds) >= ChartWarmUp.MAX_ROUNDS);
        Thread.sleep(200);
        assertEquals(ChartWarmUp.MAX_ROUNDS, (int) onFx(warmUp::rounds));
    }
}
