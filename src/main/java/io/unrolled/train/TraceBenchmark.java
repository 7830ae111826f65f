package io.unrolled.train;

import io.unrolled.data.Corpus;
import io.unrolled.data.ValidationText;
import io.unrolled.models.LanguageModel;
import io.unrolled.models.ModelConfig;
import io.unrolled.models.ModelKind;
import io.unrolled.models.Models;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * Times {@link SentenceTracer#trace} on the calling thread, the way the trainer thread runs it between
 * batches: a sentence of the validation text through a model of the rung, after warm-up traces that
 * let the JIT compile the path. For the {@code bench} command and the docs, never for a test.
 */
public final class TraceBenchmark {

    /**
     * Milliseconds per trace: median, fastest and slowest wall-clock time, and the median CPU time of
     * the calling thread, which other processes competing for the cores do not inflate (ND4J runs
     * single-threaded here, so the thread's CPU time is the trace's work).
     */
    public record Result(String what, ModelKind kind, int words, int traces, double medianMs, double minMs, double maxMs,
                         double medianCpuMs) {

        @Override
        public String toString() {
            return String.format("%s of a %d-word sentence through %s: median %.3f ms (min %.3f, max %.3f) wall clock,"
                    + " median %.3f ms CPU, over %d traces", what, words, kind.bookName(), medianMs, minMs, maxMs, medianCpuMs, traces);
        }
    }

    private TraceBenchmark() {
    }

    public static Result measure(ModelKind kind, int words, int warmUps, int traces) {
        SentenceTracer tracer = new SentenceTracer();
        return time("trace", kind, words, warmUps, traces,
                (model, vocab, sentence, next) -> tracer.trace(model, vocab, sentence, next, "benchmark"));
    }

    /**
     * Times {@link MemoryTracer#trace}: the gradient flow of every prediction of the sentence, what the
     * Memory view asks the trainer thread for.
     */
    public static Result measureMemory(ModelKind kind, int words, int warmUps, int traces) {
        MemoryTracer tracer = new MemoryTracer();
        return time("gradient flow of every prediction", kind, words, warmUps, traces,
                (model, vocab, sentence, next) -> tracer.trace(model, vocab, sentence, "benchmark"));
    }

    private interface Work {
        void run(LanguageModel model, List<String> vocab, int[] sentence, int next);
    }

    private static Result time(String what, ModelKind kind, int words, int warmUps, int traces, Work work) {
        if (words < Reading.minimumWords(kind) || traces < 1 || warmUps < 0) {
            throw new IllegalArgumentException("need at least " + Reading.minimumWords(kind) + " words, one trace and no negative warm-up");
        }
        Corpus corpus = Corpus.humanNumbers();
        List<String> vocab = corpus.vocab().words();
        LanguageModel model = Models.create(ModelConfig.book(kind, vocab.size()), 42);
        ValidationText.Stretch stretch = ValidationText.of(words).stretch(0);
        int[] sentence = stretch.words().stream().mapToInt(corpus.vocab()::index).toArray();
        int next = corpus.vocab().index(stretch.next());
        for (int k = 0; k < warmUps; k++) {
            work.run(model, vocab, sentence, next);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[traces];
        double[] cpu = new double[traces];
        for (int k = 0; k < traces; k++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            work.run(model, vocab, sentence, next);
            ms[k] = (System.nanoTime() - t0) / 1e6;
            cpu[k] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        return new Result(what, kind, words, traces, ms[traces / 2], ms[0], ms[traces - 1], cpu[traces / 2]);
    }

    /** {@code java -cp … io.unrolled.train.TraceBenchmark [model] [words]}: prints one line. */
    public static void main(String[] args) {
        ModelKind kind = args.length > 0 ? ModelKind.byId(args[0]).orElseThrow(
                () -> new IllegalArgumentException("unknown model " + args[0] + "; allowed: " + ModelKind.allowedIds())) : ModelKind.LM7;
        int words = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        System.out.println(measure(kind, words, 2000, 2000));
    }
}
