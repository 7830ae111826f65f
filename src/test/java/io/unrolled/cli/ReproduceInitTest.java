package io.unrolled.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reproduce --init}: a run that starts from a checkpoint's weights, ours or PyTorch's. */
class ReproduceInitTest {

    @TempDir
    Path dir;

    private static Path torchLm6() throws URISyntaxException {
        return Path.of(ReproduceInitTest.class.getResource("/io/unrolled/train/lm6-pytorch-state-dict.npz").toURI());
    }

    private static double firstTrainLoss(Path json) throws Exception {
        Map<String, Object> report = CliTest.json(json);
        @SuppressWarnings("unchecked")
        Map<String, Object> epoch0 = (Map<String, Object>) ((List<?>) report.get("epochs")).get(0);
        return ((Number) epoch0.get("train_loss")).doubleValue();
    }

    @Test
    void aRunFromOurTrainedCheckpointStartsWhereThatModelLeftOff() throws Exception {
        Path trained = dir.resolve("lm1.npz");
        CliTest.Result first = CliTest.run("reproduce", "--model", "lm1", "--save", trained.toString());
        assertEquals(0, first.status(), first.err());

        Path fresh = dir.resolve("fresh.json");
        Path resumed = dir.resolve("resumed.json");
        assertEquals(0, CliTest.run("reproduce", "--model", "lm1", "--epochs", "1", "--json", fresh.toString()).status());
        CliTest.Result r = CliTest.run("reproduce", "--model", "lm1", "--epochs", "1", "--init", trained.toString(), "--json", resumed.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("starting from the weights in " + trained + "\n"), r.out());
        assertFalse(r.out().contains("book train"), "the book's rows start from a fresh model, so they are left out:\n" + r.out());
        double freshLoss = firstTrainLoss(fresh);
        double resumedLoss = firstTrainLoss(resumed);
        assertTrue(resumedLoss < freshLoss - 0.2, "trained weights start lower: " + resumedLoss + " against " + freshLoss);
        assertEquals(trained.toString(), CliTest.json(resumed).get("init"));
    }

    @Test
    void aPyTorchStateDictStartsARunOfItsOwnRung() throws Exception {
        Path json = dir.resolve("run.json");
        CliTest.Result r = CliTest.run("reproduce", "--init", torchLm6().toString(), "--epochs", "1", "--json", json.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("epoch  train_loss  valid_loss  accuracy  time\n"), r.out());
        assertEquals("lm6", CliTest.json(json).get("model"), "the rung comes from __config__ when --model is not given");
    }

    @Test
    void aCheckpointOfAnotherRungIsRefusedWithOneLineAndNothingIsWritten() throws Exception {
        Path save = dir.resolve("lm4.npz");
        CliTest.Result r = CliTest.run("reproduce", "--model", "lm4", "--init", torchLm6().toString(), "--save", save.toString());
        assertEquals(2, r.status());
        assertEquals("unrolled reproduce: --init lm6-pytorch-state-dict.npz: it holds LMModel6 (lm6), not LMModel4 (lm4).", r.err().strip());
        assertEquals("", r.out(), "nothing trained");
        assertFalse(Files.exists(save), "nothing saved");
    }

    @Test
    void initIsNotForTheWholeLadder() throws Exception {
        CliTest.Result r = CliTest.run("reproduce", "--all", "--init", torchLm6().toString());
        assertEquals(2, r.status());
        assertEquals("unrolled reproduce: --all trains every rung with the book's settings, so it takes no --init; drop --all to train one rung",
                r.err().strip());
    }
}
