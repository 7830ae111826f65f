package io.unrolled.ui;

import io.unrolled.data.Corpus;
import io.unrolled.data.DataKind;
import io.unrolled.data.LmData;
import io.unrolled.viz.SentenceSource.Stretch;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentences for the Unrolled view's chooser: sixteen-word stretches of the validation text (text no
 * model trained on), each starting at the beginning of a number, spread over the validation set.
 */
final class ValidationStretches {

    static final int WORDS = 16;
    private static final int COUNT = 12;

    private ValidationStretches() {
    }

    static List<Stretch> of(Corpus corpus) {
        int start = LmData.validStartToken(DataKind.SEQUENCE_GROUPED, WORDS);
        int spacing = (corpus.length() - start - WORDS - 1) / COUNT;
        List<Stretch> out = new ArrayList<>();
        for (int k = 0; k < COUNT; k++) {
            int at = start + k * spacing;
            while (at > 0 && !Corpus.SEPARATOR.equals(corpus.tokens().get(at - 1))) {
                at++;   // begin with a whole number, as a reader would
            }
            List<String> words = corpus.tokens().subList(at, at + WORDS);
            out.add(new Stretch(String.join(" ", words.subList(0, 5)) + " …", words));
        }
        return out;
    }
}
