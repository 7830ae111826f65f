package io.unrolled.viz;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * "Try it": continue the sentence by N words, greedily and sampled at a temperature with a seed, the
 * two continuations side by side. The temperature slider is logarithmic, so 0.1…1 (sharpening) gets as
 * much travel as 1…2 would on a linear one and 1 sits where a teacher expects it, well inside.
 */
final class GeneratePanel extends VBox {

    /** The temperature's range: the slider runs over log10 of it. */
    static final double MIN_TEMPERATURE = 0.1;
    static final double MAX_TEMPERATURE = 2.0;

    final Spinner<Integer> words = new Spinner<>(1, 50, 10);
    final Slider temperature = new Slider(Math.log10(MIN_TEMPERATURE), Math.log10(MAX_TEMPERATURE), 0);
    final Label temperatureValue = new Label();
    final Spinner<Integer> seed = new Spinner<>(0, 999_999, 42);
    final Button generate = new Button("Generate");
    final Label greedy = new Label();
    final Label sampled = new Label();
    final Label greedyTitle = new Label("greedy:");
    final Label sampledTitle = new Label();
    final Label problem = new Label();
    private Continuation shown;

    GeneratePanel() {
        getStyleClass().add("generate-panel");
        Label title = new Label("Try it");
        title.getStyleClass().add("section-title");
        words.setEditable(true);
        words.setId("generate-words");
        words.getStyleClass().add("generate-count");
        seed.setEditable(true);
        seed.setId("generate-seed");
        seed.getStyleClass().add("generate-seed");
        temperature.setId("generate-temperature");
        temperature.getStyleClass().add("generate-temperature");
        generate.setId("generate");
        temperature.valueProperty().addListener((o, was, now) -> showTemperature());
        showTemperature();
        FlowPane controls = new FlowPane(title, new Label("continue by"), words, new Label("words;  temperature"),
                temperature, temperatureValue, new Label("seed"), seed, generate);
        controls.getStyleClass().add("generate-controls");
        for (var n : controls.getChildren()) {
            if (n instanceof Label l) {
                l.setMinWidth(Label.USE_PREF_SIZE);
            }
        }
        generate.setMinWidth(Button.USE_PREF_SIZE);
        greedyTitle.getStyleClass().add("generate-title");
        sampledTitle.getStyleClass().add("generate-title");
        greedy.getStyleClass().add("generate-words");
        sampled.getStyleClass().add("generate-words");
        greedy.setWrapText(true);
        sampled.setWrapText(true);
        GridPane results = new GridPane();
        results.getStyleClass().add("generate-results");
        // one row each, across the whole width: two short lines leave the diagram more height than two wrapped columns
        results.addRow(0, greedyTitle, greedy);
        results.addRow(1, sampledTitle, sampled);
        javafx.scene.layout.ColumnConstraints heading = new javafx.scene.layout.ColumnConstraints();
        heading.setMinWidth(Label.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
        half.setHgrow(Priority.ALWAYS);
        half.setFillWidth(true);
        half.setMinWidth(0);
        half.setPrefWidth(100);
        results.getColumnConstraints().setAll(heading, half);
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        greedy.setMinWidth(0);
        sampled.setMinWidth(0);
        setMinWidth(0);
        getChildren().addAll(controls, problem, results);
        show(null);
    }

    /** The temperature a slider position means: 10 to the power of it. */
    static double temperatureAt(double sliderValue) {
        return Math.pow(10, sliderValue);
    }

    /** The temperature chosen now. */
    double temperature() {
        return temperatureAt(temperature.getValue());
    }

    private void showTemperature() {
        temperatureValue.setText(String.format(Locale.ROOT, "T = %.2f", temperature()));
    }

    Continuation shown() {
        return shown;
    }

    void show(Continuation c) {
        shown = c;
        if (c == null) {
            greedy.setText("(press Generate)");
            sampled.setText("");
            sampledTitle.setText("sampled:");
            return;
        }
        greedy.setText("… " + text(c.greedy()));
        sampled.setText("… " + text(c.sampled()));
        sampledTitle.setText(String.format(Locale.ROOT, "sampled (T = %.2f, seed %d):", c.temperature(), c.seed()));
        greedyTitle.setText("greedy:");
        setAccessibleText("continuations with the weights " + c.weights());
    }

    void showProblem(String message) {
        problem.setText(message == null ? "" : message);
        problem.setVisible(message != null);
    }

    private static String text(List<String> words) {
        return String.join(" ", words);
    }
}
