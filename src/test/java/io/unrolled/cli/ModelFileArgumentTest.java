package io.unrolled.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code unrolled FILE.npz}: what a double-click on a saved model runs. */
class ModelFileArgumentTest {

    @TempDir
    Path dir;

    private record Read(Cli.Reading reading, String err) {
    }

    private static Read read(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli.Reading r = Cli.read(List.of(args), new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Read(r, err.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void aSavedModelOpensTheWindowWithThatFile() throws Exception {
        Path model = Files.createFile(dir.resolve("lm4 trained.npz"));
        assertEquals(Cli.Next.WINDOW, read(model.toString()).reading().next());
        assertEquals(model, Cli.windowFlags(List.of(model.toString())).modelFile().orElseThrow());
    }

    @Test
    void theFileGoesWithWindowFlagsInAnyOrder() throws Exception {
        Path model = Files.createFile(dir.resolve("m.NPZ"));
        WindowFlags flags = Cli.windowFlags(List.of("--projector", model.toString(), "--view", "data"));
        assertEquals(model, flags.modelFile().orElseThrow());
        assertTrue(flags.projector());
        assertEquals("data", flags.view());
    }

    @Test
    void noFileMeansNone() {
        assertTrue(Cli.windowFlags(List.of()).modelFile().isEmpty());
        assertTrue(Cli.windowFlags(List.of("--train")).modelFile().isEmpty());
    }

    @Test
    void aMissingModelIsRefusedInOneLineBeforeTheWindowOpens() {
        Read r = read(dir.resolve("gone.npz").toString());
        assertEquals(Cli.Next.EXIT, r.reading().next());
        assertEquals(2, r.reading().status());
        assertEquals("unrolled: FILE.npz file not found: " + dir.resolve("gone.npz") + " (see unrolled --help)", r.err());
    }

    @Test
    void aFolderNamedLikeAModelIsCalledAFolder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("runs.npz"));
        Read r = read(folder.toString());
        assertEquals(2, r.reading().status());
        assertTrue(r.err().contains("is a folder"), r.err());
    }

    @Test
    void aWordThatIsNoModelIsStillAnUnknownCommandWithAGuess() {
        Read r = read("reprodce", "--model", "lm1");
        assertEquals(2, r.reading().status());
        assertEquals("unrolled: unknown command 'reprodce'; did you mean reproduce? (see unrolled --help)", r.err());
    }
}
