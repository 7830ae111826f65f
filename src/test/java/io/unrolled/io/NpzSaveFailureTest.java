package io.unrolled.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save that fails must leave the previous file exactly as it was, and no clutter beside it. */
class NpzSaveFailureTest {
    private static final byte[] PREVIOUS = "the model saved yesterday".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    @Test
    void missingFolderIsAnIoExceptionNamingTheFile() {
        Path file = folder.resolve("no-such-folder").resolve("model.npz");

        IOException e = assertThrows(IOException.class, () -> Npz.write(file, oneArray()));
        assertTrue(e.getMessage().contains("model.npz") && e.getMessage().contains("does not exist"), e.getMessage());
        assertFalse(Files.exists(file.getParent()));
    }

    @Test
    void failureHalfWayThroughLeavesTheExistingFileUntouched() throws IOException {
        Path file = Files.write(folder.resolve("model.npz"), PREVIOUS);

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Npz.write(file, mapFailingAfterFirstArray()));

        assertEquals("simulated failure while saving", e.getMessage());
        assertArrayEquals(PREVIOUS, Files.readAllBytes(file));
        assertOnlyFileInFolderIs(file);
    }

    @Test
    void readOnlyFolderLeavesTheExistingFileUntouched() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
        Path sub = Files.createDirectory(folder.resolve("locked"));
        Path file = Files.write(sub.resolve("model.npz"), PREVIOUS);
        Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root (as in many containers and CI) may write anywhere, so there is nothing to test there.
            assumeFalse(Files.isWritable(sub), "permissions are not enforced for this user");

            IOException e = assertThrows(IOException.class, () -> Npz.write(file, oneArray()));

            assertTrue(e.getMessage().contains("model.npz") && e.getMessage().contains("permission denied"), e.getMessage());
            assertArrayEquals(PREVIOUS, Files.readAllBytes(file));
            assertOnlyFileInFolderIs(file);
        } finally {
            Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void folderInTheWayIsAnIoExceptionAndStaysAFolder() throws IOException {
        Path file = Files.createDirectory(folder.resolve("model.npz"));

        IOException e = assertThrows(IOException.class, () -> Npz.write(file, oneArray()));

        assertTrue(e.getMessage().contains("model.npz"), e.getMessage());
        assertTrue(Files.isDirectory(file));
        assertOnlyFileInFolderIs(file);
    }

    private void assertOnlyFileInFolderIs(Path file) throws IOException {
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temporary file may be left behind");
        }
    }

    private static Map<String, NpyArray> oneArray() {
        return Map.of("w", NpyArray.ofFloats(new int[] {2}, new float[] {1, 2}));
    }

    /**
     * Stands in for anything that breaks after part of the archive is on disk, like a full disk.
     * Npz.write looks at every entry once before it creates any file, so the map behaves on that
     * first pass and breaks on the next one, after one array has been written. Should write ever
     * stop making a second pass, the save succeeds and the test fails instead of passing idly.
     */
    private static Map<String, NpyArray> mapFailingAfterFirstArray() {
        NpyArray array = NpyArray.ofFloats(new int[] {1000}, new float[1000]);
        return new AbstractMap<>() {
            private int passes;

            @Override
            public Set<Entry<String, NpyArray>> entrySet() {
                boolean failThisPass = ++passes > 1;
                return new AbstractSet<>() {
                    @Override
                    public Iterator<Entry<String, NpyArray>> iterator() {
                        return new Iterator<>() {
                            private int served;

                            @Override
                            public boolean hasNext() {
                                return served < 2;
                            }

                            @Override
                            public Entry<String, NpyArray> next() {
                                if (failThisPass && served == 1) {
                                    throw new IllegalStateException("simulated failure while saving");
                                }
                                served++;
                                return Map.entry("w" + served, array);
                            }
                        };
                    }

                    @Override
                    public int size() {
                        return 2;
                    }
                };
            }
        };
    }
}
