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
        model.reset();
        double loss = 0;
        double acc = 0;
        long items = 0;
        long predictions = 0;
        for (Batch b : batches) {
            ModelOutput out = model.forward(b, false);
            double l = ce.forward(out.logits(), out.targets());
            loss += l * b.size();
            acc += (double) ce.correct() / out.targets().length * b.size();
            items += b.size();
            predictions += out.targets().length;
        }
        model.reset();
        return new Result(loss / items, acc / items, predictions);
    }
}
