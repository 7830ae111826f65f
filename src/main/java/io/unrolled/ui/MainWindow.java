package io.unrolled.ui;

import io.unrolled.models.ModelKind;
import io.unrolled.session.TrainingSession;
import io.unrolled.session.TrainingSession.State;
import javafx.scene.control.Alert;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;

/** The explorer: ladder on the left, transport on top, charts and epoch table in the middle, knobs on the right. */
final class MainWindow extends BorderPane {

    final TrainingSession session;
    final LadderPane ladder = new LadderPane();
    final TransportBar transport;
    final KnobsPane knobs;
    final ChartsPane charts;
    final EpochTable table;
    final FastaiBars fastaiBars;
    final StatusBar statusBar = new StatusBar();
    final javafx.scene.control.TabPane center;
    final javafx.scene.control.Tab unrolledTab = new javafx.scene.control.Tab("Unrolled");
    final javafx.scene.control.Tab gatesTab = new javafx.scene.control.Tab("Gates");
    final javafx.scene.control.Tab memoryTab = new javafx.scene.control.Tab("Memory");
    private SessionSentences sentences;
    final Notice notice = new Notice();
    private final SettingsFields fields;
    private final RunExport export;
    private final WeightsQuestions questions;

    /** The most of the window's width either side panel may take. */
    private static final double SIDE_PANEL_SHARE = 0.24;

    private boolean ready;
    private final java.util.List<Runnable> whenReady = new java.util.ArrayList<>();

    /**
     * Runs {@code action} once the window is on screen, its deferred set-up is done and ND4J is
     * loaded (at once if all that is so): where a user's first click would come.
     */
    void whenReady(Runnable action) {
        if (ready) {
            action.run();
        } else {
            whenReady.add(action);
        }
    }

    /** Set-up that can wait until the window is on screen: the trainer warms up ({@link io.unrolled.train.JitQuiet}) while a hidden chart is drawn. */
    private void finishSetUp() {
        charts.redrawReferences(session.modelProperty().get());
        boolean[] warming = {true};
        // alongside the trainer's warm-up, so the first real frames do not pay for the charts' first layout (docs/performance.md)
        new ChartWarmUp(getScene().getStylesheets()).runWhile(() -> warming[0]);
        session.warmUp(() -> {
            warming[0] = false;
            ready = true;
            whenReady.forEach(Runnable::run);
            whenReady.clear();
        });
    }

