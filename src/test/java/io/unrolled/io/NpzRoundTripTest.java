package io.unrolled.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpzRoundTripTest {
    @TempDir
    Path folder;

    @Test
    void floatArraysAndTheConfigComeBackBitForBitInOrder() throws Exception {
        Map<String, NpyArray> saved = new LinkedHashMap<>();
        saved.put("i_h.weight", NpyArray.ofFloats(new int[] {30, 64}, randomFloats(30 * 64, 1)));
        saved.put("rnn.weight_ih_l0", NpyArray.ofFloats(new int[] {64, 64}, randomFloats(64 * 64, 2)));
        saved.put("h_o.bias", NpyArray.ofFloats(new int[] {30}, randomFloats(30, 3)));
        saved.put("empty", NpyArray.ofFloats(new int[] {0, 3}, new float[0]));
        saved.put("scalar", NpyArray.ofFloats(new int[0], new float[] {Float.NaN}));
        String config = "{\"model\":\"LMModel3\",\"vocab\":30,\"hidden\":64,\"note\":\"ünïcode ✓\"}";
        saved.put("__config__", NpyArray.ofBytes(config.getBytes(StandardCharsets.UTF_8)));
        Path file = folder.resolve("model.npz");

        Npz.write(file, saved);
        Map<String, NpyArray> loaded = Npz.read(file);

        assertEquals(List.copyOf(saved.keySet()), List.copyOf(loaded.keySet()));
        assertEquals(saved, loaded);
        assertArrayEquals(saved.get("i_h.weight").toFloats(), loaded.get("i_h.weight").toFloats());
        assertEquals(config, new String(loaded.get("__config__").toBytes(), StandardCharsets.UTF_8));
        assertEquals(Map.of("model", "LMModel3", "vocab", 30, "hidden", 64, "note", "ünïcode ✓"),
                Json.parse(new String(loaded.get("__config__").toBytes(), StandardCharsets.UTF_8)));
    }

    @Test
    void entriesAreStoredNpyFilesNamedAfterTheArrays() throws IOException {
        Path file = folder.resolve("m.npz");
        Map<String, NpyArray> saved = new LinkedHashMap<>();
        saved.put("b", NpyArray.ofBytes(new byte[] {1}));
        saved.put("a/nested", NpyArray.ofBytes(new byte[] {2}));

        Npz.write(file, saved);

        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                names.add(entry.getName());
                assertEquals(ZipEntry.STORED, entry.getMethod());
                assertArrayEquals(Npy.encode(saved.get(entry.getName().replace(".npy", ""))),
                        zip.getInputStream(entry).readAllBytes());
            }
        }
        assertEquals(List.of("b.npy", "a/nested.npy"), names);
    }

    @Test
    void savingTheSameArraysTwiceGivesTheSameBytes() throws IOException {
        Map<String, NpyArray> arrays = Map.of("w", NpyArray.ofFloats(new int[] {2}, new float[] {1, 2}));
        Path first = folder.resolve("first.npz");
        Path second = folder.resolve("second.npz");

        Npz.write(first, arrays);
        Npz.write(second, arrays);

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void savingOverAnExistingFileReplacesItAndLeavesNoTemporaryFiles() throws Exception {
        Path file = folder.resolve("model.npz");
        Files.writeString(file, "old content");

        Npz.write(file, Map.of("w", NpyArray.ofFloats(new int[] {1}, new float[] {4})));

        assertArrayEquals(new float[] {4}, Npz.read(file).get("w").toFloats());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void readsDeflatedArchivesLikeSavezCompressedWrites() throws Exception {
        NpyArray weights = NpyArray.ofFloats(new int[] {100}, new float[100]);
        Path file = folder.resolve("compressed.npz");
        Files.write(file, TestFiles.zip(Map.of("w.npy", Npy.encode(weights)), true));

        assertEquals(Map.of("w", weights), Npz.read(file));
    }

    @Test
    void otherEntriesBesideTheArraysAreSkipped() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("README.txt", "about this model".getBytes(StandardCharsets.UTF_8));
        entries.put("w.npy", Npy.encode(NpyArray.ofBytes(new byte[] {9})));
        Path file = folder.resolve("extra.npz");
        Files.write(file, TestFiles.zip(entries, false));

        assertEquals(List.of("w"), List.copyOf(Npz.read(file).keySet()));
    }

    @Test
    void writeRefusesEmptyNamesAndNullArrays() {
        Path file = folder.resolve("x.npz");
        Map<String, NpyArray> nullArray = new LinkedHashMap<>();
        nullArray.put("w", null);

        assertThrows(IllegalArgumentException.class, () -> Npz.write(file, Map.of("", NpyArray.ofBytes(new byte[0]))));
        assertThrows(IllegalArgumentException.class, () -> Npz.write(file, nullArray));
    }

    private static float[] randomFloats(int count, long seed) {
        Random random = new Random(seed);
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }
}
