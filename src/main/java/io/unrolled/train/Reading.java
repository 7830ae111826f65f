package io.unrolled.train;

import io.unrolled.models.ModelKind;
import java.util.Arrays;

/**
 * How a rung reads a sentence when it is traced, as it reads text in training:
 * <ul>
 *   <li>LMModel1 and 2 are 3-word nets: they read the last three words and predict the next one.</li>
 *   <li>LMModel3 reads three words at a time, carrying its state from one three to the next, and
 *       predicts after each third word. The words are counted in threes from the end, so the last word
 *       always gets a prediction; the first (length mod 3) words are left out.</li>
 *   <li>LMModel4 onward read every word in one pass and predict after each.</li>
 * </ul>
 */
public final class Reading {

    /** The words of one forward pass of the model. */
    private static final int THREE = 3;

    private Reading() {
    }

    /** The fewest words the rung can read. */
    public static int minimumWords(ModelKind kind) {
        return kind.predictsEveryStep() ? 1 : THREE;
    }

    /** The words the rung reads, in order: a suffix of {@code words}. */
    public static int[] wordsRead(ModelKind kind, int[] words) {
        if (words.length < minimumWords(kind)) {
            throw new IllegalArgumentException(kind.bookName() + (kind.predictsEveryStep() ? " reads at least one word"
                    : kind == ModelKind.LM3 ? " reads three words at a time" : " needs three words (it reads the last three)")
                    + "; the text has " + words.length
                    + (words.length == 1 ? " word." : " words."));
        }
        int keep = switch (kind) {
            case LM1, LM2 -> THREE;
            case LM3 -> words.length - words.length % THREE;
            default -> words.length;
        };
        return Arrays.copyOfRange(words, words.length - keep, words.length);
    }

    /** The read words cut into the forward passes the rung makes, each carrying the state of the one before. */
    public static int[][] passes(ModelKind kind, int[] read) {
        if (kind != ModelKind.LM3) {
            return new int[][] {read};
        }
        int[][] out = new int[read.length / THREE][];
        for (int k = 0; k < out.length; k++) {
            out[k] = Arrays.copyOfRange(read, k * THREE, (k + 1) * THREE);
        }
        return out;
    }
}
