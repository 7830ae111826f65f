package io.unrolled.viz;

import io.unrolled.data.Corpus;
import io.unrolled.models.ModelKind;
import io.unrolled.trace.GruLayerTrace;
import io.unrolled.trace.LayerTrace;
import io.unrolled.trace.LstmLayerTrace;
import io.unrolled.trace.Prediction;
import io.unrolled.trace.RnnLayerTrace;
import io.unrolled.trace.SentenceTrace;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Trace records of the shapes each rung produces, filled from a seeded random source: enough to drive
 * the view in tests (the app itself only ever shows traces of the real model).
 */
final class TraceFixtures {

    static final List<String> VOCAB = Corpus.humanNumbers().vocab().words();
    static final int H = 64;

    private TraceFixtures() {
    }

    static List<String> sentence(int n) {
        List<String> words = new ArrayList<>();
        String[] text = "seven thousand three hundred twenty . seven thousand three hundred twenty one . seven thousand three hundred".split(" ");
        for (int k = 0; k < n; k++) {
            words.add(text[k % text.length]);
        }
        return words;
    }

    static int steps(ModelKind kind) {
        return switch (kind) {
            case LM1, LM2 -> 3;
            case LM3 -> 9;
            default -> 16;
        };
    }

    static SentenceTrace of(ModelKind kind, long seed) {
        return of(kind, sentence(steps(kind) + 1), seed);
    }

    /** The first words.size() − 1 words are read; the last is the true next word after them. */
    static SentenceTrace of(ModelKind kind, List<String> wordsAndNext, long seed) {
        Random r = new Random(seed);
        int t = wordsAndNext.size() - 1;
        int[] ids = new int[t];
        for (int k = 0; k < t; k++) {
            ids[k] = VOCAB.indexOf(wordsAndNext.get(k));
        }
        List<Prediction> preds = new ArrayList<>();
        for (int k = 0; k < t; k++) {
            boolean predicts = kind.predictsEveryStep() || (kind == ModelKind.LM3 ? k % 3 == 2 : k == t - 1);
            if (predicts) {
                preds.add(new Prediction(k, softmax(r), VOCAB.indexOf(wordsAndNext.get(k + 1))));
            }
        }
        int layers = kind.cell() == ModelKind.Cell.RELU_BOOK ? 1 : 2;
        List<LayerTrace> ls = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            ls.add(layer(kind, t, r));
        }
        return new SentenceTrace(kind.id(), kind.bookName(), VOCAB, ids, preds, ls, new float[t], "epoch 2, batch 10");
    }

    private static LayerTrace layer(ModelKind kind, int t, Random r) {
        return switch (kind.cell()) {
            case RELU_BOOK -> new RnnLayerTrace(t, H, RnnLayerTrace.Activation.RELU, new float[H], values(r, t, false),
                    values(r, t, true), values(r, t, false));
            case TANH -> new RnnLayerTrace(t, H, RnnLayerTrace.Activation.TANH, new float[H], values(r, t, true),
                    values(r, t, true), values(r, t, true));
            case LSTM -> new LstmLayerTrace(t, H, new float[H], new float[H], values(r, t, false), values(r, t, false),
                    values(r, t, true), values(r, t, false), values(r, t, true), values(r, t, true));
            case GRU -> new GruLayerTrace(t, H, new float[H], values(r, t, false), values(r, t, false), values(r, t, true),
                    values(r, t, true));
        };
    }

    private static float[] values(Random r, int t, boolean signed) {
        float[] a = new float[t * H];
        for (int k = 0; k < a.length; k++) {
            a[k] = signed ? (float) Math.tanh(r.nextGaussian()) : (float) Math.max(0, r.nextGaussian() * 1.5);
        }
        return a;
    }

    private static float[] softmax(Random r) {
        float[] p = new float[VOCAB.size()];
        double sum = 0;
        for (int v = 0; v < p.length; v++) {
            p[v] = (float) Math.exp(r.nextGaussian() * 2);
            sum += p[v];
        }
        for (int v = 0; v < p.length; v++) {
            p[v] /= sum;
        }
        return p;
    }
}
