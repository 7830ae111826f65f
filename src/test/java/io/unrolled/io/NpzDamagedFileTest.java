package io.unrolled.io;

import static io.unrolled.io.TestFiles.npy;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of file a user might pick by mistake must end in one exception that names it. */
class NpzDamagedFileTest {
    @TempDir
    Path folder;

    @Test
    void missingFileIsAnIoExceptionNamingIt() {
        Path file = folder.resolve("missing-model.npz");

        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> Npz.read(file));
        assertTrue(e.getMessage().contains("missing-model.npz"), e.getMessage());
    }

    @Test
    void folderIsAnIoExceptionNamingIt() throws IOException {
        Path sub = Files.createDirectory(folder.resolve("models.npz"));

        IOException e = assertThrows(IOException.class, () -> Npz.read(sub));
        assertTrue(e.getMessage().contains("models.npz") && e.getMessage().contains("folder"), e.getMessage());
    }

    @Test
    void randomBytesAreNotAZipArchive() throws IOException {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);

        assertRefused(write("noise.npz", noise), "not a zip archive");
    }

    @Test
    void textFileIsNotAZipArchive() throws IOException {
        assertRefused(write("notes.npz", "these are my notes\n".getBytes(StandardCharsets.UTF_8)), "not a zip archive");
    }

    @Test
    void emptyFileSaysItIsEmpty() throws IOException {
        assertRefused(write("empty.npz", new byte[0]), "empty");
    }

    @Test
    void singleNpyFileIsRecognised() throws IOException {
        assertRefused(write("weights.npz", Npy.encode(NpyArray.ofBytes(new byte[4]))), "single .npy array");
    }

    @Test
    void zipCutInHalfIsDamaged() throws IOException {
        byte[] whole = validArchive();

        assertRefused(write("half.npz", Arrays.copyOf(whole, whole.length / 2)), "damaged or truncated");
    }

    @Test
    void everyTruncationOfAnArchiveIsRefused() throws IOException {
        byte[] whole = validArchive();
        Path file = folder.resolve("cut.npz");
        for (int length = 0; length < whole.length; length++) {
            Files.write(file, Arrays.copyOf(whole, length));
            assertRefused(file, "");
        }
    }

    @Test
    void zipWithoutNpyEntriesIsRefusedListingWhatItHolds() throws IOException {
        Path file = write("photos.npz", TestFiles.zip(Map.of("holiday.jpg", new byte[10]), true));

        assertRefused(file, "holiday.jpg");
    }

    @Test
    void emptyZipHoldsNoArrays() throws IOException {
        assertRefused(write("nothing.npz", TestFiles.zip(Map.of(), false)), "no arrays");
    }

    @Test
    void pytorchCheckpointGetsAHintHowToConvertIt() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("archive/data.pkl", new byte[] {(byte) 0x80, 2});
        entries.put("archive/data/0", new byte[16]);

        assertRefused(write("model.pt", TestFiles.zip(entries, false)), "np.savez");
    }

    @Test
    void entryWithBadMagicIsNamed() throws IOException {
        Path file = write("bad-magic.npz", TestFiles.zip(Map.of("w.npy", "hello, not numpy".getBytes(StandardCharsets.US_ASCII)), false));

        NpzFormatException e = assertRefused(file, "magic");
        assertTrue(e.getMessage().contains("'w.npy'"), e.getMessage());
    }

    @Test
    void headerClaimingMoreDataThanPresentIsTruncated() throws IOException {
        byte[] shortNpy = npy("{'descr': '<f4', 'fortran_order': False, 'shape': (30, 64), }", new byte[100]);

        assertRefused(write("short.npz", TestFiles.zip(Map.of("i_h.weight.npy", shortNpy), false)), "truncated");
    }

    @Test
    void complexDtypeIsRefusedByName() throws IOException {
        byte[] complex = npy("{'descr': '<c16', 'fortran_order': False, 'shape': (2,), }", new byte[32]);

        assertRefused(write("complex.npz", TestFiles.zip(Map.of("z.npy", complex), true)), "'<c16'");
    }

    @Test
    void objectDtypeIsRefusedWithoutUnpickling() throws IOException {
        byte[] objects = npy("{'descr': '|O', 'fortran_order': False, 'shape': (1,), }", new byte[] {(byte) 0x80, 4, '.'});

        assertRefused(write("objects.npz", TestFiles.zip(Map.of("o.npy", objects), false)), "'|O'");
    }

    @Test
    void flippedBitInStoredDataFailsTheChecksum() throws IOException {
        byte[] archive = validArchive();
        byte[] weights = Npy.encode(weightsArray());
        int at = indexOf(archive, weights) + weights.length - 1; // the last weight, inside the stored entry
        archive[at] ^= 1;

        assertRefused(write("flipped.npz", archive), "checksum");
    }

    @Test
    void randomDamageGivesTheArraysOrTheFormatExceptionNothingElse() throws IOException {
        byte[] original = validArchive();
        Random random = new Random(1234);
        Path file = folder.resolve("damaged.npz");
        int refused = 0;
        for (int trial = 0; trial < 400; trial++) {
            byte[] damaged = original.clone();
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            Files.write(file, damaged);
            try {
                Npz.read(file);
            } catch (NpzFormatException e) {
                assertTrue(e.getMessage().contains("damaged.npz"), e.getMessage());
                refused++;
            } catch (IOException | RuntimeException e) {
                fail("trial " + trial + " threw " + e, e);
            }
        }
        assertTrue(refused > 200, "most random damage should be noticed, was " + refused);
    }

    private static NpyArray weightsArray() {
        float[] values = new float[12];
        Arrays.fill(values, 0.25f);
        return NpyArray.ofFloats(new int[] {3, 4}, values);
    }

    private byte[] validArchive() throws IOException {
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        arrays.put("w", weightsArray());
        arrays.put("__config__", NpyArray.ofBytes("{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
        Path file = folder.resolve("valid-source.npz");
        Npz.write(file, arrays);
        byte[] bytes = Files.readAllBytes(file);
        Files.delete(file);
        return bytes;
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    private static NpzFormatException assertRefused(Path file, String expectedInMessage) {
        NpzFormatException e = assertThrows(NpzFormatException.class, () -> Npz.read(file));
        assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expectedInMessage), e.getMessage());
        return e;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        fail("needle not found");
        return -1;
    }
}
