package io.unrolled.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Our files against real NumPy, both ways. Skipped where python3 with numpy is not installed. */
class NumpyInteropTest {
    @TempDir
    Path folder;

    @BeforeEach
    void needsNumpy() {
        PythonNumpy.assumeAvailable();
    }

    @Test
    void numpyLoadsWhatNpzWritesBitForBit() throws Exception {
        Map<String, NpyArray> saved = new LinkedHashMap<>();
        saved.put("i_h.weight", NpyArray.ofFloats(new int[] {30, 64}, gaussian(30 * 64)));
        saved.put("rnn.weight_ih_l0", NpyArray.ofFloats(new int[] {64, 64}, gaussian(64 * 64)));
        saved.put("h_o.bias", NpyArray.ofFloats(new int[] {30}, gaussian(30)));
        saved.put("specials", NpyArray.ofFloats(new int[] {6},
                new float[] {-0f, Float.MIN_VALUE, Float.MAX_VALUE, Float.NEGATIVE_INFINITY, Float.NaN, 0.1f}));
        saved.put("empty", NpyArray.ofFloats(new int[] {0, 3}, new float[0]));
        saved.put("scalar", NpyArray.ofFloats(new int[0], new float[] {2.5f}));
        String config = "{\"arch\": \"LMModel3\", \"hidden\": 64, \"name\": \"caf\\u00e9 \\\"q\\\"\"}";
        saved.put("__config__", NpyArray.ofBytes(config.getBytes(StandardCharsets.UTF_8)));
        Path file = folder.resolve("model.npz");
        Npz.write(file, saved);

        List<String> lines = PythonNumpy.run(String.join("\n",
                "import sys, json, hashlib",
                "import numpy as np",
                "z = np.load(sys.argv[1])  # allow_pickle is False: plain arrays only",
                "for k in z.files:",
                "    a = z[k]",
                "    print(k, a.dtype.str, str(a.shape), hashlib.sha256(a.tobytes()).hexdigest(), sep='|')",
                "print('element', repr(float(z['i_h.weight'][3, 5])), sep='|')",
                "config = json.loads(bytes(z['__config__']).decode('utf-8'))",
                "print('config', config['arch'], config['hidden'], config['name'], sep='|')"),
                file.toString());

        List<String> expected = new ArrayList<>();
        for (Map.Entry<String, NpyArray> named : saved.entrySet()) {
            NpyArray a = named.getValue();
            expected.add(String.join("|", named.getKey(), a.descr(), Npy.shapeLiteral(a.shape()), sha256(a.data())));
        }
        assertEquals(expected, lines.subList(0, saved.size()));
        assertEquals((double) saved.get("i_h.weight").toFloats()[3 * 64 + 5],
                Double.parseDouble(lines.get(saved.size()).split("\\|")[1]));
        assertEquals("config|LMModel3|64|café \"q\"", lines.get(saved.size() + 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"savez", "savez_compressed"})
    void npzReadsWhatNumpyWrites(String savezFunction) throws Exception {
        Path file = folder.resolve(savezFunction + ".npz");
        PythonNumpy.run(String.join("\n",
                "import sys",
                "import numpy as np",
                "arrays = dict(",
                "    w32=np.arange(12, dtype=np.float32).reshape(3, 4) / np.float32(7),",
                "    f64=np.arange(6, dtype=np.float64).reshape(2, 3) / 3.0,",
                "    scalar=np.float32(2.5),",
                "    empty=np.zeros((0, 4), dtype=np.float32),",
                "    __config__=np.frombuffer('{\"vocab\": 30}'.encode('utf-8'), dtype=np.uint8),",
                ")",
                "getattr(np, sys.argv[2])(sys.argv[1], **arrays)"),
                file.toString(), savezFunction);

        Map<String, NpyArray> read = Npz.read(file);

        assertEquals(List.of("w32", "f64", "scalar", "empty", "__config__"), List.copyOf(read.keySet()));
        float[] w32 = read.get("w32").toFloats();
        for (int i = 0; i < 12; i++) {
            assertEquals((float) i / 7f, w32[i], "w32[" + i + "]");
        }
        assertArrayEquals(new int[] {3, 4}, read.get("w32").shape());
        assertEquals("<f8", read.get("f64").descr());
        assertArrayEquals(new double[] {0, 1 / 3.0, 2 / 3.0, 1, 4 / 3.0, 5 / 3.0}, read.get("f64").toDoubles());
        assertArrayEquals(new int[0], read.get("scalar").shape());
        assertArrayEquals(new float[] {2.5f}, read.get("scalar").toFloats());
        assertArrayEquals(new int[] {0, 4}, read.get("empty").shape());
        assertEquals(Map.of("vocab", 30), Json.parse(read.get("__config__").toBytes()));
    }

    @Test
    void npzReadsVersions1And2AndRefuses3() throws Exception {
        Path file = folder.resolve("versions.npz");
        PythonNumpy.run(String.join("\n",
                "import io, sys, zipfile",
                "import numpy as np",
                "a = np.arange(4, dtype='<f4') - 1.5",
                "with zipfile.ZipFile(sys.argv[1], 'w') as z:",
                "    for major in (1, 2, 3):",
                "        buf = io.BytesIO()",
                "        np.lib.format.write_array(buf, a, version=(major, 0))",
                "        assert buf.getvalue()[6] == major",
                "        z.writestr('v%d.npy' % major, buf.getvalue())"),
                file.toString());

        NpzFormatException v3 = assertThrows(NpzFormatException.class, () -> Npz.read(file));
        assertTrue(v3.getMessage().contains("'v3.npy'") && v3.getMessage().contains("version 3.0"), v3.getMessage());

        for (int major : new int[] {1, 2}) {
            Path one = folder.resolve("v" + major + ".npz");
            PythonNumpy.run(String.join("\n",
                    "import io, sys, zipfile",
                    "import numpy as np",
                    "buf = io.BytesIO()",
                    "np.lib.format.write_array(buf, np.arange(4, dtype='<f4') - 1.5, version=(int(sys.argv[2]), 0))",
                    "zipfile.ZipFile(sys.argv[1], 'w').writestr('a.npy', buf.getvalue())"),
                    one.toString(), String.valueOf(major));
            assertArrayEquals(new float[] {-1.5f, -0.5f, 0.5f, 1.5f}, Npz.read(one).get("a").toFloats(), "v" + major);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"np.array([1 + 2j, 3j])|'<c16'", "np.array([{'a': 1}, None], dtype=object)|'|O'",
        "np.array(['text'])|'<U4'", "np.array([-1, 5], dtype=np.int32)|'<i4' (int32)",
        "np.array([3, 7], dtype=np.int64)|'<i8' (int64)", "np.array([1.5], dtype=np.float16)|'<f2' (float16)",
        "np.array([True])|'|b1' (bool)", "(np.arange(5) * 1.5).astype('>f8')|'>f8' (big-endian float64)",
        "np.arange(6, dtype=np.float32).reshape(3, 2).T|Fortran"})
    void numpyArraysOfUnsupportedTypesAreRefusedByName(String arrayAndDescr) throws Exception {
        String[] parts = arrayAndDescr.split("\\|", 2);
        Path file = folder.resolve("unsupported.npz");
        PythonNumpy.run(String.join("\n",
                "import sys",
                "import numpy as np",
                "np.savez(sys.argv[1], weights=np.zeros(3, dtype=np.float32), odd=" + parts[0] + ")"),
                file.toString());

        NpzFormatException e = assertThrows(NpzFormatException.class, () -> Npz.read(file));

        assertTrue(e.getMessage().contains("unsupported.npz") && e.getMessage().contains("'odd.npy'")
                && e.getMessage().contains(parts[1]), e.getMessage());
    }

    private static float[] gaussian(int count) {
        Random random = new Random(count);
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
