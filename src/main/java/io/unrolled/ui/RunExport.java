package io.unrolled.ui;

import io.unrolled.session.MetricsCsv;
import io.unrolled.session.TrainingSession;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javax.imageio.ImageIO;

/** Export: the charts as a PNG and the run's numbers beside it as a CSV of the same name. */
final class RunExport {

    private final TrainingSession session;
    private final ChartsPane charts;
    private final SettingsFields fields;

    RunExport(TrainingSession session, ChartsPane charts, SettingsFields fields) {
        this.session = session;
        this.charts = charts;
        this.fields = fields;
    }

    /** Writes the charts to {@code png} and the run's numbers next to it as .csv; says how it went in the status line. */
    void write(Path png) {
        String name = png.getFileName().toString();
        String base = name.toLowerCase().endsWith(".png") ? name.substring(0, name.length() - 4) : name;
        Path pngFile = png.resolveSibling(base + ".png");
        Path csvFile = png.resolveSibling(base + ".csv");
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(ChartExport.render(charts), null), "png", pngFile.toFile());
            MetricsCsv.write(csvFile, session.modelProperty().get().bookName(), session.epochs(),
                    session.rawLoss(), session.smoothedLoss());
            fields.clearProblem();
            session.announce("Exported " + pngFile.getFileName() + " and " + csvFile.getFileName() + ".");
        } catch (IOException | RuntimeException e) {
            fields.showProblem(null, "Could not export to " + pngFile.getParent() + ": " + e.getMessage());
        }
    }
}
