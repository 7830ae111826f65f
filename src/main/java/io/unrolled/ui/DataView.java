package io.unrolled.ui;

import io.unrolled.data.Batch;
import io.unrolled.data.Corpus;
import io.unrolled.data.DataKind;
import io.unrolled.data.LmData;
import io.unrolled.data.Vocab;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The data as the models see it: the token stream with each word's id, the 30-word vocabulary,
 * the 3-word and 16-word training pairs, and how group_chunks lays the text out so that row j of
 * consecutive batches reads one continuous stretch (why a stateful RNN can carry h across batches).
 */
final class DataView extends ScrollPane {

    private static final int STREAM_TOKENS = 96;
    private static final int SHOWN_ROWS = 4;
    private static final int SHOWN_BATCHES = 3;

    DataView() {
        getStyleClass().add("data-view");
        setFitToWidth(true);
        Corpus corpus = Corpus.humanNumbers();
        Vocab vocab = corpus.vocab();
        VBox box = new VBox(
                section("The token stream", String.format("The 9,998 numbers joined with \".\" make %,d tokens. Each word is "
                        + "replaced by its position in the vocabulary (the small number under it).", corpus.length())),
                stream(corpus),
                section("The vocabulary", vocab.size() + " words, numbered in the order they first appear. "
                        + "\"thousand\" (29) is the most common next word in the validation set: predicting it every time "
                        + "scores the 15 % baseline."),
                vocabulary(vocab),
                section("Training pairs", "LMModel1 to 3 read three words and predict the fourth. From LMModel4 on, the "
                        + "models read 16 words and predict the next word after every one of them: the target is the input "
                        + "shifted by one."),
                pairs(corpus),
                section("group_chunks: why the hidden state can be kept",
                        "The 3,154 training sequences are cut into 64 long stretches of text, one per batch row. Row j of "
                        + "batch i+1 continues exactly where row j of batch i stopped, so the state h a stateful model "
                        + "carries from one batch to the next belongs to the same text."),
                chunks(vocab));
        box.getStyleClass().add("data-content");
        setContent(box);
    }

    private static VBox section(String title, String text) {
        Label t = new Label(title);
        t.getStyleClass().add("section-title");
        Label x = new Label(text);
        x.setWrapText(true);
        x.getStyleClass().add("data-explain");
        return new VBox(t, x);
    }

    private static VBox token(String word, int id, String extraClass) {
        Label w = new Label(word);
        w.getStyleClass().add("token-word");
        Label n = new Label(Integer.toString(id));
        n.getStyleClass().add("token-id");
        VBox chip = new VBox(w, n);
        chip.getStyleClass().addAll("token", extraClass);
        chip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);   // never "th…": a word is read whole
        return chip;
    }

    private static FlowPane stream(Corpus corpus) {
        FlowPane flow = new FlowPane();
        flow.getStyleClass().add("token-flow");
        for (int k = 0; k < STREAM_TOKENS; k++) {
            String word = corpus.tokens().get(k);
            flow.getChildren().add(token(word, corpus.num(k), Corpus.SEPARATOR.equals(word) ? "token-separator" : "token-plain"));
        }
        flow.getChildren().add(new Label("…"));
        return flow;
    }

    private static FlowPane vocabulary(Vocab vocab) {
        FlowPane flow = new FlowPane();
        flow.getStyleClass().add("token-flow");
        for (int id = 0; id < vocab.size(); id++) {
            flow.getChildren().add(token(vocab.word(id), id, id == 29 ? "token-baseline" : "token-plain"));
        }
        return flow;
    }

    private static VBox pairs(Corpus corpus) {
        FlowPane three = new FlowPane();
        three.getStyleClass().add("token-flow");
        for (int k = 0; k < 3; k++) {
            three.getChildren().add(token(corpus.tokens().get(k), corpus.num(k), "token-input"));
        }
        three.getChildren().add(new Label("→"));
        three.getChildren().add(token(corpus.tokens().get(3), corpus.num(3), "token-target"));

        GridPane sixteen = new GridPane();
        sixteen.getStyleClass().add("token-grid");
        Label x = new Label("input x");
        Label y = new Label("target y");
        x.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        y.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        sixteen.add(x, 0, 0);
        sixteen.add(y, 0, 1);
        for (int t = 0; t < 16; t++) {
            sixteen.add(token(corpus.tokens().get(t), corpus.num(t), "token-input"), t + 1, 0);
            sixteen.add(token(corpus.tokens().get(t + 1), corpus.num(t + 1), "token-target"), t + 1, 1);
        }
        ScrollPane wide = sideways(sixteen);   // sixteen whole words may be wider than the window
        return new VBox(new Label("3 words → the next:"), three, new Label("16 words → 16 next words:"), wide);
    }

    /** Scrolls sideways only, as tall as its content. */
    private static ScrollPane sideways(javafx.scene.layout.Region content) {
        ScrollPane wide = new ScrollPane(content);
        wide.getStyleClass().add("token-scroll");
        wide.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        wide.prefViewportHeightProperty().bind(content.heightProperty());
        wide.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return wide;
    }

    private static ScrollPane chunks(Vocab vocab) {
        LmData data = LmData.of(DataKind.SEQUENCE_GROUPED, 64, 16);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("chunk-grid");
        for (int i = 0; i < SHOWN_BATCHES; i++) {
            Label head = new Label("batch " + i);
            head.getStyleClass().add("section-title");
            grid.add(head, i + 1, 0);
        }
        for (int j = 0; j < SHOWN_ROWS; j++) {
            grid.add(new Label("row " + j), 0, j + 1);
            for (int i = 0; i < SHOWN_BATCHES; i++) {
                Batch b = data.train().get(i);
                Label text = new Label(vocab.decode(b.xRow(j)));
                text.setWrapText(true);
                text.getStyleClass().addAll("chunk", "chunk-row-" + (j % 4));
                grid.add(text, i + 1, j + 1);
            }
        }
        return sideways(grid);
    }
}
