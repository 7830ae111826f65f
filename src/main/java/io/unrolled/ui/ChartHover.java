package io.unrolled.ui;

import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;

/** Hover anywhere over a chart to read every series' exact value at that x. */
final class ChartHover {

    private ChartHover() {
    }

    static void install(XYChart<Number, Number> chart, String xName) {
        Tooltip tip = new Tooltip();
        tip.getStyleClass().add("chart-hover");
        chart.setOnMouseMoved(e -> {
            NumberAxis xAxis = (NumberAxis) chart.getXAxis();
            double local = xAxis.sceneToLocal(e.getSceneX(), e.getSceneY()).getX();
            double x = xAxis.getValueForDisplay(local).doubleValue();
            StringBuilder text = new StringBuilder();
            for (XYChart.Series<Number, Number> s : chart.getData()) {
                XYChart.Data<Number, Number> best = null;
                for (XYChart.Data<Number, Number> d : s.getData()) {
                    if (best == null || Math.abs(d.getXValue().doubleValue() - x) < Math.abs(best.getXValue().doubleValue() - x)) {
                        best = d;
                    }
                }
                if (best != null) {
                    text.append(String.format("%s: %.4g at %s %.0f%n", s.getName(), best.getYValue().doubleValue(), xName,
                            best.getXValue().doubleValue()));
                }
            }
            if (text.length() == 0) {
                tip.hide();
                return;
            }
            tip.setText(text.toString().strip());
            tip.show(chart, e.getScreenX() + 14, e.getScreenY() + 14);
        });
        chart.setOnMouseExited(e -> tip.hide());
    }
}
