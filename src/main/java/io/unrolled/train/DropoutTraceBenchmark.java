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

/**
 * Times {@link DropoutTracer#trace} on the calling thread, as the trainer thread runs it after each
 * trace of the watched sentence while train mode is on: LMModel7, a validation sentence, after warm-up
 * passes. For the docs, never for a test.
 */
public final class DropoutTraceBenchmark {

    private DropoutTraceBenchmark() {
    }

    /** {@code java -cp … io.unrolled.train.DropoutTraceBenchmark [words] [passes]}: prints one line. */
    public static void main(String[] args) {
        int words = args.length > 0 ? Integer.parseInt(args[0]) : ValidationText.DEFAULT_LENGTH;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        Corpus corpus = Corpus.humanNumbers();
        LanguageModel model = Models.create(ModelConfig.book(ModelKind.LM7, corpus.vocab().size()), 42);
        int[] sentence = ValidationText.of(words).stretch(0).words().stream().mapToInt(corpus.vocab()::index).toArray();
        DropoutTracer tracer = new DropoutTracer();
        for (int k = 0; k < passes; k++) {
            tracer.trace(model, sentence, 0.4, k, 2, 1, "benchmark");
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[passes];
        double[] cpu = new double[passes];
        for (int k = 0; k < passes; k++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            tracer.trace(model, sentence, 0.4, k, 2, 1, "benchmark");
            ms[k] = (System.nanoTime() - t0) / 1e6;
            cpu[k] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        System.out.printf("train-mode pass of a %d-word sentence through LMModel7: median %.3f ms (min %.3f, max %.3f) wall clock,"
                + " median %.3f ms CPU, over %d passes%n", words, ms[passes / 2], ms[0], ms[passes - 1], cpu[passes / 2], passes);
    }
}
