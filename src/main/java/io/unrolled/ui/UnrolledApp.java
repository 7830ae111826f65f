package io.unrolled.ui;

import io.unrolled.models.ModelKind;
import io.unrolled.train.Ladder;
import java.io.File;
import java.io.IOException;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * The window. For now it shows the model ladder the explorer will train; the training views come
 * with the explorer issue. Flags: {@code --screenshot FILE --screenshot-after SECONDS}.
 */
public final class UnrolledApp extends Application {

    @Override
    public void start(Stage stage) {
        VBox root = new VBox();
        root.getStyleClass().add("root-pane");
        Label title = new Label("Unrolled — watch a recurrent language model learn");
        title.getStyleClass().add("title");
        Label sub = new Label("fastbook chapter 12 on a Java/ND4J core. Train any rung from the command line today: "
                + "unrolled reproduce --model lm7");
        sub.getStyleClass().add("subtitle");
        sub.setWrapText(true);
        GridPane ladder = new GridPane();
        ladder.getStyleClass().add("ladder");
        ladder.addRow(0, header("rung"), header("what it adds"), header("book accuracy"));
        int row = 1;
        for (ModelKind k : ModelKind.values()) {
            double acc = Ladder.bookAccuracy(k);
            Label what = new Label(k.adds());
            what.setWrapText(true);
            ladder.addRow(row++, new Label(k.bookName()), what, new Label(Double.isNaN(acc) ? "—" : String.format("%.1f %%", acc * 100)));
        }
        root.getChildren().addAll(title, sub, ladder);
        root.setPadding(new Insets(0));
        Scene scene = new Scene(root, 1100, 640);
        scene.getStylesheets().add(UnrolledApp.class.getResource("/io/unrolled/css/base.css").toExternalForm());
        stage.setTitle("Unrolled");
        stage.setScene(scene);
        stage.show();
        scheduleScreenshot(scene, getParameters().getRaw());
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("column-header");
        return l;
    }

    private static void scheduleScreenshot(Scene scene, List<String> args) {
        int at = args.indexOf("--screenshot");
        if (at < 0 || at + 1 >= args.size()) {
            return;
        }
        File file = new File(args.get(at + 1));
        int afterAt = args.indexOf("--screenshot-after");
        double seconds = 1.0;
        if (afterAt >= 0 && afterAt + 1 < args.size()) {
            try {
                seconds = Math.max(0, Double.parseDouble(args.get(afterAt + 1)));
            } catch (NumberFormatException e) {
                System.err.println("unrolled: --screenshot-after needs a number of seconds, got '" + args.get(afterAt + 1) + "'; using 1");
            }
        }
        PauseTransition wait = new PauseTransition(Duration.seconds(seconds));
        wait.setOnFinished(e -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file);
                System.out.println("screenshot written to " + file.getAbsolutePath());
            } catch (IOException ex) {
                System.err.println("unrolled: could not write the screenshot " + file + ": " + ex.getMessage());
            }
            Platform.exit();
        });
        wait.play();
    }
}
