package io.unrolled.data;

/** The three ways chapter 12 feeds its models. */
public enum DataKind {
    /** LMModel1/2: three tokens predict the fourth; train drops its last partial batch, valid keeps it. */
    THREE_TOKEN,
    /** LMModel3: the same samples, grouped with {@link GroupChunks} so hidden state can carry over. */
    THREE_TOKEN_GROUPED,
    /** LMModel4..7: sl tokens predict the sl tokens one ahead, grouped with {@link GroupChunks}. */
    SEQUENCE_GROUPED
}
