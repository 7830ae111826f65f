package io.unrolled.ui;

import io.unrolled.trace.SentenceTrace;
import io.unrolled.trace.SentenceTraceJson;
import io.unrolled.viz.UnrolledView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javax.imageio.ImageIO;

/**
 * The Unrolled view's Export: the view as a slide-sized PNG (the same size rule as the charts'
 * export, {@link ChartExport#scaleFor}) and, beside it under the same name, the trace it draws as
 * the JSON that {@code unrolled trace --json} writes.
 */
final class UnrolledExport {

    private UnrolledExport() {
    }

    /** The name the file chooser suggests, e.g. "unrolled-lm6-diagram.png". */
    static String suggestedName(SentenceTrace trace) {
        return "unrolled-" + (trace == null ? "diagram" : trace.model() + "-diagram") + ".png";
    }

    /**
     * Writes the view to {@code chosen} (.png added if missing) and its trace next to it as .json.
     * Says how it went through {@code done} (the message) or {@code failed} (a title and the message);
     * a failure changes nothing in the window.
     */
    static void write(UnrolledView view, Path chosen, Consumer<String> done, BiConsumer<String, String> failed) {
        String name = chosen.getFileName().toString();
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        String base = lower.endsWith(".png") || lower.endsWith(".json") ? name.substring(0, name.lastIndexOf('.')) : name;
        Path png = chosen.resolveSibling(base + ".png");
        Path json = chosen.resolveSibling(base + ".json");
        SentenceTrace trace = view.shownTrace();
        var picture = trace == null ? null : view.picture(ChartExport.scaleFor(view.getWidth()));
        if (picture == null) {
            failed.accept("Nothing to export yet", "The diagram has no sentence yet: choose or type one, then export.");
            return;
        }
        Path folder = png.toAbsolutePath().getParent();
        try {
            if (folder == null || !Files.isDirectory(folder)) {
                throw new IOException("there is no folder " + folder);
            }
            // both made in memory first: a folder that refuses them is found before either file is written
            java.io.ByteArrayOutputStream pngBytes = new java.io.ByteArrayOutputStream();
            ImageIO.write(SwingFXUtils.fromFXImage(picture, null), "png", pngBytes);
            String numbers = SentenceTraceJson.write(trace);
            Files.write(png, pngBytes.toByteArray());
            Files.writeString(json, numbers);
            done.accept("Exported " + png.getFileName() + " (" + (int) picture.getWidth() + "×" + (int) picture.getHeight()
                    + ") and " + json.getFileName() + " to " + folder + ".");
        } catch (IOException | RuntimeException e) {
            failed.accept("Export failed", "Could not write " + png.getFileName() + " and " + json.getFileName()
                    + " in " + folder + ": " + reason(e) + ". Nothing else changed; choose another folder and export again.");
        }
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "you may not write there";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "the folder is not there";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
