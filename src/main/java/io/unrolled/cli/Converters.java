package io.unrolled.cli;

import io.unrolled.models.ModelKind;
import io.unrolled.train.Limits;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * picocli's converters for our values: each reads through {@link Limits} (or the model ids), so the
 * command line refuses exactly what the trainer and the window refuse. A refusal's message starts
 * with "must be"; {@link OneLineErrors} puts the option's name in front of it.
 */
final class Converters {

    private Converters() {
    }

    static final class Model implements ITypeConverter<ModelKind> {
        @Override
        public ModelKind convert(String id) {
            return ModelKind.byId(id.trim())
                    .orElseThrow(() -> new TypeConversionException("must be one of " + ModelKind.allowedIds() + "; got '" + id + "'"));
        }
    }

    /** The model ids in the ladder's order, for help texts ({@code ${COMPLETION-CANDIDATES}}). */
    static final class ModelIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ModelKind.values()).map(ModelKind::id).iterator();
        }
    }

    static final class View implements ITypeConverter<WindowFlags.View> {
        @Override
        public WindowFlags.View convert(String name) {
            return Arrays.stream(WindowFlags.View.values()).filter(v -> v.name().equals(name.trim())).findFirst()
                    .orElseThrow(() -> new TypeConversionException("must be one of training, data, unrolled, gates, memory; got '" + name + "'"));
        }
    }

    /** Some words for the Unrolled view; which of them the model knows is checked in the view, where they can be marked. */
    static final class Words implements ITypeConverter<String> {
        @Override
        public String convert(String text) {
            if (text.isBlank()) {
                throw new TypeConversionException("needs some words, such as \"seven thousand three hundred\"");
            }
            return text;
        }
    }

    static final class Zoom implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            String t = text.trim().replace("%", "");
            for (int p : WindowFlags.ZOOM_PERCENTS) {
                if (Integer.toString(p).equals(t)) {
                    return p;
                }
            }
            throw new TypeConversionException("must be one of " + Arrays.toString(WindowFlags.ZOOM_PERCENTS)
                    .replaceAll("[\\[\\]]", "") + " (per cent); got '" + text + "'");
        }
    }

    static final class Epochs implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            return whole(Limits.EPOCHS, text);
        }
    }

    static final class BenchEpochs implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            return whole(Limits.BENCH_EPOCHS, text);
        }
    }

    static final class Seeds implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            return whole(Limits.SEEDS, text);
        }
    }

    static final class Jobs implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            return whole(Limits.JOBS, text);
        }
    }

    static final class Seed implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            try {
                return Limits.SEED.parse(text);
            } catch (Limits.Refused e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class Unit implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            return whole(Limits.UNIT, text);
        }
    }

    static final class GeneratedWords implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            return whole(Limits.GENERATED_WORDS, text);
        }
    }

    /** A validation stretch's index; its upper end depends on the text, so the command checks it. */
    /** A word's position in a sentence, counted from 0; whether the rung predicts there is checked once the sentence is known. */
    static final class Position implements ITypeConverter<Integer> {
        private static final Limits.Whole ANY = new Limits.Whole("position", 0, Long.MAX_VALUE);

        @Override
        public Integer convert(String text) {
            try {
                return (int) Math.min(Integer.MAX_VALUE, ANY.parse(text));
            } catch (Limits.Refused e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class Stretch implements ITypeConverter<Integer> {
        private static final Limits.Whole ANY = new Limits.Whole("stretch", 0, Long.MAX_VALUE);

        @Override
        public Integer convert(String text) {
            try {
                return (int) Math.min(Integer.MAX_VALUE, ANY.parse(text));
            } catch (Limits.Refused e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class Temperature implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            return real(Limits.TEMPERATURE, text);
        }
    }

    static final class Lr implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            return real(Limits.LR, text);
        }
    }

    static final class Seconds implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            return real(Limits.SECONDS, text);
        }
    }

    private static int whole(Limits.Whole limit, String text) {
        try {
            return limit.parseInt(text);
        } catch (Limits.Refused e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    private static double real(Limits.Real limit, String text) {
        try {
            return limit.parse(text);
        } catch (Limits.Refused e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
