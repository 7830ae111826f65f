package io.unrolled.train;

import io.unrolled.io.Json;
import io.unrolled.io.NpyArray;
import io.unrolled.io.Npz;
import io.unrolled.io.NpzFormatException;
import io.unrolled.models.LanguageModel;
import io.unrolled.models.ModelConfig;
import io.unrolled.models.ModelKind;
import io.unrolled.models.Models;
import io.unrolled.nn.Mem;
import io.unrolled.nn.Param;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Saves and loads a model as a NumPy .npz: every parameter under the PyTorch state_dict name of the
 * book's module, plus {@code __config__}, the model configuration as UTF-8 JSON in a uint8 array.
 * A tied weight appears twice, as in PyTorch ({@code i_h.weight} and {@code h_o.weight}).
 */
public final class Checkpoint {

    public static final String CONFIG_ENTRY = "__config__";
    static final String FORMAT = "unrolled-checkpoint";

    /**
     * A problem with a checkpoint file, worded for the person who chose the file. The message names
     * the file once ("lm7.npz: it has no entry h_o.bias …."); {@link #reason()} is the same without
     * the name, for a caller that names the file itself.
     */
    public static final class Invalid extends Exception {
        private final String reason;

        /** @param reason what is wrong with the file, as a sentence starting in lower case */
        public Invalid(String file, String reason) {
            super(file + ": " + sentence(reason));
            this.reason = sentence(reason);
        }

        /** What is wrong, without the file's name, ending in a full stop. */
        public String reason() {
            return reason;
        }

        private static String sentence(String s) {
            return s.endsWith(".") ? s : s + ".";
        }
    }

    /** A loaded model and the vocabulary and training settings stored with it. */
    public record Loaded(LanguageModel model, List<String> vocab, Map<String, Object> train) {

        /**
         * A model's outputs are word ids: read with another vocabulary, every prediction would name the
         * wrong word. A file without a vocabulary (a PyTorch model given a config by hand) is taken to use ours.
         *
         * @throws Invalid saying where the two vocabularies first differ
         */
        public void requireVocabulary(String file, List<String> ours) throws Invalid {
            if (vocab.isEmpty() || vocab.equals(ours)) {
                return;
            }
            int i = 0;
            while (i < vocab.size() && i < ours.size() && vocab.get(i).equals(ours.get(i))) {
                i++;
            }
            String where = i < vocab.size() && i < ours.size()
                    ? String.format("word %d is \"%s\" there and \"%s\" here", i, vocab.get(i), ours.get(i))
                    : String.format("it has %d words, Human Numbers %d", vocab.size(), ours.size());
            throw new Invalid(file, "its vocabulary is not this app's (" + where + "), so its predictions would name the wrong words.");
        }
    }

    private Checkpoint() {
    }

    public static void save(Path file, LanguageModel model, List<String> vocab, TrainConfig train) throws IOException {
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        for (Map.Entry<String, Param> e : stateDict(model).entrySet()) {
            Param p = e.getValue();
            int[] shape = Arrays.stream(p.shape()).mapToInt(Math::toIntExact).toArray();
            arrays.put(e.getKey(), NpyArray.ofFloats(shape, Mem.of(p.value()).copyFloats(0, (int) p.size())));
        }
        Map<String, Object> cfg = new LinkedHashMap<>();
        cfg.put("format", FORMAT);
        cfg.put("version", 1);
        cfg.put("model", model.kind().id());
        cfg.put("vocab_size", model.config().vocab());
        cfg.put("hidden", model.config().hidden());
        cfg.put("layers", model.config().layers());
        cfg.put("dropout", model.config().dropout());
        cfg.put("vocab", vocab);
        if (train != null) {
            cfg.put("train", train.toMap());
        }
        arrays.put(CONFIG_ENTRY, NpyArray.ofBytes(Json.write(cfg).getBytes(StandardCharsets.UTF_8)));
        Npz.write(file, arrays);
    }

    /** The state_dict view: PyTorch names in PyTorch's order, the tied weight listed under both names. */
    static Map<String, Param> stateDict(LanguageModel model) {
        Map<String, Param> out = new LinkedHashMap<>();
        for (Param p : model.params().all()) {
            if (p.name().equals("h_o.bias") && model.kind().tiesWeights()) {
                out.put("h_o.weight", model.params().get("i_h.weight"));
            }
            out.put(p.name(), p);
        }
        return out;
    }

