package io.unrolled.viz;

import io.unrolled.models.ModelKind;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Benchmark, not a test: how long one animation step of the Unrolled view costs, per rung. For each
 * step it times the canvas commands (what the FX thread pays every frame) and a snapshot of the canvas
 * (the same commands rasterised by the chosen pipeline: an upper bound on the render thread's share).
 * Run with the software renderer under Xvfb:
 * <pre>
 *   ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 *   xvfb-run -a java -Dprism.order=sw -cp target/classes:target/test-classes:$(cat target/cp.txt) io.unrolled.viz.RepaintBench
 * </pre>
 */
public final class RepaintBench {

    public static void main(String[] args) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            try {
                run();
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (!Boolean.getBoolean("bench.frames")) {
            Platform.exit();
        }
    }

    private static void run() {
        FixedSource source = new FixedSource(ModelKind.LM4);
        UnrolledView view = new UnrolledView(source);
        Stage stage = new Stage();
        Scene scene = new Scene(view, 866, 760);
        scene.getStylesheets().add(RepaintBench.class.getResource("/io/unrolled/css/base.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        if (Boolean.getBoolean("bench.frames")) {
            frames(source, view, stage);
            return;
        }
        for (ModelKind kind : ModelKind.values()) {
            source.kind = kind;
            source.traceSentence(TraceFixtures.sentence(TraceFixtures.steps(kind)));
            view.applyCss();
            view.layout();
            int rounds = 60;
            double[] paint = new double[rounds];
            double[] raster = new double[rounds];
            double[] empty = new double[rounds];
            for (int k = 0; k < rounds; k++) {
                view.clock.jumpTo(k % TraceFixtures.steps(kind));
                view.clock.phase().set(0.5);
                long t0 = System.nanoTime();
                view.diagram.repaint();
                long t1 = System.nanoTime();
                view.diagram.canvas().snapshot(null, null);
                long t2 = System.nanoTime();
                view.diagram.canvas().getGraphicsContext2D().clearRect(0, 0, 1e4, 1e4);
                long t3 = System.nanoTime();
                view.diagram.canvas().snapshot(null, null);
                empty[k] = (System.nanoTime() - t3) / 1e6;
                paint[k] = (t1 - t0) / 1e6;
                raster[k] = (t2 - t1) / 1e6;
            }
            System.out.printf(Locale.ROOT, "%-4s canvas commands median %.2f ms p90 %.2f ms; snapshot (raster) median %.2f ms p90 %.2f ms; snapshot of the cleared canvas median %.2f ms%n",
                    kind.id(), pct(paint, 50), pct(paint, 90), pct(raster, 50), pct(raster, 90), pct(empty, 50));
        }
        stage.close();
    }

    /**
     * Real frames: each pulse shows the next step half-lit, for 120 frames per rung. Run with
     * {@code -Djavafx.pulseLogger=true -Dbench.frames=true}; the pulse log gives the render thread's
     * "Painting" time of each frame.
     */
    private static void frames(FixedSource source, UnrolledView view, Stage stage) {
        ModelKind[] kinds = ModelKind.values();
        int[] frame = {0};
        new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                int k = frame[0] / 120;
                if (k >= kinds.length) {
                    stop();
                    stage.close();
                    Platform.exit();
                    return;
                }
                if (frame[0] % 120 == 0) {
                    source.kind = kinds[k];
                    source.traceSentence(TraceFixtures.sentence(TraceFixtures.steps(kinds[k])));
                    System.out.println("RUNG " + kinds[k].id());
                }
                view.clock.jumpTo(frame[0] % TraceFixtures.steps(kinds[k]));
                view.clock.phase().set(0.5);
                view.diagram.repaint();
                frame[0]++;
            }
        }.start();
    }

    private static double pct(double[] a, int p) {
        double[] s = a.clone();
        Arrays.sort(s);
        int skip = s.length / 4;   // the first quarter of the rounds warms the JIT
        double[] warm = Arrays.copyOfRange(s, 0, s.length);
        return warm[Math.min(warm.length - 1, (int) Math.round(p / 100.0 * (warm.length - 1)))] + 0 * skip;
    }
}
