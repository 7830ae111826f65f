package io.unrolled.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unrolled.models.LanguageModel;
import io.unrolled.models.ModelConfig;
import io.unrolled.models.ModelKind;
import io.unrolled.models.Models;
import io.unrolled.train.Checkpoint;
import io.unrolled.train.Ladder;
import io.unrolled.train.TrainingRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFilesTest {

    @TempDir
    Path dir;

    private final List<String> ours = TrainingRun.create(ModelKind.LM4, Ladder.recipe(ModelKind.LM4)).data().vocab().words();

    private Path saved(List<String> vocab) throws Exception {
        LanguageModel model = Models.create(ModelConfig.book(ModelKind.LM4, 30), 7);
        Path file = dir.resolve("lm4.npz");
        Checkpoint.save(file, model, vocab, Ladder.recipe(ModelKind.LM4));
        return file;
    }

    @Test
    void aModelWithOurVocabularyLoads() throws Exception {
        ModelFiles.Loaded loaded = ModelFiles.load(saved(ours));
        assertEquals(ModelKind.LM4, loaded.run().kind());
        assertTrue(loaded.message().startsWith("Loaded LMModel4 from lm4.npz: validation loss"), loaded.message());
    }

    @Test
    void aModelWithAnotherVocabularyIsRefusedWithTheFirstWordThatDiffers() throws Exception {
        List<String> reversed = new ArrayList<>(ours);
        Collections.reverse(reversed);
        var e = assertThrows(IllegalArgumentException.class, () -> ModelFiles.load(saved(reversed)));
        assertEquals("Could not load lm4.npz: its vocabulary is not this app's (word 0 is \"" + reversed.get(0) + "\" there and \""
                + ours.get(0) + "\" here), so its predictions would name the wrong words. Nothing was changed.", e.getMessage());
    }

    @Test
    void aModelWithoutAVocabularyIsTakenToUseOurs() throws Exception {
        assertEquals(ModelKind.LM4, ModelFiles.load(saved(List.of())).run().kind());
    }

    /** Files a user might pick by mistake, each with the problem its line must name. */
    @Test
    void everyLoadErrorNamesTheFileOnceAndEndsItsSentences() throws Exception {
        Path good = saved(ours);
        byte[] whole = java.nio.file.Files.readAllBytes(good);
        Path cut = java.nio.file.Files.write(dir.resolve("cut.npz"), java.util.Arrays.copyOf(whole, whole.length / 2));
        Path text = java.nio.file.Files.writeString(dir.resolve("notes.npz"), "not a model");
        Path folder = java.nio.file.Files.createDirectory(dir.resolve("folder.npz"));
        Path missing = dir.resolve("missing.npz");
        Path noEntry = dir.resolve("partial.npz");
        var arrays = new java.util.LinkedHashMap<>(io.unrolled.io.Npz.read(good));
        arrays.remove("h_o.bias");
        io.unrolled.io.Npz.write(noEntry, arrays);

        for (Path file : List.of(cut, text, folder, missing, noEntry)) {
            String name = file.getFileName().toString();
            String line = assertThrows(IllegalArgumentException.class, () -> ModelFiles.load(file)).getMessage();
            assertTrue(line.startsWith("Could not load " + name + ": "), line);
            assertEquals(line.indexOf(name), line.lastIndexOf(name), "the file is named once: " + line);
            assertTrue(!line.contains(dir.toString()), "no folder path: " + line);
            assertTrue(line.endsWith(". Nothing was changed.") && !line.contains(".."), "each sentence ends in one full stop: " + line);
            assertEquals(1, line.lines().count(), line);
        }
        assertEquals("Could not load folder.npz: it is a folder, not an .npz file. Nothing was changed.",
                assertThrows(IllegalArgumentException.class, () -> ModelFiles.load(folder)).getMessage());
        assertEquals("Could not load missing.npz: there is no such file. Nothing was changed.",
                assertThrows(IllegalArgumentException.class, () -> ModelFiles.load(missing)).getMessage());
        assertEquals("Could not load partial.npz: it has no entry h_o.bias (expected shape [30]). Nothing was changed.",
                assertThrows(IllegalArgumentException.class, () -> ModelFiles.load(noEntry)).getMessage());
    }
}
