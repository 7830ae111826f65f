package io.unrolled.cli;

import io.unrolled.models.ModelKind;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The window's flags, for demos and for looking at the window. They are options of the top-level
 * {@code unrolled} command (the window is what runs when no command is given), so they get the same
 * help, suggestions and one-line refusals as the commands. The window reads them back with
 * {@link Cli#windowFlags}.
 */
public final class WindowFlags {

    /** The window's two tabs. */
    enum View { training, data, unrolled, gates, memory }

    @Option(names = "--model", paramLabel = "ID", converter = Converters.Model.class, completionCandidates = Converters.ModelIds.class,
            description = "Start on this rung: ${COMPLETION-CANDIDATES}.")
    private ModelKind model;

    @Option(names = "--train", description = "Start training once the window is up and the rung is warmed up.")
    private boolean train;

    @Option(names = "--projector", description = "Start in projector mode (large text, thick lines; F5 toggles it).")
    private boolean projector;

    @Option(names = "--view", paramLabel = "TAB", converter = Converters.View.class,
            description = "Open on this tab: training, data, unrolled, gates or memory (default: training, or unrolled with --text).")
    private View view;

    @Option(names = "--text", paramLabel = "WORDS", converter = Converters.Words.class,
            description = "The Unrolled view's sentence, e.g. \"seven thousand three hundred\"; opens that view unless --view says otherwise.")
    private String text;

    @Option(names = "--step", paramLabel = "N", converter = Step.class,
            description = "Put the Unrolled view's cursor at word N of the sentence (1 = the first word; default: the last).")
    private Integer step;

    @Option(names = "--unit", paramLabel = "U", converter = Converters.Unit.class,
            description = "Open unit U (0 to " + (io.unrolled.models.ModelConfig.BOOK_HIDDEN - 1) + ") in the Gates tab: its equation, "
                    + "its values along the sentence and the strongest units; opens that tab unless --view says otherwise, which must be gates.")
    private Integer unit;

    @Option(names = "--compare", paramLabel = "FILE.npz",
            description = "In the Memory tab, compare the shown model with the one saved in this file (e.g. LMModel5 beside LMModel6).")
    private Path compare;

    @Option(names = "--train-mode", description = "Turn the Unrolled and Gates views' train/eval switch to train mode (LMModel7): "
            + "the dropout mask of a training pass on the top layer's h, and AR and TAR per word.")
    private boolean trainMode;

    /** A word's place in the sentence, from 1; the sentence's own length is checked by the view. */
    static final class Step implements picocli.CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            try {
                int n = Integer.parseInt(text.strip());
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException notAWholeNumber) {
                // refused below, in the same words
            }
            throw new picocli.CommandLine.TypeConversionException("must be a whole number from 1, got '" + text + "'");
        }
    }

    /** The zoom steps Ctrl + and Ctrl − move through, in per cent of the normal text size. */
    public static final int[] ZOOM_PERCENTS = {80, 90, 100, 115, 130, 150};

    @Option(names = "--zoom", paramLabel = "PERCENT", converter = Converters.Zoom.class, defaultValue = "100",
            description = "Start at this zoom step, as Ctrl + / Ctrl - would: 80, 90, 100, 115, 130 or 150 (default: ${DEFAULT-VALUE}).")
    private int zoom = 100;

    @Option(names = "--screenshot", paramLabel = "FILE.png", description = "Write a PNG of the window after --screenshot-after seconds, then exit.")
    private Path screenshot;

    @Option(names = "--screenshot-after", paramLabel = "SECONDS", converter = Converters.Seconds.class, defaultValue = "1",
            description = "Seconds after launch to take the screenshot (default: ${DEFAULT-VALUE}).")
    private double screenshotAfter = 1;

    @Option(names = "--exit-after", paramLabel = "SECONDS", converter = Converters.Seconds.class,
            description = "Close the window after this many seconds.")
    private Double exitAfter;

    @Option(names = "--frame-stats", description = "On exit, print the first frame's time, frame gaps while training, batches per second "
            + "and seconds per epoch.")
    private boolean frameStats;

    /** Set from {@link UnrolledCommand}'s positional parameter, which picocli keeps outside this group. */
    private Path modelFile;

    WindowFlags withModelFile(Path file) {
        modelFile = file;
        return this;
    }

    /** A saved model to load once the window is open (a double-clicked .npz). */
    public Optional<Path> modelFile() {
        return Optional.ofNullable(modelFile);
    }

    public Optional<ModelKind> model() {
        return Optional.ofNullable(model);
    }

    public boolean train() {
        return train;
    }

    public boolean projector() {
        return projector;
    }

    /** The saved model the Memory tab compares with, if asked for. */
    public Optional<Path> compare() {
        return Optional.ofNullable(compare);
    }

    /** "training", "data", "unrolled", "gates" or "memory". */
    public String view() {
        return view != null ? view.name() : unit != null ? View.gates.name() : text != null ? View.unrolled.name() : View.training.name();
    }

    /** The unit the Gates tab opens, if asked for. */
    public Optional<Integer> unit() {
        return Optional.ofNullable(unit);
    }

    /** Null when the flags fit together, else why not (one line). */
    String conflict() {
        if (unit != null && view != null && view != View.gates) {
            return "--unit opens a unit in the Gates tab; it goes with --view gates, not --view " + view.name();
        }
        return null;
    }

    /** The sentence for the Unrolled view, as typed. */
    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    /** Whether the diagram views start in train mode. */
    public boolean trainMode() {
        return trainMode;
    }

    /** The Unrolled view's cursor, 1-based, if asked for. */
    public Optional<Integer> step() {
        return Optional.ofNullable(step);
    }

    /** How many Ctrl + (positive) or Ctrl − (negative) presses from 100 % the --zoom step is. */
    public int zoomSteps() {
        return indexOf(zoom) - indexOf(100);
    }

    private static int indexOf(int percent) {
        for (int i = 0; i < ZOOM_PERCENTS.length; i++) {
            if (ZOOM_PERCENTS[i] == percent) {
                return i;
            }
        }
        throw new IllegalArgumentException("not a zoom step: " + percent);
    }

    public Optional<String> screenshot() {
        return Optional.ofNullable(screenshot).map(Path::toString);
    }

    public double screenshotAfter() {
        return screenshotAfter;
    }

    public Optional<Double> exitAfter() {
        return Optional.ofNullable(exitAfter);
    }

    public boolean frameStats() {
        return frameStats;
    }
}
