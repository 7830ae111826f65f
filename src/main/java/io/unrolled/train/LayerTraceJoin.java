package io.unrolled.train;

import io.unrolled.trace.GruLayerTrace;
import io.unrolled.trace.LayerTrace;
import io.unrolled.trace.LstmLayerTrace;
import io.unrolled.trace.RnnLayerTrace;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Joins the traces of consecutive forward passes that carried their state (LMModel3 reading three
 * words at a time) into one trace over all their steps, starting from the first pass's state.
 */
final class LayerTraceJoin {

    private LayerTraceJoin() {
    }

    /** {@code passes.get(k).get(l)}: layer l of pass k. Returns one trace per layer. */
    static List<LayerTrace> join(List<List<LayerTrace>> passes) {
        if (passes.size() == 1) {
            return passes.get(0);
        }
        List<LayerTrace> out = new ArrayList<>();
        for (int l = 0; l < passes.get(0).size(); l++) {
            List<LayerTrace> parts = new ArrayList<>();
            for (List<LayerTrace> pass : passes) {
                parts.add(pass.get(l));
            }
            out.add(joinLayer(parts));
        }
        return out;
    }

    private static LayerTrace joinLayer(List<LayerTrace> parts) {
        LayerTrace first = parts.get(0);
        int steps = parts.stream().mapToInt(LayerTrace::steps).sum();
        int hd = first.hidden();
        if (first instanceof RnnLayerTrace r) {
            return new RnnLayerTrace(steps, hd, r.activation(), r.h0(), cat(parts, p -> ((RnnLayerTrace) p).input()),
                    cat(parts, p -> ((RnnLayerTrace) p).pre()), cat(parts, LayerTrace::h));
        }
        if (first instanceof LstmLayerTrace s) {
            return new LstmLayerTrace(steps, hd, s.h0(), s.c0(), cat(parts, p -> ((LstmLayerTrace) p).i()),
                    cat(parts, p -> ((LstmLayerTrace) p).f()), cat(parts, p -> ((LstmLayerTrace) p).g()),
                    cat(parts, p -> ((LstmLayerTrace) p).o()), cat(parts, p -> ((LstmLayerTrace) p).c()),
                    cat(parts, LayerTrace::h));
        }
        GruLayerTrace g = (GruLayerTrace) first;
        return new GruLayerTrace(steps, hd, g.h0(), cat(parts, p -> ((GruLayerTrace) p).r()),
                cat(parts, p -> ((GruLayerTrace) p).z()), cat(parts, p -> ((GruLayerTrace) p).n()), cat(parts, LayerTrace::h));
    }

    private static float[] cat(List<LayerTrace> parts, Function<LayerTrace, float[]> field) {
        int n = parts.stream().mapToInt(p -> field.apply(p).length).sum();
        float[] out = new float[n];
        int at = 0;
        for (LayerTrace p : parts) {
            float[] a = field.apply(p);
            System.arraycopy(a, 0, out, at, a.length);
            at += a.length;
        }
        return out;
    }
}
