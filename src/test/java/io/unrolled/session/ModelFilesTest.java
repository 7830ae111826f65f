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
}
