package io.unrolled.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;

/**
 * A chart for series that change many times a second, drawn on one Canvas. JavaFX's LineChart
 * rebuilt a node per point and took 60 ms per update plus a long layout pass, which showed as
 * stutter on the projector. Colours, widths and dashes come from CSS: each series' legend swatch
 * is a styled {@link Line}, and the canvas draws with that swatch's stroke.
 */
final class LiveChart extends BorderPane {

    /** How a series is drawn; VERTICAL_LINES marks each x across the plot (its ys are ignored). */
    enum Style { LINE, LINE_MARKERS, STACKED_AREA, MARKERS, VERTICAL_LINES }

    /** One series: its points come from the supplier at every redraw, as {xs, ys} of equal length. */
    record Series(String name, String styleClass, Style style, Supplier<double[][]> points) {
    }

    private final List<Series> series = new ArrayList<>();
    private final List<Line> swatches = new ArrayList<>();
    private final List<javafx.scene.Node> legendItems = new ArrayList<>();
    private int ownSeries = Integer.MAX_VALUE;
    private final Canvas canvas = new Canvas();
    private final Label axisStyle = new Label();   // carries the CSS font and text colour of the axes
    private final Line gridStyle = new Line();      // carries the CSS colour of the grid
    private final FlowPane legend = new FlowPane();
    private final String xName;
    private Double fixedMinY;
    private Double fixedMaxY;
    private double[][][] lastDrawn = new double[0][][];
    private int lastPainted;     // series that put ink on the canvas at the last redraw
    private Axis lastX;          // the x axis of the last redraw, for hover and the cursor
    private Axis lastY;
    private final Pane plot;
    private Line cursor;         // a node over the canvas: moving it repaints a sliver, not the chart
    private double cursorX = Double.NaN;

    private final Label titleLabel = new Label();

    LiveChart(String title, String xName, String yName) {
        this.xName = xName;
        getStyleClass().add("live-chart");
        titleLabel.setText(title);
        titleLabel.getStyleClass().add("chart-title");
        BorderPane.setAlignment(titleLabel, javafx.geometry.Pos.CENTER);
        setTop(titleLabel);
        plot = new Pane(canvas);
        plot.getStyleClass().add("live-plot");
        canvas.widthProperty().bind(plot.widthProperty());
        canvas.heightProperty().bind(plot.heightProperty());
        canvas.widthProperty().addListener(o -> redraw());
        canvas.heightProperty().addListener(o -> redraw());
        plot.setMinWidth(0);
        setCenter(plot);
        axisStyle.getStyleClass().add("live-axis");
        axisStyle.setText(yName);
        gridStyle.getStyleClass().add("live-grid");
        axisStyle.setManaged(false);
        axisStyle.setVisible(false);
        gridStyle.setManaged(false);
        gridStyle.setVisible(false);
        legend.getStyleClass().add("chart-legend");
        // the grid works out a row's height from the legend at its preferred width: keep that narrow,
        // so a legend that wraps to more lines in a narrow window never pushes the plot into the title
        legend.setPrefWrapLength(0);
        legend.getChildren().addAll(axisStyle, gridStyle);
        setBottom(legend);
        installHover();
        followScene();
        axisStyle.fontProperty().addListener(o -> keepPlotFloor());
        ((javafx.beans.value.ObservableValue<?>) minPlotHeight).addListener(o -> keepPlotFloor());
        ((javafx.beans.value.ObservableValue<?>) minPlotShare).addListener(o -> keepPlotFloor());
    }

    private static final javafx.css.StyleablePropertyFactory<LiveChart> CSS =
            new javafx.css.StyleablePropertyFactory<>(BorderPane.getClassCssMetaData());
    /** The least height of the area inside the axes, whatever the zoom: base.css sets it. */
    private final javafx.css.StyleableProperty<Number> minPlotHeight =
            CSS.createStyleableNumberProperty(this, "minPlotHeight", "-u-min-plot-height", c -> c.minPlotHeight, 0);
    /** ... or this share of the window's height, if more: a tall projector screen gives the plots more. */
    private final javafx.css.StyleableProperty<Number> minPlotShare =
            CSS.createStyleableNumberProperty(this, "minPlotShare", "-u-min-plot-share", c -> c.minPlotShare, 0);

