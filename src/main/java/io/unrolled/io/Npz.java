package io.unrolled.io;

import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * NumPy's {@code .npz} archive: a zip file with one {@code <name>.npy} entry per array, as written
 * by {@code np.savez} (stored) and {@code np.savez_compressed} (deflated), and read by
 * {@code np.load}.
 */
public final class Npz {
    private static final String SUFFIX = ".npy";
    // Every entry gets the same timestamp so that saving the same arrays twice gives the same bytes.
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final int MAX_ENTRY_NAME_BYTES = 0xffff;
    private static final SecureRandom TEMP_NAMES = new SecureRandom();

    private Npz() {
    }

    /**
     * Saves the arrays as entries {@code <name>.npy}, in the map's iteration order, uncompressed
     * like {@code np.savez}.
     *
     * <p>The archive is written to a temporary file in the same folder, flushed to disk and then
     * renamed over {@code file}, so a save that fails half way (disk full, crash, a bug) leaves
     * any existing file as it was.
     *
     * @throws IOException naming the file if it cannot be written
     * @throws IllegalArgumentException for an empty or null name or a null array
     */
    public static void write(Path file, Map<String, NpyArray> arrays) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(arrays, "arrays");
        arrays.forEach(Npz::checkEntry);
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("Cannot save " + file + ": the folder " + folder + " does not exist.");
        }
        if (Files.isDirectory(target)) {
            throw new IOException("Cannot save " + file + ": a folder of that name is in the way.");
        }
        Path temp = folder.resolve(temporaryName(target));
        try {
            writeArchive(temp, arrays);
            moveIntoPlace(temp, target);
        } catch (IOException e) {
            throw new IOException("Cannot save " + file + ": " + describe(e) + ".", e);
        } finally {
            // After a successful move this finds nothing; after a failure it removes the partial file.
            deleteQuietly(temp);
        }
    }

    /**
     * Reads every {@code .npy} entry, keyed by its name without {@code .npy}, in archive order.
     * Entries with other names (a README, {@code __MACOSX/} clutter) are skipped, but an archive
     * with no arrays at all is refused.
     *
     * @throws IOException if the file is missing or cannot be opened; the message names it
     * @throws NpzFormatException if it is not a readable .npz file; the message names the file,
     *     the entry if there is one, and the problem
     */
    public static LinkedHashMap<String, NpyArray> read(Path file) throws IOException, NpzFormatException {
        Objects.requireNonNull(file, "file");
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a folder, not an .npz file.");
        }
        try (ZipFile zip = open(file)) {
            LinkedHashMap<String, NpyArray> arrays = new LinkedHashMap<>();
            List<String> skipped = new ArrayList<>();
            for (ZipEntry entry : entries(zip, file)) {
                String entryName = entry.getName();
                if (entry.isDirectory()) {
                    continue;
                }
                if (!entryName.endsWith(SUFFIX)) {
                    skipped.add(entryName);
                    continue;
                }
                String key = entryName.substring(0, entryName.length() - SUFFIX.length());
                String where = "'" + entryName + "' in " + file;
                if (arrays.containsKey(key)) {
                    throw new NpzFormatException("Cannot read " + where + ": the archive holds two entries of that name.");
                }
                arrays.put(key, Npy.decode(readEntry(zip, entry, where), where));
            }
            if (arrays.isEmpty()) {
                throw new NpzFormatException("Cannot read " + file + ": " + noArraysReason(skipped) + ".");
            }
            return arrays;
        }
    }

    private static void checkEntry(String name, NpyArray array) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("array names must not be empty");
        }
        if (array == null) {
            throw new IllegalArgumentException("array '" + name + "' is null");
        }
        if ((name + SUFFIX).getBytes(StandardCharsets.UTF_8).length > MAX_ENTRY_NAME_BYTES) {
            throw new IllegalArgumentException("array name is too long for a zip entry: " + name.substring(0, 40) + "...");
        }
    }

    private static void writeArchive(Path temp, Map<String, NpyArray> arrays) throws IOException {
        // CREATE_NEW: never write into a file that someone else made with the same name.
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)))) {
            for (Map.Entry<String, NpyArray> named : arrays.entrySet()) {
                byte[] npy = Npy.encode(named.getValue());
                // Stored, as np.savez does: weights barely compress and reading stays fast.
                // A stored entry must announce its size and checksum before its data.
                ZipEntry entry = new ZipEntry(named.getKey() + SUFFIX);
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(npy.length);
                entry.setCompressedSize(npy.length);
                entry.setCrc(crc32(npy));
                entry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(entry);
                zip.write(npy);
                zip.closeEntry();
            }
            zip.finish();
            zip.flush();
            // On disk before the rename, or a crash right after it could leave an empty file in place.
            channel.force(true);
        }
    }

    /** A hidden, unique name beside the target; shortened so it stays within file name limits. */
    private static String temporaryName(Path target) {
        String name = target.getFileName().toString();
        String shortName = name.length() > 100 ? name.substring(0, 100) : name;
        return "." + shortName + "." + Long.toHexString(TEMP_NAMES.nextLong()) + ".tmp";
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // Leaving a stray temporary file behind is harmless; hiding why the save failed is not.
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems cannot rename atomically; replacing is still better than failing the save.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static ZipFile open(Path file) throws IOException, NpzFormatException {
        try {
            return new ZipFile(file.toFile());
        } catch (ZipException | EOFException e) {
            // EOFException: a damaged end record can send ZipFile reading past the end of the file.
            throw new NpzFormatException("Cannot read " + file + ": " + notZipReason(file) + " (" + detail(e) + ").", e);
        } catch (RuntimeException e) {
            throw new NpzFormatException("Cannot read " + file + ": the zip archive is damaged (" + detail(e) + ").", e);
        }
    }

    /** The entries in archive order; the zip classes report damage in unchecked ways too. */
    private static List<ZipEntry> entries(ZipFile zip, Path file) throws NpzFormatException {
        List<ZipEntry> entries = new ArrayList<>();
        try {
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                entries.add(all.nextElement());
            }
        } catch (RuntimeException e) {
            throw new NpzFormatException("Cannot read " + file + ": the zip directory is damaged (" + detail(e) + ").", e);
        }
        return entries;
    }

    private static byte[] readEntry(ZipFile zip, ZipEntry entry, String where) throws NpzFormatException, IOException {
        if (entry.getSize() > Integer.MAX_VALUE - 8) {
            throw new NpzFormatException("Cannot read " + where + ": the zip directory says it holds " + entry.getSize()
                    + " bytes, more than this program can hold in one array.");
        }
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
            bytes = in.readAllBytes();
        } catch (ZipException | EOFException | RuntimeException e) {
            throw new NpzFormatException("Cannot read " + where + ": the entry is damaged or truncated ("
                    + detail(e) + ").", e);
        }
        // ZipFile does not check sizes and checksums of what it unpacks; a flipped bit in the
        // weights would otherwise load silently as a slightly different model.
        if (entry.getSize() >= 0 && bytes.length != entry.getSize()) {
            throw new NpzFormatException("Cannot read " + where + ": the zip directory says " + entry.getSize()
                    + " bytes but the entry holds " + bytes.length + "; the file is damaged.");
        }
        if (entry.getCrc() >= 0 && crc32(bytes) != entry.getCrc()) {
            throw new NpzFormatException("Cannot read " + where + ": its checksum does not match; the file is damaged.");
        }
        return bytes;
    }

    /** Why a file that ZipFile refused is not an .npz, based on what it starts with. */
    private static String notZipReason(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        } catch (IOException e) {
            return "it is not a zip archive, so not an .npz file";
        }
        if (head.length == 0) {
            return "the file is empty";
        }
        if (head.length >= 6 && (head[0] & 0xff) == 0x93 && new String(head, 1, 5, StandardCharsets.ISO_8859_1).equals("NUMPY")) {
            return "it is a single .npy array, not an .npz archive (save with np.savez to make one)";
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K') {
            return "the zip archive is damaged or truncated";
        }
        return "it is not a zip archive, so not an .npz file";
    }

    private static String noArraysReason(List<String> skipped) {
        if (skipped.isEmpty()) {
            return "the archive holds no arrays";
        }
        if (skipped.stream().anyMatch(name -> name.endsWith("data.pkl"))) {
            // torch.save writes a zip too, so this is the most likely mix-up.
            return "it looks like a PyTorch checkpoint (torch.save), not an .npz file; convert it in Python with"
                    + " np.savez(path, **{k: v.detach().cpu().numpy() for k, v in model.state_dict().items()})";
        }
        List<String> shown = skipped.subList(0, Math.min(5, skipped.size()));
        return "the zip archive holds no .npy arrays, only " + String.join(", ", shown)
                + (skipped.size() > shown.size() ? " and " + (skipped.size() - shown.size()) + " more" : "");
    }

    /** A short reason for a failed save; file system exceptions alone often say only the path. */
    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return "permission denied (" + denied.getFile() + ")";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + " (" + fs.getFile() + ")";
        }
        if (e instanceof FileSystemException fs) {
            return e.getClass().getSimpleName() + " (" + fs.getFile() + ")";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** What went wrong inside the zip classes, for the end of a message; some of their exceptions say nothing. */
    private static String detail(Exception e) {
        if (e.getMessage() != null) {
            return e.getMessage();
        }
        return e instanceof EOFException ? "the data ends too early" : e.getClass().getSimpleName();
    }

    private static long crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
