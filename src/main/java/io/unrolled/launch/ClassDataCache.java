package io.unrolled.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A class-data-sharing archive of the window's classes (AppCDS). The first window run records the
 * classes it loaded into the archive as it exits; later runs map the archive instead of parsing and
 * verifying thousands of classes again, so the window comes up sooner ({@code docs/performance.md}).
 * The archive's name is a hash of the JDK and of every jar's name, size and date, so a new build or a
 * new JDK simply makes a new one. Anything that goes wrong here only costs that speed-up.
 */
final class ClassDataCache {

    private static final String PREFIX = "window-";

    private final Path archive;
    private final Path pending;

    ClassDataCache(Path folder, String key) {
        this.archive = folder.resolve(PREFIX + key + ".jsa");
        this.pending = folder.resolve(PREFIX + key + ".jsa." + ProcessHandle.current().pid() + ".tmp");
    }

    /** The cache for this build on this JDK in {@code dir} (see {@link #writableCacheFolder()}), or empty. */
    static Optional<ClassDataCache> forThisBuild(Path dir) {
        return forBuild(dir, System.getProperty("java.home") + "|" + Runtime.version(),
                System.getProperty("java.class.path", ""), System.getProperty("jdk.module.path", ""));
    }

    /** The cache for a JVM started with these paths, or empty when the JVM could not archive its classes. */
    static Optional<ClassDataCache> forBuild(Path dir, String jdk, String classPath, String modulePath) {
        if (!archivable(classPath) || !archivable(modulePath)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ClassDataCache(dir, buildKey(jdk, classPath + java.io.File.pathSeparator + modulePath)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the JVM can archive classes loaded from {@code path} (a class or module path). It
     * archives classes from jars only: with a non-empty folder on the path, as under
     * {@code mvn javafx:run} ({@code target/classes}), the JVM fails as it exits, with status 1,
     * instead of writing the archive.
     */
    static boolean archivable(String path) {
        for (String entry : path.split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty() && Files.isDirectory(Path.of(entry))) {
                return false;
            }
        }
        return true;
    }

    /** The per-user cache folder, made if needed; empty when it cannot be written. */
    static Optional<Path> writableCacheFolder() {
        try {
            Path dir = cacheFolder();
            Files.createDirectories(dir);
            return Files.isWritable(dir) ? Optional.of(dir) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** JVM options for the next start: use the archive, or make it when that start exits. */
    List<String> jvmOptions() {
        List<String> options = new ArrayList<>();
        options.add(Files.isRegularFile(archive) ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + pending);
        options.add("-Xlog:cds=off");              // CDS's own notes (e.g. old classes it skips) are not for the user
        options.add("-Xlog:cds+dynamic=off");
        return options;
    }

    /**
     * After that start has exited: a complete new archive takes its place (one another run made first
     * is kept) and archives of earlier builds are deleted, so the folder holds one archive.
     */
    void publish() {
        try {
            if (Files.isRegularFile(pending) && !Files.exists(archive)) {
                Files.move(pending, archive, StandardCopyOption.ATOMIC_MOVE);
                try (Stream<Path> files = Files.list(archive.getParent())) {
                    for (Path old : files.filter(this::isOlderBuild).toList()) {
                        Files.deleteIfExists(old);
                    }
                }
            }
            Files.deleteIfExists(pending);
        } catch (IOException | RuntimeException e) {
            // the next run tries again
        }
    }

    private boolean isOlderBuild(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(PREFIX) && name.endsWith(".jsa") && !p.equals(archive);
    }

    Path archive() {
        return archive;
    }

    private static Path cacheFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData/Local")).resolve("Unrolled/cache");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Caches/Unrolled");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".cache")).resolve("unrolled");
    }

    /** Changes whenever a jar on the class path (or in the lib folder beside it) or the JDK changes. */
    static String buildKey(String jdk, String classPath) throws IOException {
        StringBuilder sb = new StringBuilder(jdk);
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            Path p = Path.of(entry).toAbsolutePath();
            describe(p, sb);
            Path lib = p.resolveSibling("lib");
            if (Files.isRegularFile(p) && Files.isDirectory(lib)) {
                try (Stream<Path> jars = Files.list(lib)) {
                    for (Path jar : jars.sorted().toList()) {
                        describe(jar, sb);
                    }
                }
            }
        }
        return String.format("%016x", fnv1a64(sb.toString()));
    }

    /**
     * FNV-1a, 64 bits. Not SHA-256: its first use loads the security providers, which the launch
     * would wait for. A collision would only hand the JVM an archive it then rejects (it checks the jars itself).
     */
    static long fnv1a64(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static void describe(Path p, StringBuilder sb) throws IOException {
        sb.append('|').append(p);
        if (Files.isRegularFile(p)) {
            sb.append(':').append(Files.size(p)).append(':').append(Files.getLastModifiedTime(p).toMillis());
        }
    }
}
