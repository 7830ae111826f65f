package io.unrolled.viz;

import io.unrolled.models.ModelKind;
import io.unrolled.trace.SentenceTrace;

/**
 * What the diagram of one rung looks like, apart from the sentence: how many layers, whether it can
 * be rolled into a loop, where the truncated-BPTT cuts fall, whether input and output share a matrix,
 * which colour scale its hidden state needs, and the one line that says what is special about it.
 *
 * @param layers    recurrent layers stacked
 * @param rollable  LMModel2: the loop can be drawn rolled up or unrolled
 * @param chunk     LMModel3: the state crosses a detach boundary every {@code chunk} words (0: none)
 * @param tied      LMModel7: the output layer reuses the embedding matrix
 * @param signed    tanh, LSTM and GRU states are signed (diverging scale); ReLU states are not
 */
record RungShape(ModelKind kind, int layers, boolean rollable, int chunk, boolean tied, boolean signed, String note) {

    /** The rung a trace was made by (traces name it by id, so they need not depend on the models). */
    static ModelKind kindOf(SentenceTrace trace) {
        return ModelKind.byId(trace.model()).orElseThrow(() -> new IllegalArgumentException("unknown rung " + trace.model()));
    }

    static RungShape of(ModelKind kind) {
        return switch (kind) {
            case LM1 -> new RungShape(kind, 1, false, 0, false, false,
                    "Three words in, one guess out: the same three weight matrices are used at every word.");
            case LM2 -> new RungShape(kind, 1, true, 0, false, false,
                    "The same net written as a loop: unroll it and it is LMModel1 again.");
            case LM3 -> new RungShape(kind, 1, false, 3, false, false,
                    "Truncated BPTT: h flows on into the next batch, but the gradient is cut at each dashed line, "
                            + "so learning looks back at most 3 words.");
            case LM4 -> new RungShape(kind, 1, false, 0, false, false,
                    "A guess after every word: 16 outputs per sequence, so 16 times the signal to learn from.");
            case LM5 -> new RungShape(kind, 2, false, 0, false, true,
                    "Two tanh layers stacked: layer 2 reads layer 1's state at each step.");
            case LM6 -> new RungShape(kind, 2, false, 0, false, true,
                    "Two LSTM layers: gates decide what each cell keeps, adds and shows as h.");
            case LM7 -> new RungShape(kind, 2, false, 0, true, true,
                    "Weight tying: the output layer is the embedding matrix, transposed (one matrix, one colour).");
            case GRU -> new RungShape(kind, 2, false, 0, false, true,
                    "Two GRU layers: an update gate mixes the old state with a new candidate.");
        };
    }
}
