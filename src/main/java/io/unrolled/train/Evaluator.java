package io.unrolled.train;

import io.unrolled.data.Batch;
import io.unrolled.models.LanguageModel;
import io.unrolled.models.ModelOutput;
import io.unrolled.nn.CrossEntropy;
import java.util.List;

/** Validation loss and accuracy of a model, weighted by batch size as fastai reports them. */
public final class Evaluator {

    /** Mean cross-entropy and accuracy over a set of batches. */
    public record Result(double loss, double accuracy, long predictions) {
    }

    private Evaluator() {
    }

    public static Result evaluate(LanguageModel model, List<Batch> batches) {
        CrossEntropy ce = new CrossEntropy();
        BatchWeightedMean mean = new BatchWeightedMean();
        model.reset();
        for (Batch b : batches) {
            ModelOutput out = model.forward(b, false);
            double loss = ce.forward(out.logits(), out.targets());
            mean.add(loss, ce.correct(), out.targets().length, b.size());
        }
        model.reset();
        return new Result(mean.loss(), mean.accuracy(), mean.predictions());
    }
}