    MainWindow(TrainingSession session) {
        this.session = session;
        getStyleClass().addAll("main-window", "zoom-100");
        transport = new TransportBar(session);
        knobs = new KnobsPane(session);
        charts = new ChartsPane(session);
        knobs.onCompare(charts::showOverlays);
        // a change listener, as the one that tells the session: JavaFX calls invalidation listeners before either
        knobs.lrScale.valueProperty().addListener((o, was, now) -> charts.showPeakLr());
        fields = new SettingsFields(session, transport, charts::redrawSchedule);
        export = new RunExport(session, charts, fields);
        questions = new WeightsQuestions(session, this::ownedAndStyled);
        table = new EpochTable(session);
        fastaiBars = new FastaiBars(session);
        // after the pulse that notes when the window got on screen
        FirstFrames.then(() -> javafx.application.Platform.runLater(this::finishSetUp));
        VBox training = new VBox(charts, table, fastaiBars);
        training.getStyleClass().add("center");
        VBox.setVgrow(charts, Priority.ALWAYS);
        // the charts keep their height: on a short screen or at a large zoom the table goes below the fold
        javafx.scene.control.ScrollPane trainingScroll = new javafx.scene.control.ScrollPane(training);
        trainingScroll.setFitToWidth(true);
        trainingScroll.setFitToHeight(true);
        trainingScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        trainingScroll.getStyleClass().add("training-scroll");
        javafx.scene.control.Tab trainingTab = new javafx.scene.control.Tab("Training", trainingScroll);
        javafx.scene.control.Tab dataTab = new javafx.scene.control.Tab("Data");
        dataTab.setId("data-tab");
        // built the first time it is opened: the window should not wait for it
        dataTab.setOnSelectionChanged(e -> {
            if (dataTab.isSelected() && dataTab.getContent() == null) {
                dataTab.setContent(new DataView());
            }
        });
        unrolledTab.setId("unrolled-tab");
        // built when first opened, as the Data tab; while hidden, nothing is traced
        unrolledTab.setOnSelectionChanged(e -> {
            if (unrolledTab.isSelected()) {
                unrolled();
            }
            if (sentences != null) {
                sentences.watching(watchingSentence());
            }
        });
        gatesTab.setId("gates-tab");
        // the Gates tab shares the Unrolled view's sentence and time cursor
        gatesTab.setOnSelectionChanged(e -> {
            if (gatesTab.isSelected()) {
                javafx.application.Platform.runLater(gates()::focusCell);
            }
            if (sentences != null) {
                sentences.watching(watchingSentence());
            }
        });
        memoryTab.setId("memory-tab");
        // the Memory tab follows the Unrolled view's sentence and cursor; while hidden, nothing is traced for it
        memoryTab.setOnSelectionChanged(e -> {
            if (memoryTab.isSelected()) {
                javafx.application.Platform.runLater(memory()::focusPane);
            }
            session.memory().watch(memoryTab.isSelected());
            if (memoryTab.getContent() != null) {
                memoryTab.getContent().setVisible(memoryTab.isSelected());
            }
            if (sentences != null) {
                sentences.watching(watchingSentence());
            }
        });
        center = new javafx.scene.control.TabPane(trainingTab, dataTab, unrolledTab, gatesTab, memoryTab);
        center.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        setTop(transport);
        setLeft(ladder);
        // the notice sits over the centre's corner: inside the window, above the status line
        javafx.scene.layout.StackPane.setAlignment(notice, javafx.geometry.Pos.BOTTOM_RIGHT);
        setCenter(new javafx.scene.layout.StackPane(center, notice));
        // in projector mode, or with many past runs, the knobs are taller than the window: scroll, never squash
        javafx.scene.control.ScrollPane knobsScroll = new javafx.scene.control.ScrollPane(knobs);
        knobsScroll.setFitToWidth(true);
        knobsScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        knobsScroll.getStyleClass().add("knobs-scroll");
        setRight(knobsScroll);
        // large text on a small screen: the side panels give way (their text wraps, they scroll), never the centre
        ladder.maxWidthProperty().bind(widthProperty().multiply(SIDE_PANEL_SHARE));
        knobsScroll.maxWidthProperty().bind(widthProperty().multiply(SIDE_PANEL_SHARE));
        setBottom(statusBar);
        statusBar.textProperty().bind(session.statusProperty());
        // our own bar, always shown: the status bar's own one appears and disappears with each run,
        // and making it visible again rebuilt its animation, a stall as training started (docs/performance.md)
        javafx.scene.control.ProgressBar progressBar = new javafx.scene.control.ProgressBar(0);
        progressBar.getStyleClass().add("run-progress");
        statusBar.getRightItems().add(progressBar);
        javafx.scene.control.Label eta = new javafx.scene.control.Label();
        session.progressProperty().addListener((o, was, p) -> {
            progressBar.setProgress(p.overall());
            eta.setText(p.line());
        });
        eta.getStyleClass().add("progress-text");
        eta.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);   // the status text gives way first
        statusBar.getRightItems().add(eta);

