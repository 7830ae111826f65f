package io.unrolled.data;

import java.util.List;
import java.util.Objects;

/**
 * Train and valid batches for one of the chapter's situations, plus the vocabulary to read them.
 * {@code seqLen} is the input length of every batch: 3 for the three-token kinds, sl otherwise.
 */
public record LmData(DataKind kind, List<Batch> train, List<Batch> valid, Vocab vocab, int seqLen) {

    /** The chapter's split: the first 80% of the samples train. */
    public static final double TRAIN_FRACTION = 0.8;

    public LmData {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(vocab, "vocab");
        train = List.copyOf(train);
        valid = List.copyOf(valid);
    }

    /** Builds one situation from {@link Corpus#humanNumbers()}; {@code sl} is ignored by the three-token kinds. */
    public static LmData of(DataKind kind, int bs, int sl) {
        Objects.requireNonNull(kind, "kind");
        if (bs < 1) {
            throw new IllegalArgumentException("bs must be >= 1, got " + bs);
        }
        Corpus corpus = Corpus.humanNumbers();
        Split<Sample> split = Split.cut(samples(corpus, kind, sl), TRAIN_FRACTION);
        List<Batch> train;
        List<Batch> valid;
        int seqLen;
        switch (kind) {
            case THREE_TOKEN -> {
                train = Batches.of(split.train(), bs, true);
                valid = Batches.of(split.valid(), bs, false);
                seqLen = Windows.THREE;
            }
            case THREE_TOKEN_GROUPED -> {
                train = Batches.of(GroupChunks.apply(split.train(), bs), bs, true);
                valid = Batches.of(GroupChunks.apply(split.valid(), bs), bs, true);
                seqLen = Windows.THREE;
            }
            case SEQUENCE_GROUPED -> {
                train = Batches.of(GroupChunks.apply(split.train(), bs), bs, true);
                valid = Batches.of(GroupChunks.apply(split.valid(), bs), bs, true);
                seqLen = sl;
            }
            default -> throw new AssertionError(kind);
        }
        // An empty loader would make a loss average 0/0 later; refuse here where the cause is clear.
        requireBatches("train", train, split.train().size(), bs);
        requireBatches("valid", valid, split.valid().size(), bs);
        return new LmData(kind, train, valid, corpus.vocab(), seqLen);
    }

    /**
     * Position in the Human Numbers token stream where the validation samples of {@code kind}
     * begin (50472 for the three-token kinds, 50464 for sl=16), so a UI can show where the cut falls.
     */
    public static int validStartToken(DataKind kind, int sl) {
        Objects.requireNonNull(kind, "kind");
        List<Sample> samples = samples(Corpus.humanNumbers(), kind, sl);
        int stride = kind == DataKind.SEQUENCE_GROUPED ? sl : Windows.THREE;
        return Split.cut(samples, TRAIN_FRACTION).train().size() * stride;
    }

    private static List<Sample> samples(Corpus corpus, DataKind kind, int sl) {
        return kind == DataKind.SEQUENCE_GROUPED
                ? Windows.ofLength(corpus.nums(), sl)
                : Windows.threeToken(corpus.nums());
    }

    private static void requireBatches(String name, List<Batch> batches, int samples, int bs) {
        if (batches.isEmpty()) {
            throw new IllegalArgumentException("bs must be in [1, " + samples + "] so the " + name
                    + " set of " + samples + " samples yields a batch, got " + bs);
        }
    }
}
