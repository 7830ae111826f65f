package io.unrolled.ui;

import io.unrolled.cli.VersionProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/**
 * Help ▸ About: the version (the pom's, as {@code unrolled --version} prints it), Unrolled's licence and
 * the licences of the libraries it ships. The texts are the installer's own files
 * ({@code jpackage/legal/}), which the build copies into the jar, so the two never disagree.
 */
final class AboutDialog {

    static final String LEGAL = "/io/unrolled/legal/";
    static final String LICENCE = LEGAL + "LICENSE.txt";
    static final String NOTICES = LEGAL + "THIRD-PARTY-NOTICES.txt";

    private AboutDialog() {
    }

    /** The dialog, not yet shown: the window owns and styles it. */
    static Alert create() {
        Alert about = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.OK);
        about.setTitle("About Unrolled");
        about.setHeaderText(header());
        Label summary = new Label("Watch a recurrent language model learn: fastbook chapter 12 on a Java/ND4J core.\n"
                + "Unrolled is licensed under the Apache License 2.0. It ships ND4J, JavaCPP, Ikonli, picocli and\n"
                + "jackson-jr (Apache 2.0), OpenJFX (GPL v2 with the Classpath Exception), ControlsFX and\n"
                + "OpenBLAS (BSD 3-Clause), among others listed under Third-party licences.");
        summary.setId("about-summary");
        TabPane texts = new TabPane(tab("Licence", LICENCE), tab("Third-party licences", NOTICES));
        texts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox content = new VBox(summary, texts);
        content.getStyleClass().add("about-content");
        about.getDialogPane().setContent(content);
        about.getDialogPane().getStyleClass().add("about-dialog");
        about.setResizable(true);
        return about;
    }

    /** The toolbar's About button, at its end, like the other transport buttons. */
    static javafx.scene.control.Button button(Runnable show) {
        javafx.scene.control.Button b = new javafx.scene.control.Button("About", new org.kordamp.ikonli.javafx.FontIcon("mdi2i-information-outline"));
        b.setTooltip(new javafx.scene.control.Tooltip("Version and licences (F1)"));
        b.getStyleClass().add("transport-button");
        b.setId("about-button");
        b.setOnAction(e -> show.run());
        return b;
    }

    static String header() {
        return "Unrolled " + VersionProvider.version();
    }

    private static Tab tab(String title, String resource) {
        TextArea text = new TextArea(read(resource));
        text.setEditable(false);
        text.setWrapText(false);
        text.setPrefColumnCount(80);
        text.setPrefRowCount(16);
        text.setId("about-" + (resource.equals(LICENCE) ? "licence" : "notices"));
        return new Tab(title, text);
    }

    /** A missing text (a build without the legal files) says so instead of failing the dialog. */
    static String read(String resource) {
        try (InputStream in = AboutDialog.class.getResourceAsStream(resource)) {
            return in == null ? "(" + resource + " is missing from this build)" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(" + resource + " could not be read: " + e.getMessage() + ")";
        }
    }
}
