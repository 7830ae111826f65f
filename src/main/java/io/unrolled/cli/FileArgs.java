package io.unrolled.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks on the files a command reads and writes, made before any training, so that a wrong path
 * costs the user one line and no wasted run.
 */
final class FileArgs {

    private FileArgs() {
    }

    /** A file to read: it must exist, be a file (not a folder) and be readable. */
    static Path input(String option, Path p) throws UsageError {
        if (Files.isDirectory(p)) {
            throw new UsageError(option + " " + p + " is a folder; give the .npz file inside it");
        }
        if (!Files.exists(p)) {
            throw new UsageError(option + " file not found: " + p);
        }
        if (!Files.isReadable(p)) {
            throw new UsageError(option + " file is not readable: " + p);
        }
        return p;
    }

    /**
     * A file to write: not a folder, in a folder that exists and takes new files. The folder is tried
     * with a scratch file, since permission bits do not tell the whole story (read-only disks, root).
     */
    static Path output(String option, Path p, String example) throws UsageError {
        Path file = p.toAbsolutePath();
        if (Files.isDirectory(file)) {
            throw new UsageError(option + " " + p + " is a folder; give a file name in it, such as " + file.resolve(example));
        }
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UsageError(option + " folder does not exist: " + folder);
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new UsageError(option + " cannot overwrite " + file + ": it is read-only");
        }
        try {
            Files.delete(Files.createTempFile(folder, ".unrolled-", ".tmp"));
        } catch (IOException | SecurityException e) {
            throw new UsageError(option + " cannot write in " + folder + " (" + e.getClass().getSimpleName() + ")");
        }
        return file;
    }
}
