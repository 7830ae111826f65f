package io.unrolled.models;

import io.unrolled.data.DataKind;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The rungs of the chapter's ladder, plus the GRU from its "further research". */
public enum ModelKind {
    LM1("lm1", "LMModel1", DataKind.THREE_TOKEN, Cell.RELU_BOOK,
            "Three words in, one word out: the same hidden layer applied three times, written out by hand."),
    LM2("lm2", "LMModel2", DataKind.THREE_TOKEN, Cell.RELU_BOOK,
            "The same network as a loop: that loop is a recurrent neural network."),
    LM3("lm3", "LMModel3", DataKind.THREE_TOKEN_GROUPED, Cell.RELU_BOOK,
            "Keeps its hidden state between batches (cut from the gradient after each one: truncated BPTT)."),
    LM4("lm4", "LMModel4", DataKind.SEQUENCE_GROUPED, Cell.RELU_BOOK,
            "Reads 16 words and predicts the next word after every one of them."),
    LM5("lm5", "LMModel5", DataKind.SEQUENCE_GROUPED, Cell.TANH,
            "Two recurrent layers stacked (PyTorch's nn.RNN, tanh): deeper, but gradients explode or vanish."),
    LM6("lm6", "LMModel6", DataKind.SEQUENCE_GROUPED, Cell.LSTM,
            "Swaps the plain RNN for a two-layer LSTM whose gates protect the memory."),
    LM7("lm7", "LMModel7", DataKind.SEQUENCE_GROUPED, Cell.LSTM,
            "Regularised LSTM: dropout, activation penalties (AR, TAR) and input/output weight tying."),
    GRU("gru", "GRU model", DataKind.SEQUENCE_GROUPED, Cell.GRU,
            "LMModel6 with GRU layers: two gates instead of four, no separate cell state.");

    /** The recurrence a rung uses. */
    public enum Cell { RELU_BOOK, TANH, LSTM, GRU }

    private final String id;
    private final String bookName;
    private final DataKind data;
    private final Cell cell;
    private final String adds;

    ModelKind(String id, String bookName, DataKind data, Cell cell, String adds) {
        this.id = id;
        this.bookName = bookName;
        this.data = data;
        this.cell = cell;
        this.adds = adds;
    }

    public String id() {
        return id;
    }

    public String bookName() {
        return bookName;
    }

    public DataKind data() {
        return data;
    }

    public Cell cell() {
        return cell;
    }

    /** One line on what this rung adds over the previous one. */
    public String adds() {
        return adds;
    }

    public boolean stateful() {
        return this != LM1 && this != LM2;
    }

    /** Whether the model predicts after every input word (LMModel4 on) or only after the last. */
    public boolean predictsEveryStep() {
        return data == DataKind.SEQUENCE_GROUPED;
    }

    public boolean hasDropout() {
        return this == LM7;
    }

    /** Why this rung has no dropout mask to show, in one sentence; null for a rung with dropout. */
    public String noDropout() {
        return hasDropout() ? null : bookName + " has no dropout: only LMModel7 drops units in training, "
                + "so its train mode is the same as eval mode.";
    }

    public boolean tiesWeights() {
        return this == LM7;
    }

    /** AR and TAR need the sequence of hidden outputs, which the stacked sequence models expose. */
    public boolean supportsActivationPenalties() {
        return cell != Cell.RELU_BOOK;
    }

    public static Optional<ModelKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equalsIgnoreCase(id)).findFirst();
    }

    public static String allowedIds() {
        return Arrays.stream(values()).map(ModelKind::id).collect(Collectors.joining(", "));
    }
}
