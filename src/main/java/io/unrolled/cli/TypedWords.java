package io.unrolled.cli;

import io.unrolled.data.TypedText;
import io.unrolled.data.Vocab;
import io.unrolled.models.ModelKind;
import io.unrolled.train.Limits;
import io.unrolled.train.Reading;

/** The {@code --text} of {@code trace} and {@code generate}, read against the vocabulary or refused in one line. */
final class TypedWords {

    private TypedWords() {
    }

    /** The word ids of {@code text} (case and spaces forgiven), enough of them for {@code kind} to read. */
    static int[] ids(String text, Vocab vocab, ModelKind kind) throws UsageError {
        TypedText typed = TypedText.parse(text, vocab);
        if (typed.isEmpty()) {
            throw new UsageError("--text is empty; give some words, for example --text \"seven thousand three hundred\"");
        }
        if (!typed.unknown().isEmpty()) {
            String guesses = typed.guesses(vocab);
            throw new UsageError("--text " + typed.problem().replaceAll("\\.$", "")
                    + (guesses.isEmpty() ? "" : " (" + guesses + ")") + ": " + String.join(" ", vocab.words()));
        }
        int count = typed.tokens().size();
        if (count > Limits.MAX_TEXT_WORDS) {
            throw new UsageError("--text has " + count + " words; at most " + Limits.MAX_TEXT_WORDS + " are read");
        }
        int min = Reading.minimumWords(kind);
        if (count < min) {
            throw new UsageError("--text has " + count + (count == 1 ? " word" : " words") + "; " + kind.bookName()
                    + " reads " + min + " words at a time, so give at least " + min);
        }
        return typed.ids();
    }
}
