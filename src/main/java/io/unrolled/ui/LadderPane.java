package io.unrolled.ui;

import io.unrolled.models.ModelConfig;
import io.unrolled.models.ModelKind;
import io.unrolled.models.ParameterCount;
import io.unrolled.train.Ladder;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;

/**
 * The model ladder: each rung with what it adds, its size, the book's accuracy and the user's best.
 * A plain column of cards, not a ListView: eight rungs need no virtual flow, and the ListView's cell
 * juggling cost about 150 ms of the window's first appearance. Click a card, or Up / Down with the
 * ladder focused, to choose a rung.
 */
final class LadderPane extends ScrollPane {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final ObjectProperty<ModelKind> selected = new SimpleObjectProperty<>(this, "selected");
    private final Map<ModelKind, Double> best = new EnumMap<>(ModelKind.class);
    private final Map<ModelKind, Rung> rungs = new EnumMap<>(ModelKind.class);

    LadderPane() {
        VBox column = new VBox();
        column.getStyleClass().add("rungs");
        for (ModelKind kind : ModelKind.values()) {
            Rung rung = new Rung(kind, ParameterCount.of(ModelConfig.book(kind, 30)));
            if (kind.ordinal() % 2 == 1) {
                rung.getStyleClass().add("odd");
            }
            rung.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
                requestFocus();
                selected.set(kind);
            });
            rungs.put(kind, rung);
            column.getChildren().add(rung);
        }
        setContent(column);
        setFitToWidth(true);                      // cards as wide as the ladder: text wraps, never scrolls sideways
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        getStyleClass().add("ladder");
        // a filter, consumed: the key is the ladder's before any handler of the ScrollPane sees it
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // the first layout, projector mode and zoom move the cards: keep the chosen one in sight
        column.heightProperty().addListener(o -> showSelected());
        viewportBoundsProperty().addListener(o -> showSelected());
        selected.addListener((o, was, now) -> {
            if (was != null) {
                rungs.get(was).pseudoClassStateChanged(SELECTED, false);
            }
            if (now != null) {
                rungs.get(now).pseudoClassStateChanged(SELECTED, true);
                showSelected();
            }
        });
    }

    /** The chosen rung; listeners hear every change, and MainWindow may set it back if the change is refused. */
    ObjectProperty<ModelKind> selectedProperty() {
        return selected;
    }

    /** Records a finished run's accuracy if it beats the user's best on that rung. */
    void recordAccuracy(ModelKind kind, double accuracy) {
        best.merge(kind, accuracy, Math::max);
        rungs.get(kind).showFacts(best.get(kind));
    }

    private void onKey(KeyEvent e) {
        int step = e.getCode() == KeyCode.DOWN ? 1 : e.getCode() == KeyCode.UP ? -1 : 0;
        if (step == 0) {
            return;
        }
        ModelKind[] kinds = ModelKind.values();
        int at = selected.get() == null ? 0 : selected.get().ordinal() + step;
        selected.set(kinds[Math.max(0, Math.min(kinds.length - 1, at))]);
        e.consume();
    }

    private void showSelected() {
        if (selected.get() != null) {
            scrollIntoView(rungs.get(selected.get()));
        }
    }

    private void scrollIntoView(Rung rung) {
        double content = getContent().getBoundsInLocal().getHeight();
        double view = getViewportBounds().getHeight();
        if (content <= view || view <= 0) {
            return;
        }
        double top = rung.getBoundsInParent().getMinY();
        double bottom = rung.getBoundsInParent().getMaxY();
        double shownTop = getVvalue() * (content - view);
        if (top < shownTop) {
            setVvalue(top / (content - view));
        } else if (bottom > shownTop + view) {
            setVvalue((bottom - view) / (content - view));
        }
    }

    /** One card: the rung's name, what it adds, and its numbers. */
    private static final class Rung extends VBox {
        private final long parameters;
        private final double book;
        private final Label facts = new Label();

        Rung(ModelKind kind, long parameters) {
            this.parameters = parameters;
            this.book = Ladder.bookAccuracy(kind);
            Label name = new Label(kind.bookName());
            name.getStyleClass().add("rung-name");
            Label adds = new Label(kind.adds());
            adds.setWrapText(true);
            adds.getStyleClass().add("rung-adds");
            facts.setWrapText(true);          // "your best" makes it longer than the ladder is wide
            facts.getStyleClass().add("rung-facts");
            getChildren().addAll(name, adds, facts);
            getStyleClass().add("rung");
            setAccessibleRole(AccessibleRole.LIST_ITEM);
            showFacts(null);
        }

        void showFacts(Double mine) {
            facts.setText(factsLine(parameters, book, mine));
        }
    }

    /**
     * "8,030 parameters · book 49.4 % · your best 67.7 %": a no-break space keeps each number with
     * its % sign and with the word before it, so a wrapped line never starts with a lone "%".
     */
    static String factsLine(long parameters, double book, Double mine) {
        return String.format("%,d parameters · book\u00a0%s · your best\u00a0%s", parameters,
                Double.isNaN(book) ? "—" : String.format("%.1f\u00a0%%", 100 * book),
                mine == null ? "—" : String.format("%.1f\u00a0%%", 100 * mine));
    }
}
