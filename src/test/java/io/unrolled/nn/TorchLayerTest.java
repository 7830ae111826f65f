package io.unrolled.nn;

import io.unrolled.torch.TorchFixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Our layers against PyTorch's own (fixtures from tools/make_fixtures.py): the same weights and
 * input give the same outputs, final states and gradients of L = Σ out ⊙ R, in double precision to
 * 1e-9 and in float to 1e-5. Two stacked recurrent layers start from random non-zero states, so
 * the gate order, the cell maths, the hand-off between layers and backward through time are all
 * pinned to nn.RNN, nn.LSTM and nn.GRU.
 */
class TorchLayerTest {

    @FunctionalInterface
    private interface LayerMaker {
        RecurrentLayer make(ParamSet ps, int layer, int hidden);
    }

    private static void matchesTwoLayerTorchRecurrence(String fixture, int gates, LayerMaker maker, DataType dt) {
        TorchFixture f = TorchFixture.load(fixture);
        int[] xs = f.shape("x");                 // (T, B, in)
        int[] hs = f.shape("h0");                // (L, B, H)
        int steps = xs[0];
        int rows = xs[1];
        int in = xs[2];
        int layers = hs[0];
        int hidden = hs[2];
        List<ParamSpec> specs = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            specs.addAll(RecurrentLayer.specs("rnn", l, gates, l == 0 ? in : hidden, hidden));
        }
        ParamSet ps = new ParamSet(specs, dt, 0);
        f.loadParams(ps, "");
        List<RecurrentLayer> stack = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            stack.add(maker.make(ps, l, hidden));
        }
        INDArray x = f.array("x", dt, (long) steps * rows, in);
        INDArray h0 = f.array("h0", dt, (long) layers * rows, hidden);
        INDArray c0 = f.has("c0") ? f.array("c0", dt, (long) layers * rows, hidden) : null;

        double worst = 0;
        INDArray y = x;
        for (int l = 0; l < layers; l++) {
            INDArray[] state0 = c0 == null ? new INDArray[] {rowsOf(h0, l, rows)} : new INDArray[] {rowsOf(h0, l, rows), rowsOf(c0, l, rows)};
            y = stack.get(l).forward(y, rows, state0);
        }
        worst = Math.max(worst, f.assertClose("out", y, fixture + " outputs"));
        INDArray r = f.array("R", dt, (long) steps * rows, hidden);
        worst = Math.max(worst, TorchFixture.assertClose(f.scalar("loss"), y.mul(r).sumNumber().doubleValue(), dt, fixture + " loss"));
        INDArray hn = Nd4j.vstack(stack.stream().map(l -> l.finalState()[0]).toArray(INDArray[]::new));
        worst = Math.max(worst, f.assertClose("hn", hn, fixture + " final h of each layer"));
        if (c0 != null) {
            INDArray cn = Nd4j.vstack(stack.stream().map(l -> l.finalState()[1]).toArray(INDArray[]::new));
            worst = Math.max(worst, f.assertClose("cn", cn, fixture + " final c of each layer"));
        }

        INDArray d = r;
        for (int l = layers - 1; l >= 0; l--) {
            d = stack.get(l).backward(d);
        }
        worst = Math.max(worst, f.assertClose("grad.x", d, fixture + " input gradient"));
        for (Param p : ps.all()) {
            worst = Math.max(worst, f.assertClose("grad." + p.name(), p.grad(), fixture + " gradient"));
        }
        System.out.printf("PyTorch %-10s %-6s largest difference %.2e (tolerance %.0e)%n", fixture, dt, worst, TorchFixture.tolerance(dt));
    }

    private static INDArray rowsOf(INDArray stacked, int layer, int rows) {
        return stacked.get(org.nd4j.linalg.indexing.NDArrayIndex.interval((long) layer * rows, (long) (layer + 1) * rows),
                org.nd4j.linalg.indexing.NDArrayIndex.all()).dup();
    }

    @ParameterizedTest
    @EnumSource(value = DataType.class, names = {"DOUBLE", "FLOAT"})
    void twoTanhRnnLayersMatchTorchRnn(DataType dt) {
        matchesTwoLayerTorchRecurrence("layer_rnn", 1, (ps, l, h) -> new ElmanLayer(ps, "rnn", l, h), dt);
    }

    @ParameterizedTest
    @EnumSource(value = DataType.class, names = {"DOUBLE", "FLOAT"})
    void twoLstmLayersMatchTorchLstmGateForGate(DataType dt) {
        matchesTwoLayerTorchRecurrence("layer_lstm", 4, (ps, l, h) -> new LstmLayer(ps, "rnn", l, h), dt);
    }

    @ParameterizedTest
    @EnumSource(value = DataType.class, names = {"DOUBLE", "FLOAT"})
    void twoGruLayersMatchTorchGruGateForGate(DataType dt) {
        matchesTwoLayerTorchRecurrence("layer_gru", 3, (ps, l, h) -> new GruLayer(ps, "rnn", l, h), dt);
    }

    @ParameterizedTest
    @EnumSource(value = DataType.class, names = {"DOUBLE", "FLOAT"})
    void embeddingMatchesTorchEmbeddingAndSumsRepeatedIds(DataType dt) {
        TorchFixture f = TorchFixture.load("layer_embedding");
        int[] shape = f.shape("weight");
        ParamSet ps = new ParamSet(List.of(Embedding.spec("weight", shape[0], shape[1])), dt, 0);
        f.loadParams(ps, "");
        Embedding emb = new Embedding(ps.get("weight"));
        INDArray out = emb.forward(f.ints("ids"));
        f.assertClose("out", out, "embedding output");
        emb.backward(f.array("R", dt));
        f.assertClose("grad.weight", ps.get("weight").grad(), "embedding gradient");
    }

    @ParameterizedTest
    @EnumSource(value = DataType.class, names = {"DOUBLE", "FLOAT"})
    void linearMatchesTorchLinear(DataType dt) {
        TorchFixture f = TorchFixture.load("layer_linear");
        int[] shape = f.shape("weight");         // (out, in)
        ParamSet ps = new ParamSet(Linear.specs("lin", shape[1], shape[0]), dt, 0);
        f.loadInto(ps.get("lin.weight").value(), "weight");
        f.loadInto(ps.get("lin.bias").value(), "bias");
        Linear lin = new Linear(ps.get("lin.weight"), ps.get("lin.bias"));
        INDArray x = f.array("x", dt);
        f.assertClose("out", lin.forward(x), "linear output");
        INDArray dx = Nd4j.zeros(dt, x.rows(), x.columns());
        lin.backward(f.array("R", dt), dx);
        f.assertClose("grad.weight", ps.get("lin.weight").grad(), "linear weight gradient");
        f.assertClose("grad.bias", ps.get("lin.bias").grad(), "linear bias gradient");
        f.assertClose("grad.x", dx, "linear input gradient");
    }
}
