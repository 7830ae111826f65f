package io.unrolled.train;

import javafx.beans.property.SimpleDoubleProperty;

/** Breaks the layering on purpose, for ArchitectureTest to prove its rules can fail: JavaFX in the core. */
final class JavaFxInTheCoreFixture {

    private JavaFxInTheCoreFixture() {
    }

    static SimpleDoubleProperty loss() {
        return new SimpleDoubleProperty();
    }
}