    /**
     * Title on top, legend at the bottom, the plot in between: BorderPane's own layout let a plot
     * that needed more than the row gave slide up over the title, so the chart lays itself out,
     * and its least height is worked out the same way.
     */
    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = getWidth() - x - snappedRightInset();
        double h = getHeight() - y - snappedBottomInset();
        double titleWidth = Math.min(w, titleLabel.prefWidth(-1));
        double titleHeight = titleLabel.prefHeight(titleWidth);
        double legendHeight = legend.prefHeight(w);
        titleLabel.resizeRelocate(x + (w - titleWidth) / 2, y, titleWidth, titleHeight);
        legend.resizeRelocate(x, y + h - legendHeight, w, legendHeight);
        plot.resizeRelocate(x, y + titleHeight, w, Math.max(0, h - titleHeight - legendHeight));
    }

    @Override
    protected double computeMinHeight(double width) {
        double w = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
        double titleWidth = w < 0 ? -1 : Math.min(w, titleLabel.prefWidth(-1));
        return snappedTopInset() + titleLabel.prefHeight(titleWidth) + plot.minHeight(-1) + legend.prefHeight(w) + snappedBottomInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return computeMinHeight(width);
    }

    /**
     * Room for the axes and a few ticks, not the widest legend entry: with large text on a narrow
     * screen a long entry is cut at the chart's edge, rather than the second column of charts at
     * the window's.
     */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + axisStyle.getFont().getSize() * MIN_WIDTH_EMS + snappedRightInset();
    }

    private static final double MIN_WIDTH_EMS = 10;

    /** The legend wraps to the chart's width: the grid must ask for the height at that width, or the rows come out too short. */
    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    public List<javafx.css.CssMetaData<? extends javafx.css.Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }

    /**
     * The plot's least height: the area inside the axes at its floor, plus the axes' labels. The
     * charts' grid and the window's centre honour it, so zoomed text or a short screen takes room
     * from the table (or scrolls the centre) rather than squashing the plots.
     */
    private void keepPlotFloor() {
        double windowHeight = getScene() == null ? 0 : getScene().getHeight();
        double floor = Math.max(minPlotHeight.getValue().doubleValue(), minPlotShare.getValue().doubleValue() * windowHeight)
                + axisStyle.getFont().getSize() * (TOP_EMS + BOTTOM_EMS);
        plot.setMinHeight(floor);
        plot.setPrefHeight(floor);
    }

    /**
     * Replaces the overlay series (earlier runs) drawn under this chart's own series. Overlays come
     * after the chart's own series in the list, so the reverse drawing order puts them underneath.
     */
    void setOverlays(List<Series> overlays) {
        while (series.size() > ownSeries) {
            int last = series.size() - 1;
            series.remove(last);
            legend.getChildren().remove(legendItems.remove(last));
            swatches.remove(last);
        }
        overlays.forEach(this::add);
        legend.applyCss();   // new swatches get their colours now, not at the next pulse
        redraw();
    }

    /** Call after the chart's own series are added: everything added later is an overlay. */
    void sealOwnSeries() {
        ownSeries = series.size();
    }

    void add(Series s) {
        series.add(s);
        Line swatch = new Line(0, 0, 22, 0);
        swatch.getStyleClass().addAll("live-series", s.styleClass());
        swatches.add(swatch);
        HBox item = new HBox(swatch, new Label(s.name()));
        item.getStyleClass().add("live-legend-item");
        item.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        legend.getChildren().add(item);
        legendItems.add(item);
    }

    /** A vertical line at {@link #moveCursor}'s x, styled by {@code styleClass}. */
    void addCursor(String styleClass) {
        cursor = new Line();
        cursor.getStyleClass().addAll("live-cursor", styleClass);
        cursor.setManaged(false);
        cursor.setMouseTransparent(true);
        cursor.setVisible(false);
        plot.getChildren().add(cursor);
    }

    /** Moves the cursor to data value {@code x} (NaN hides it) without redrawing the chart. */
    void moveCursor(double x) {
        cursorX = x;
        placeCursor();
    }

    /** Where the cursor stands (data units), NaN when hidden; for tests. */
    double cursorValue() {
        return cursor != null && cursor.isVisible() ? cursorX : Double.NaN;
    }

    private void placeCursor() {
        if (cursor == null) {
            return;
        }
        boolean show = Double.isFinite(cursorX) && lastX != null && lastY != null;
        cursor.setVisible(show);
        if (show) {
            double px = Math.round(lastX.map(cursorX)) + 0.5;
            cursor.setStartX(px);
            cursor.setEndX(px);
            cursor.setStartY(lastY.toPx());
            cursor.setEndY(lastY.fromPx());
        }
    }

    /** A title that says more as things change (the schedule's peak learning rate); the same text changes nothing. */
    void setTitle(String title) {
        titleLabel.setText(title);
    }

    String title() {
        return titleLabel.getText();
    }

    void fixYRange(double min, double max) {
        fixedMinY = min;
        fixedMaxY = max;
    }

    /** Room the axes take above and below the plot area, in multiples of the axis font's size. */
    private static final double TOP_EMS = 0.6;
    private static final double BOTTOM_EMS = 2.6;

    /** Height of the area inside the axes as the chart is laid out now, in pixels. */
    double plotAreaHeight() {
        return Math.max(0, canvas.getHeight() - axisStyle.getFont().getSize() * (TOP_EMS + BOTTOM_EMS));
    }

    int seriesCount() {
        return series.size();
    }

    /** How many series put ink on the canvas at the last redraw (for tests). */
    int paintedSeries() {
        return lastPainted;
    }

    /** Number of points the series had at the last redraw (for tests and hover). */
    int drawnPoints(int seriesIndex) {
        return seriesIndex < lastDrawn.length ? lastDrawn[seriesIndex][0].length : 0;
    }

    /**
     * Asks for a redraw in the next frame, after that frame's CSS and layout passes, so that
     * everything that changes between two frames (a new run clears five series at once, a batch
     * hand-off and an epoch's end arrive together, a resize changes width and height) is drawn once.
     * Drawing after the CSS pass matters: the canvas reads its colours, widths and font from styled
     * nodes, and a style class changed on an ancestor (the zoom keys) resets all of those to
     * JavaFX's defaults at once, until the next CSS pass sets them again. An animation timer runs
     * before that pass, and drew black lines, black grid and a 13 px font.
     */
    void redraw() {
        drawPending = true;
        javafx.application.Platform.requestNextPulse();
    }

    /** Draws at once, for {@link ChartWarmUp}: a chart outside any window gets no frames. */
    void drawNow() {
        drawPending = false;
        draw();
    }

    private boolean drawPending;
    private final Runnable drawAfterLayout = () -> {
        if (drawPending) {
            drawPending = false;
            draw();
        }
    };

    private final javafx.beans.InvalidationListener windowHeight = o -> keepPlotFloor();

    /** Hooks {@link #drawAfterLayout} and the plot's floor to whichever scene the chart is in. */
    private void followScene() {
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(drawAfterLayout);
                was.heightProperty().removeListener(windowHeight);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(drawAfterLayout);
                now.heightProperty().addListener(windowHeight);
                keepPlotFloor();
            }
        });
    }

    private void draw() {
        draw(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight());
    }

    /**
     * The plot drawn again on a canvas {@code scale} times its size (the cursor too), for an export
     * that stays sharp on a projector: a snapshot scales a canvas as a bitmap, and blurs it.
     */
    javafx.scene.image.WritableImage plotImage(double scale) {
        Canvas big = new Canvas(Math.ceil(canvas.getWidth() * scale), Math.ceil(canvas.getHeight() * scale));
        GraphicsContext g = big.getGraphicsContext2D();
        g.scale(scale, scale);
        draw(g, canvas.getWidth(), canvas.getHeight());
        if (cursor != null && cursor.isVisible()) {
            g.setStroke(cursor.getStroke());
            g.setLineWidth(cursor.getStrokeWidth());
            g.setLineDashes(cursor.getStrokeDashArray().stream().mapToDouble(Double::doubleValue).toArray());
            g.strokeLine(cursor.getStartX(), cursor.getStartY(), cursor.getEndX(), cursor.getEndY());
        }
        javafx.scene.SnapshotParameters clear = new javafx.scene.SnapshotParameters();
        clear.setFill(Color.TRANSPARENT);
        return big.snapshot(clear, null);
    }

    /** Where the plot lies in {@code ancestor}'s coordinates. */
    javafx.geometry.Bounds plotBoundsIn(javafx.scene.Node ancestor) {
        return ancestor.sceneToLocal(plot.localToScene(plot.getLayoutBounds()));
    }

    /** Hides or shows the canvas, so an export can draw a sharper copy in its place. */
    void showPlot(boolean show) {
        canvas.setVisible(show);
    }

    private void draw(GraphicsContext g, double w, double h) {
        g.clearRect(0, 0, w, h);
        if (w < 60 || h < 40) {
            return;
        }
        double[][][] data = new double[series.size()][][];
        for (int k = 0; k < series.size(); k++) {
            data[k] = series.get(k).points().get();
        }
        lastDrawn = data;
        PlotPainter.Stacks stacks = PlotPainter.stack(styles(), data);
        double[][] stacked = stacks.sums();
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < data.length; k++) {
            if (series.get(k).style() == Style.VERTICAL_LINES) {
                continue;   // marks on the data, not data: they set neither axis
            }
            double[] xs = data[k][0];
            double[] ys = stacked[k] != null ? stacked[k] : data[k][1];
            for (int i = 0; i < xs.length; i++) {
                minX = Math.min(minX, xs[i]);
                maxX = Math.max(maxX, xs[i]);
                if (Double.isFinite(ys[i])) {
                    minY = Math.min(minY, ys[i]);
                    maxY = Math.max(maxY, ys[i]);
                }
            }
        }
        if (!Double.isFinite(minX)) {
            minX = 0;
            maxX = 1;
        }
        if (maxX <= minX) {
            maxX = minX + 1;
        }
        minY = fixedMinY != null ? fixedMinY : Double.isFinite(minY) ? Math.min(0, minY) : 0;
        maxY = fixedMaxY != null ? fixedMaxY : Double.isFinite(maxY) && maxY > minY ? maxY * 1.05 : minY + 1;

        Font font = axisStyle.getFont();
        double left = font.getSize() * 4;
        double bottom = font.getSize() * BOTTOM_EMS;
        double top = font.getSize() * TOP_EMS;
        double right = font.getSize() * 1.2;
        double pw = w - left - right;
        double ph = h - top - bottom;
        Axis ax = new Axis(minX, maxX, left, left + pw);
        lastX = ax;
        Axis ay = new Axis(minY, maxY, top + ph, top);
        lastY = ay;
        placeCursor();
        Paint grid = gridStyle.getStroke() == null ? Color.LIGHTGRAY : gridStyle.getStroke();
        PlotPainter.drawAxes(g, font, axisStyle.getTextFill(), grid, xName, ax, ay, left, top, pw, ph);

        // no clip: a clipped canvas renders through an off-screen buffer and a mask blend, which made
        // up half of the software renderer's time; the axes clamp points to the plot area instead
        lastPainted = 0;
        for (int k = data.length - 1; k >= 0; k--) {
            if (PlotPainter.drawSeries(g, series.get(k).style(), swatches.get(k), data[k], stacked[k], stacks.lowerEdges()[k],
                    ax, ay, top + ph)) {
                lastPainted++;
            }
        }
    }

    private List<Style> styles() {
        return series.stream().map(Series::style).toList();
    }

    private void installHover() {
        Tooltip tip = new Tooltip();
        tip.getStyleClass().add("chart-hover");
        canvas.setOnMouseMoved(e -> {
            if (lastDrawn.length == 0 || lastX == null) {
                return;
            }
            double x = lastX.valueAt(e.getX());
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < lastDrawn.length; k++) {
                double[] xs = lastDrawn[k][0];
                if (xs.length == 0 || series.get(k).style() == Style.VERTICAL_LINES) {
                    continue;
                }
                int best = 0;
                for (int i = 1; i < xs.length; i++) {
                    if (Math.abs(xs[i] - x) < Math.abs(xs[best] - x)) {
                        best = i;
                    }
                }
                sb.append(String.format("%s: %.4g at %s %.0f%n", series.get(k).name(), lastDrawn[k][1][best], xName, xs[best]));
            }
            if (sb.length() == 0) {
                tip.hide();
            } else {
                tip.setText(sb.toString().strip());
                tip.show(canvas, e.getScreenX() + 14, e.getScreenY() + 14);
            }
        });
        canvas.setOnMouseExited(e -> tip.hide());
    }
}
