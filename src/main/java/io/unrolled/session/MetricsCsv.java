package io.unrolled.session;

import io.unrolled.train.EpochResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** A run's numbers as CSV for spreadsheets and slides: the epoch table, then the loss per batch. */
public final class MetricsCsv {

    private MetricsCsv() {
    }

    public static void write(Path file, String model, List<EpochResult> epochs, SeriesBuffer raw, SeriesBuffer smooth) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(model).append('\n');
        sb.append("epoch,train_loss,train_ce,valid_loss,accuracy,seconds\n");
        for (EpochResult r : epochs) {
            sb.append(String.format(Locale.ROOT, "%d,%.6f,%.6f,%.6f,%.6f,%.3f%n", r.epoch(), r.trainLoss(), r.trainCe(),
                    r.validLoss(), r.accuracy(), r.seconds()));
        }
        sb.append('\n').append("batch,loss,smoothed_loss\n");
        for (int i = 0; i < Math.min(raw.size(), smooth.size()); i++) {
            sb.append(String.format(Locale.ROOT, "%.0f,%.6f,%.6f%n", raw.x(i), raw.y(i), smooth.y(i)));
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }
}
