package io.unrolled.session;

import io.unrolled.models.LanguageModel;
import io.unrolled.trace.DropoutTrace;
import io.unrolled.train.DropoutTracer;
import io.unrolled.train.LiveHyperParams;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The diagram views' train mode: while it is on, every trace of the watched sentence is followed, on
 * the trainer thread and with the same weights, by one training-mode pass with a seeded dropout mask
 * ({@link DropoutTracer}), so the mask and the quantities AR and TAR act on move with training, and
 * with the α and β sliders. Off (eval mode, fastai's default for looking at a model) there is no
 * mask and no pass; a rung without dropout never gets one.
 *
 * <p>UI-thread methods: the switch, the knobs and the properties. {@link #serve} runs on the trainer
 * thread, called by {@link SentenceWatch} right after it traced the sentence.
 */
public final class DropoutWatch {

    /** A pass (or none: null) for the trace request {@code id}. */
    private record Outcome(long id, DropoutTrace trace) {
    }

    private final FxMailbox<Outcome> mailbox;
    private final ReadOnlyBooleanWrapper on = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<DropoutTrace> trace = new ReadOnlyObjectWrapper<>();
    private final Runnable retrace;
    private volatile boolean wanted;
    private volatile LiveHyperParams.Values knobs;
    private volatile long seed;
    private long newest = -1;            // UI thread: the newest request delivered

    // trainer thread only
    private final DropoutTracer tracer = new DropoutTracer();

    /**
     * @param ui      where passes are delivered: the UI thread
     * @param retrace asks for the watched sentence to be traced again (UI thread)
     * @param knobs   the sliders' values now
     * @param seed    where the mask's draws start
     */
    DropoutWatch(Executor ui, Runnable retrace, LiveHyperParams.Values knobs, long seed) {
        this.mailbox = new FxMailbox<>(ui, this::deliver);
        this.retrace = retrace;
        this.knobs = knobs;
        this.seed = seed;
    }

    // ---------------------------------------------------------------- UI thread

    /** Train mode on (the mask of a training pass is shown) or off (eval mode: no mask). */
    public void setOn(boolean trainMode) {
        if (trainMode == on.get()) {
            return;
        }
        wanted = trainMode;
        on.set(trainMode);
        if (!trainMode) {
            trace.set(null);
        } else {
            retrace.run();
        }
    }

    public ReadOnlyBooleanProperty onProperty() {
        return on.getReadOnlyProperty();
    }

    /** The newest training-mode pass of the watched sentence, or null (eval mode, a rung without dropout, none yet). */
    public ReadOnlyObjectProperty<DropoutTrace> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    /** Draws another mask: the next seed. */
    public void nextMask() {
        seed++;
        if (wanted) {
            retrace.run();
        }
    }

    /** The seed the next pass draws its mask from. */
    public long seed() {
        return seed;
    }

    /** The sliders moved (or a rung's recipe loaded them): the next pass uses this p, α and β. */
    void knobs(LiveHyperParams.Values values) {
        LiveHyperParams.Values was = knobs;
        knobs = values;
        boolean shown = was.dropout() != values.dropout() || was.alpha() != values.alpha() || was.beta() != values.beta();
        if (wanted && shown) {
            retrace.run();   // between runs nothing else would trace again; during one this comes a little sooner
        }
    }

    private void deliver(List<Outcome> outcomes) {
        for (Outcome o : outcomes) {
            if (o.id() < newest) {
                continue;
            }
            newest = o.id();
            trace.set(on.get() ? o.trace() : null);
        }
    }

    // ---------------------------------------------------------------- trainer thread

    /**
     * After the sentence of request {@code id} was traced through {@code model}: its training-mode pass
     * when train mode is on and the rung has dropout, else (on, no dropout) an empty answer. It uses
     * the sliders' newest p, the one the trainer's next batch uses.
     */
    void serve(long id, LanguageModel model, int[] words, String weights) {
        if (!wanted) {
            return;
        }
        if (!model.kind().hasDropout()) {
            mailbox.post(new Outcome(id, null));
            return;
        }
        LiveHyperParams.Values k = knobs;
        try {
            mailbox.post(new Outcome(id, tracer.trace(model, words, k.dropout(), seed, k.alpha(), k.beta(), weights)));
        } catch (IllegalArgumentException tooShort) {
            mailbox.post(new Outcome(id, null));   // the sentence trace says why in its own problem line
        }
    }
}
