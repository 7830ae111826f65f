package io.unrolled.viz;

import io.unrolled.trace.SentenceTrace;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;

/**
 * The exact value under the mouse, shown beside it; a click pins it, since hover cannot be seen on
 * a projector. A pinned value follows new traces of the same sentence: the number at the same place.
 */
final class ValuePin extends Label {

    private static final PseudoClass PINNED = PseudoClass.getPseudoClass("pinned");

    private Hit pinned;
    private int pinnedUnit = -1;

    ValuePin() {
        getStyleClass().add("value-readout");
        setManaged(false);
        setVisible(false);
        setMouseTransparent(true);
    }

    boolean hasPin() {
        return pinned != null;
    }

    /** The mouse moved over {@code hit} (null: over nothing) at (x, y) of a w × h place. */
    void hover(Hit hit, int unit, SentenceTrace trace, double x, double y, double w, double h, double em) {
        if (pinned == null) {
            show(hit, unit, trace, x, y, w, h, em);
        }
    }

    void mouseLeft() {
        if (pinned == null) {
            setVisible(false);
        }
    }

    /** A click: pins what is under it, or unpins when it is the pinned value again or nothing. */
    void click(Hit hit, int unit, SentenceTrace trace, double x, double y, double w, double h, double em) {
        boolean same = hit != null && hit.equals(pinned) && unit == pinnedUnit;
        if (hit == null || same || hit.kind() == Hit.Kind.INPUT) {
            unpin();
            if (hit != null && !same) {
                show(hit, unit, trace, x, y, w, h, em);
            }
            return;
        }
        pin(hit, unit, trace, x, y, w, h, em);
    }

    /** Pins {@code hit} whatever was pinned before: a view whose places change their numbers (the Gates tab's cell follows the cursor). */
    void pin(Hit hit, int unit, SentenceTrace trace, double x, double y, double w, double h, double em) {
        pinned = hit;
        pinnedUnit = unit;
        show(hit, unit, trace, x, y, w, h, em);
        pseudoClassStateChanged(PINNED, true);
    }

    /** The pinned place, or null. */
    Hit pinned() {
        return pinned;
    }

    int pinnedUnit() {
        return pinnedUnit;
    }

    void unpin() {
        pinned = null;
        pinnedUnit = -1;
        pseudoClassStateChanged(PINNED, false);
        setVisible(false);
    }

    /** A new trace while a value is pinned: the pin shows the new number at the same place. */
    void retrace(SentenceTrace trace) {
        if (pinned != null && trace != null) {
            try {
                setText(Readouts.of(pinned, pinnedUnit, trace));
            } catch (RuntimeException e) {
                unpin();   // the place is gone from the new sentence
            }
        }
    }

    private void show(Hit hit, int unit, SentenceTrace trace, double x, double y, double w, double h, double em) {
        if (hit == null) {
            setVisible(false);
            return;
        }
        setText(Readouts.of(hit, unit, trace));
        setVisible(true);
        autosize();
        double px = Math.max(0, Math.min(w - getWidth(), x + em));
        double py = y + em + getHeight() > h ? y - getHeight() - em / 2 : y + em;
        relocate(px, Math.max(0, py));
    }
}
