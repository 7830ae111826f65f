package io.unrolled.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataCacheTest {

    @TempDir
    Path dir;

    @Test
    void theFirstRunRecordsTheArchiveAndLaterRunsUseIt() throws Exception {
        ClassDataCache cache = new ClassDataCache(dir, "abc");
        String first = cache.jvmOptions().get(0);
        assertTrue(first.startsWith("-XX:ArchiveClassesAtExit="), first);
        Path pending = Path.of(first.substring(first.indexOf('=') + 1));
        Files.writeString(pending, "archive bytes");          // what the JVM writes as it exits
        cache.publish();
        assertEquals("archive bytes", Files.readString(cache.archive()));
        assertFalse(Files.exists(pending));
        assertEquals("-XX:SharedArchiveFile=" + cache.archive(), cache.jvmOptions().get(0));
    }

    @Test
    void aNewBuildsArchiveReplacesTheOldOnesButARunThatRecordedNothingChangesNothing() throws Exception {
        ClassDataCache old = new ClassDataCache(dir, "old");
        Files.writeString(old.archive(), "old build");
        ClassDataCache fresh = new ClassDataCache(dir, "new");
        fresh.publish();                                      // the JVM wrote nothing (e.g. it crashed)
        assertTrue(Files.exists(old.archive()), "nothing new, so the old archive stays");
        String option = fresh.jvmOptions().get(0);
        Files.writeString(Path.of(option.substring(option.indexOf('=') + 1)), "new build");
        fresh.publish();
        assertFalse(Files.exists(old.archive()), "the old build's archive is deleted");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(fresh.archive()), files.toList());
        }
    }

    @Test
    void theKeyChangesWhenAJarOrTheJdkChanges() throws Exception {
        Path jar = dir.resolve("unrolled.jar");
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(jar, "main");
        Files.writeString(lib.resolve("a.jar"), "dependency");
        String key = ClassDataCache.buildKey("jdk 17", jar.toString());
        assertEquals(key, ClassDataCache.buildKey("jdk 17", jar.toString()), "stable while nothing changes");
        assertNotEquals(key, ClassDataCache.buildKey("jdk 21", jar.toString()));
        Files.setLastModifiedTime(lib.resolve("a.jar"), FileTime.fromMillis(12345));
        assertNotEquals(key, ClassDataCache.buildKey("jdk 17", jar.toString()), "a rebuilt dependency");
    }

    @Test
    void aJvmStartsWithTheArchiveOptionsEvenWhenTheArchiveIsDamaged() throws Exception {
        ClassDataCache cache = new ClassDataCache(dir, "damaged");
        Files.writeString(cache.archive(), "not an archive");
        java.util.List<String> cmd = new java.util.ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(cache.jvmOptions());
        cmd.add("-version");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        assertFalse(out.contains("shared archive"), "the JVM's own complaint is not shown to the user: " + out);
    }

    @Test
    void theKeyHashIsFnv1a64() {
        // published test vectors of the 64-bit FNV-1a hash
        assertEquals(0xcbf29ce484222325L, ClassDataCache.fnv1a64(""));
        assertEquals(0xaf63dc4c8601ec8cL, ClassDataCache.fnv1a64("a"));
        assertEquals(0x85944171f73967e8L, ClassDataCache.fnv1a64("foobar"));
    }

    @Test
    void noArchiveIsRecordedWhenAFolderIsOnTheClassPath() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("target/classes"));
        Files.writeString(classes.resolve("Main.class"), "bytes");
        Path jar = Files.writeString(dir.resolve("lib.jar"), "jar bytes");
        String withFolder = classes + java.io.File.pathSeparator + jar;
        assertTrue(ClassDataCache.forBuild(dir, "jdk 17", withFolder, "").isEmpty(), "mvn javafx:run's class path");
        assertTrue(ClassDataCache.forBuild(dir, "jdk 17", jar.toString(), classes.toString()).isEmpty(), "a folder on the module path");
        assertTrue(ClassDataCache.forBuild(dir, "jdk 17", jar.toString(), "").isPresent(), "java -jar's class path");
    }
}
