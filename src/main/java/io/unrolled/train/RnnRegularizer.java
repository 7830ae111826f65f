package io.unrolled.train;

import io.unrolled.nn.ActivationPenalty;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * AR and TAR on training batches, as the book's run did it (fastai 2.1, "P1"): α·mean(dropped²) over
 * all dropped-out outputs plus β·mean((raw_{t+1} − raw_t)²) along time on the raw outputs, added to
 * the loss that is back-propagated and logged. α and β are read live, so the sliders act at once.
 */
public final class RnnRegularizer implements Callback {

    private INDArray dDropped;    // (T*B, H)
    private INDArray dRaw;        // (T*B, H)

    @Override
    public void afterLoss(Learner l) {
        double alpha = l.currentHyperParams().alpha();
        double beta = l.currentHyperParams().beta();
        INDArray raw = l.model().rawOutputs();
        if (!l.training() || raw == null || (alpha == 0 && beta == 0)) {
            return;
        }
        INDArray dropped = l.model().droppedOutputs();
        if (dRaw == null || dRaw.rows() != raw.rows() || dRaw.dataType() != raw.dataType()) {
            dDropped = Nd4j.zeros(raw.dataType(), raw.rows(), raw.columns());
            dRaw = Nd4j.zeros(raw.dataType(), raw.rows(), raw.columns());
        } else {
            dDropped.assign(0);
            dRaw.assign(0);
        }
        double ar = alpha == 0 ? 0 : alpha * ActivationPenalty.ar(dropped, dDropped, alpha);
        double tar = beta == 0 ? 0 : beta * ActivationPenalty.tar(raw, l.output().rows(), dRaw, beta);
        l.addPenalty(ar, tar);
        l.setExtraGradients(alpha == 0 ? null : dDropped, beta == 0 ? null : dRaw);
    }
}
