package io.unrolled.viz;

import io.unrolled.viz.Diagram.Arrow;
import io.unrolled.viz.Diagram.Kind;
import io.unrolled.viz.Diagram.RowLabel;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays one rung's unrolled chain out in a w × h canvas, reading top-down as the sentence flows: the
 * words across the top, each layer's hidden states under them, the outputs and their next-word bars
 * at the bottom. Every length is a multiple of the text size {@code em}, so projector mode and zoom
 * scale the drawing with the text.
 */
final class ChainLayout {

    private ChainLayout() {
    }

    /**
     * @param outputSteps the step each prediction follows, in order
     * @param roll        1 drawn unrolled; 0 rolled into one loop (only for a rollable rung)
     */
    static Diagram layout(RungShape rung, int steps, int units, List<Integer> outputSteps, double w, double h,
                          double em, double roll) {
        int layers = rung.layers();
        double pad = 0.5 * em;
        double labelW = 4.8 * em;
        double carryW = rung.chunk() > 0 ? 3.2 * em : 0;
        double x0 = pad + labelW + carryW;
        double colW = Math.max(1, (w - x0 - pad) / steps);
        boolean detailed = colW >= 4.4 * em;
        double inputH = 1.9 * em;
        double outputH = 1.5 * em;
        double predH = (detailed ? 4 : 2) * 1.3 * em + 0.3 * em;
        double fixed = 2 * pad + inputH + outputH + predH + 0.3 * em;
        // arrows get shorter before the states get small
        double gap = Math.max(0.7 * em, Math.min(1.8 * em, (h - fixed - layers * 4 * em) / (layers + 1)));
        double bandH = Math.max(em, (h - fixed - gap * (layers + 1)) / layers);
        // room beside each state for the arrow that carries h on, and no cell larger than a readable square
        double nodeRoomW = Math.min(colW - Math.min(3.5 * em, colW * 0.3), 13 * em);

        TileShape shape = TileShape.bestFor(units, nodeRoomW, bandH, 0.7 * em);
        double cell = shape.cellFor(units, nodeRoomW, bandH);
        if (cell >= 3) {
            cell = Math.floor(cell);   // whole pixels: no seams between cells
        }
        double nodeW = shape.outlineW(cell);
        double nodeH = shape.outlineH(units, cell);
        double tileW = shape.cols() * cell;
        double tileH = shape.rowsFor(units) * cell;

        double[] centres = new double[steps];
        double rolledCentre = x0 + (w - x0 - pad) / 2;
        for (int t = 0; t < steps; t++) {
            double unrolled = x0 + (t + 0.5) * colW;
            centres[t] = rung.rollable() ? rolledCentre + (unrolled - rolledCentre) * roll : unrolled;
        }

        List<RowLabel> labels = new ArrayList<>();
        double y = pad;
        List<Box> inputs = new ArrayList<>();
        double inputW = Math.min(colW - 0.25 * em, 7 * em);   // narrow columns: every pixel for the word
        for (int t = 0; t < steps; t++) {
            inputs.add(new Box(centres[t] - inputW / 2, y, inputW, inputH));
        }
        labels.add(new RowLabel("words", y + inputH / 2));
        y += inputH + gap;

        List<Box> hidden = new ArrayList<>();
        List<Box> tiles = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            double cy = y + bandH / 2;
            for (int t = 0; t < steps; t++) {
                hidden.add(new Box(centres[t] - nodeW / 2, cy - nodeH / 2, nodeW, nodeH));
                tiles.add(new Box(centres[t] - tileW / 2, cy - tileH / 2, tileW, tileH));
            }
            labels.add(new RowLabel(layers == 1 ? "hidden h" : "layer " + (l + 1) + " h", cy));
            y += bandH + gap;
        }
        double outputTop = y;

        List<Box> outputs = new ArrayList<>();
        List<Box> predictions = new ArrayList<>();
        double triW = Math.min(colW * 0.7, 2.4 * em);
        for (int t : outputSteps) {
            outputs.add(new Box(centres[t] - triW / 2, outputTop, triW, outputH));
            double pw = colW;
            predictions.add(new Box(centres[t] - pw / 2 + 0.15 * em, outputTop + outputH + 0.3 * em, pw - 0.3 * em, predH));
        }
        labels.add(new RowLabel("output", outputTop + outputH / 2));
        labels.add(new RowLabel("next word", outputTop + outputH + 0.3 * em + 0.6 * em));

        List<Arrow> arrows = new ArrayList<>();
        for (int t = 0; t < steps; t++) {
            Box in = inputs.get(t);
            Box h0 = hidden.get(t);
            arrows.add(new Arrow(Kind.EMBED, 0, t, centres[t], in.maxY(), centres[t], h0.y()));
            for (int l = 1; l < layers; l++) {
                Box below = hidden.get((l - 1) * steps + t);
                Box here = hidden.get(l * steps + t);
                arrows.add(new Arrow(Kind.UP, l, t, centres[t], below.maxY(), centres[t], here.y()));
            }
        }
        for (int l = 0; l < layers; l++) {
            for (int t = 1; t < steps; t++) {
                Box from = hidden.get(l * steps + t - 1);
                Box to = hidden.get(l * steps + t);
                if (to.x() - from.maxX() > 0.5 * em) {
                    arrows.add(new Arrow(Kind.HIDDEN, l, t, from.maxX(), from.centreY(), to.x(), to.centreY()));
                }
            }
        }
        for (int k = 0; k < outputSteps.size(); k++) {
            int t = outputSteps.get(k);
            Box top = hidden.get((layers - 1) * steps + t);
            arrows.add(new Arrow(Kind.OUTPUT, layers - 1, t, centres[t], top.maxY(), centres[t], outputs.get(k).y()));
        }

        List<Double> boundaries = new ArrayList<>();
        if (rung.chunk() > 0) {
            for (int t = 0; t < steps; t += rung.chunk()) {
                double bx = t == 0 ? x0 - carryW / 2 : (hidden.get(t - 1).maxX() + hidden.get(t).x()) / 2;
                boundaries.add(bx);
            }
            for (int l = 0; l < layers; l++) {
                Box first = hidden.get(l * steps);
                arrows.add(new Arrow(Kind.CARRY, l, 0, x0 - carryW + 0.2 * em, first.centreY(), first.x(), first.centreY()));
            }
        }
        Box loop = rung.rollable() && roll < 1 ? hidden.get(steps - 1) : null;
        double boundaryTop = inputs.get(0).maxY() + 0.2 * em;
        double boundaryBottom = outputTop + outputH;
        return new Diagram(rung, steps, units, rung.rollable() ? roll : 1, shape, inputs, hidden, tiles,
                List.copyOf(outputSteps), outputs, predictions, arrows, boundaries, boundaryTop, boundaryBottom, loop,
                detailed, labels);
    }
}