    public static Loaded load(Path file) throws IOException, Invalid {
        Map<String, NpyArray> arrays;
        String name = file.getFileName().toString();
        try {
            arrays = Npz.read(file);
        } catch (NpzFormatException e) {
            throw new Invalid(name, withoutFile(e.getMessage(), file));
        }
        NpyArray cfgArray = arrays.get(CONFIG_ENTRY);
        if (cfgArray == null) {
            throw new Invalid(name, "it has no " + CONFIG_ENTRY + " entry, so it is not an Unrolled checkpoint "
                    + "(a PyTorch state_dict needs one added: the model config as JSON bytes in a uint8 array).");
        }
        Map<String, Object> cfg = parseConfig(name, cfgArray);
        ModelConfig config = configFrom(name, cfg);
        LanguageModel model = Models.create(config, 0);
        for (Map.Entry<String, Param> e : stateDict(model).entrySet()) {
            if (e.getKey().equals("h_o.weight") && model.kind().tiesWeights()) {
                continue;   // the same tensor as i_h.weight
            }
            copyInto(name, e.getKey(), e.getValue(), arrays.get(e.getKey()));
        }
        @SuppressWarnings("unchecked")
        List<String> vocab = cfg.get("vocab") instanceof List<?> l ? (List<String>) l : List.of();
        @SuppressWarnings("unchecked")
        Map<String, Object> train = cfg.get("train") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        return new Loaded(model, vocab, train);
    }

    private static Map<String, Object> parseConfig(String name, NpyArray cfgArray) throws Invalid {
        try {
            Object parsed = Json.parse(cfgArray.toBytes());
            if (parsed instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, Object> cfg = (Map<String, Object>) m;
                return cfg;
            }
            throw new Invalid(name, CONFIG_ENTRY + " is JSON but not an object");
        } catch (NpzFormatException | IllegalArgumentException e) {
            throw new Invalid(name, CONFIG_ENTRY + " is not readable JSON (" + e.getMessage() + ")");
        }
    }

    private static ModelConfig configFrom(String name, Map<String, Object> cfg) throws Invalid {
        Object id = cfg.get("model");
        ModelKind kind = id instanceof String s ? ModelKind.byId(s).orElse(null) : null;
        if (kind == null) {
            throw new Invalid(name, "unknown model '" + id + "' in " + CONFIG_ENTRY + "; allowed: " + ModelKind.allowedIds());
        }
        try {
            return new ModelConfig(kind, intOf(cfg, "vocab_size", 30), intOf(cfg, "hidden", 64),
                    intOf(cfg, "layers", kind.cell() == ModelKind.Cell.RELU_BOOK ? 1 : 2),
                    cfg.get("dropout") instanceof Number n ? n.doubleValue() : 0.0);
        } catch (IllegalArgumentException e) {
            throw new Invalid(name, e.getMessage());
        }
    }

    /**
     * The archive reader names the file (by its whole path) in every message: "Cannot read FILE: why."
     * or "Cannot read 'ENTRY' in FILE: why.". Here the caller names the file, so only the why is kept.
     */
    private static String withoutFile(String message, Path file) {
        String whole = "Cannot read " + file + ": ";
        if (message.startsWith(whole)) {
            return message.substring(whole.length());
        }
        String inFile = " in " + file + ": ";
        if (message.startsWith("Cannot read ") && message.contains(inFile)) {
            return "entry " + message.substring("Cannot read ".length()).replace(inFile, ": ");
        }
        return message;
    }

    private static int intOf(Map<String, Object> cfg, String key, int fallback) {
        return cfg.get(key) instanceof Number n ? n.intValue() : fallback;
    }

    private static void copyInto(String file, String key, Param p, NpyArray a) throws Invalid {
        if (a == null) {
            throw new Invalid(file, "it has no entry " + key + " (expected shape " + Arrays.toString(p.shape()) + ")");
        }
        long[] want = p.shape();
        long[] got = Arrays.stream(a.shape()).asLongStream().toArray();
        if (!Arrays.equals(want, got)) {
            throw new Invalid(file, key + " has shape " + Arrays.toString(got) + " but this model needs " + Arrays.toString(want));
        }
        if (!a.holdsFloats()) {
            // whole numbers are no trained weights: int32 ones loaded as a model that always says "thousand"
            throw new Invalid(file, key + " holds " + a.typeName() + " numbers, but weights must be floating point (float32 or float64)");
        }
        float[] values;
        try {
            values = a.toFloats();
        } catch (RuntimeException e) {
            throw new Invalid(file, key + " is not numeric (" + e.getMessage() + ")");
        }
        Mem m = Mem.of(p.value());
        for (int k = 0; k < values.length; k++) {
            if (!Float.isFinite(values[k])) {
                throw new Invalid(file, key + " contains " + values[k] + " at index " + k);
            }
            m.set(k, values[k]);
        }
    }
}