        ladder.selectedProperty().set(session.modelProperty().get());
        ladder.selectedProperty().addListener((o, was, kind) -> choose(was, kind));
        // a loaded model file picks its own rung: the ladder and the fields follow
        session.modelProperty().addListener((o, was, kind) -> {
            ladder.selectedProperty().set(kind);
            fields.show();
        });
        fields.show();
        transport.train.setOnAction(e -> train());
        transport.pause.setOnAction(e -> session.pause());
        transport.step.setOnAction(e -> step());
        transport.stop.setOnAction(e -> session.stop());
        transport.reset.setOnAction(e -> reset());
        transport.save.setOnAction(e -> choose("Save model", "unrolled-" + session.modelProperty().get().id() + ".npz", true)
                .ifPresent(session::saveModel));
        transport.load.setOnAction(e -> choose("Load model", null, false).ifPresent(this::load));
        transport.getItems().add(AboutDialog.button(this::showAbout));
        transport.export.setOnAction(e -> choose("Export charts (PNG) and numbers (CSV)",
                "unrolled-" + session.modelProperty().get().id() + ".png", true).ifPresent(this::export));
        session.stateProperty().addListener((o, was, now) -> {
            String warning = session.warningProperty().get();
            if (warning != null && now != State.RUNNING && now != State.PAUSED) {
                // the status line alone is easy to miss from the back of a room
                notice.show(warning, session.statusProperty().get(), 12);
            }
            if (now == State.FINISHED && !session.epochs().isEmpty()) {
                ladder.recordAccuracy(session.modelProperty().get(), session.epochs().get(session.epochs().size() - 1).accuracy());
            }
        });
        projectorBadge.getStyleClass().add("projector-badge");
        projectorBadge.setVisible(false);
        projectorBadge.managedProperty().bind(projectorBadge.visibleProperty());
        // the status text gives way, never the badge that says how to leave projector mode
        projectorBadge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        statusBar.getRightItems().add(0, projectorBadge);
        addEventFilter(KeyEvent.KEY_PRESSED, new KeyBindings(this));
    }

    private static final javafx.css.PseudoClass PROJECTOR = javafx.css.PseudoClass.getPseudoClass("projector");
    private final javafx.scene.control.Label projectorBadge = new javafx.scene.control.Label("PROJECTOR MODE · F5 to leave");

    /** Large text and thick lines for the back row: a root pseudo-class, all sizes follow from CSS. */
    void setProjectorMode(boolean on) {
        if (on == isProjectorMode()) {
            return;     // at start-up: the schedule preview waits until the window is painted
        }
        pseudoClassStateChanged(PROJECTOR, on);
        if (getScene() != null) {
            getScene().getRoot().pseudoClassStateChanged(PROJECTOR, on);
        }
        projectorBadge.setVisible(on);
        charts.redrawSchedule();
    }

    /** Opens the Data, Unrolled, Gates or Memory tab (or the Training tab). */
    void showView(String name) {
        center.getSelectionModel().select("data".equals(name) ? 1 : "unrolled".equals(name) ? 2 : "gates".equals(name) ? 3
                : "memory".equals(name) ? 4 : 0);
    }

    /** Whether a tab that shows the traced sentence is open. */
    private boolean watchingSentence() {
        return unrolledTab.isSelected() || gatesTab.isSelected() || memoryTab.isSelected();
    }

    /** The Memory view, made on first use, on the Unrolled view's sentence and clock. */
    io.unrolled.viz.MemoryView memory() {
        if (memoryTab.getContent() == null) {
            io.unrolled.viz.MemoryView view = new io.unrolled.viz.MemoryView(unrolled(), new SessionMemory(session));
            view.onChooseFile(() -> choose("Compare with a saved model", null, false).orElse(null));
            view.setVisible(memoryTab.isSelected());
            memoryTab.setContent(view);
        }
        return (io.unrolled.viz.MemoryView) memoryTab.getContent();
    }

    /** The Unrolled view, made on first use. */
    io.unrolled.viz.UnrolledView unrolled() {
        if (unrolledTab.getContent() == null) {
            sentences = new SessionSentences(session.sentences(), session.dropout());
            io.unrolled.viz.UnrolledView view = new io.unrolled.viz.UnrolledView(sentences);
            view.onExport(() -> choose("Export the diagram (PNG) and its numbers (JSON)",
                    UnrolledExport.suggestedName(view.shownTrace()), true).ifPresent(this::exportUnrolled));
            unrolledTab.setContent(view);
        }
        return (io.unrolled.viz.UnrolledView) unrolledTab.getContent();
    }

    /** The Gates view, made on first use, on the Unrolled view's trace and clock. */
    io.unrolled.viz.GatesView gates() {
        if (gatesTab.getContent() == null) {
            gatesTab.setContent(new io.unrolled.viz.GatesView(unrolled()));
        }
        return (io.unrolled.viz.GatesView) gatesTab.getContent();
    }

    boolean isProjectorMode() {
        return projectorBadge.isVisible();
    }

    private void choose(ModelKind was, ModelKind kind) {
        if (kind == null || kind == session.modelProperty().get()) {
            return;
        }
        if (session.stateProperty().get() != State.RUNNING && session.stateProperty().get() != State.PAUSED
                && !questions.mayForget("Switch to " + kind.bookName() + "?")) {
            ladder.selectedProperty().set(was);
            return;
        }
        try {
            session.selectModel(kind);
        } catch (IllegalStateException e) {
            ladder.selectedProperty().set(was);
            fields.showProblem(null, e.getMessage());
        }
    }

    void train() {
        begin(false);
    }

    /** One batch of a paused run, or the first batch of a new one; a running run is left alone (Pause first). */
    void step() {
        begin(true);
    }

    /** Train or Step: goes on with a paused run; else asks what becomes of the weights there are, then starts a run. */
    private void begin(boolean oneBatch) {
        State now = session.stateProperty().get();
        if (now == State.RUNNING) {
            return;
        }
        if (now == State.PAUSED) {
            if (oneBatch) {
                session.stepOnce();
            } else {
                session.train();
            }
            return;
        }
        var start = questions.howToStart();
        if (start.isEmpty() || !fields.apply()) {
            return;
        }
        if (start.get() == WeightsQuestions.Start.FROM_LOADED) {
            session.continueLoaded(oneBatch);
        } else if (oneBatch) {
            session.stepOnce();
        } else {
            session.train();
        }
    }

    private void reset() {
        if (questions.mayForget("Reset the trained model?")) {
            session.reset();
        }
    }

    private java.util.Optional<java.nio.file.Path> choose(String title, String suggested, boolean save) {
        javafx.stage.FileChooser fc = new javafx.stage.FileChooser();
        fc.setTitle(title);
        if (suggested != null) {
            fc.setInitialFileName(suggested);
        }
        var window = getScene().getWindow();
        java.io.File f = save ? fc.showSaveDialog(window) : fc.showOpenDialog(window);
        return java.util.Optional.ofNullable(f).map(java.io.File::toPath);
    }

    void load(java.nio.file.Path file) {
        try {
            session.loadModel(file);
        } catch (IllegalStateException e) {
            fields.showProblem(null, e.getMessage());
        }
    }

    /** Writes the charts to {@code png} and the run's numbers next to it as .csv. */
    void export(java.nio.file.Path png) {
        export.write(png);
    }

    /** For --frame-stats: the tab on show at the end and, when the Unrolled view was timed, its paints. */
    String viewStats() {
        String tab = center.getSelectionModel().getSelectedItem().getText();
        String paints = unrolledTab.getContent() == null ? "" : "; " + unrolled().paintSummary();
        return "the " + tab + " tab was showing at the end" + (unrolledTab.getContent() == null ? "" : paints);
    }

    /** Writes the Unrolled view to {@code png} and its trace next to it as .json; a failure is said in a notice. */
    void exportUnrolled(java.nio.file.Path png) {
        UnrolledExport.write(unrolled(), png, session::announce, (title, message) -> {
            session.announce(message);
            notice.show(title, message, 15);
        });
    }

    static final String[] ZOOMS = java.util.Arrays.stream(io.unrolled.cli.WindowFlags.ZOOM_PERCENTS)
            .mapToObj(p -> "zoom-" + p).toArray(String[]::new);
    private int zoom = 2;

    /** Ctrl + / Ctrl − / Ctrl 0: one root font size, and every size in em follows (steps live in CSS). */
    void zoom(int step) {
        int next = step == 0 ? 2 : Math.max(0, Math.min(ZOOMS.length - 1, zoom + step));
        if (next == zoom) {
            return;   // at 100 %, 80 % or 150 % already: nothing to restyle
        }
        // one change to the list, so CSS is worked out once, for the new step
        getStyleClass().set(getStyleClass().indexOf(ZOOMS[zoom]), ZOOMS[next]);
        zoom = next;
        charts.redrawSchedule();
    }

    void showAbout() {
        ownedAndStyled(AboutDialog.create()).show();
    }

    /**
     * A dialog in front of this window (also in full screen) that wears its stylesheet and, in
     * projector mode, its large text.
     */
    Alert ownedAndStyled(Alert dialog) {
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
            dialog.getDialogPane().getStylesheets().setAll(getScene().getStylesheets());
        }
        dialog.getDialogPane().pseudoClassStateChanged(PROJECTOR, isProjectorMode());
        return dialog;
    }
}
