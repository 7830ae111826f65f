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
                "transposed = np.arange(6, dtype=np.float32).reshape(3, 2).T",
                "assert transposed.flags.f_contiguous and not transposed.flags.c_contiguous  # saved as fortran_order",
                "arrays = dict(",
                "    w32=np.arange(12, dtype=np.float32).reshape(3, 4) / np.float32(7),",
                "    f64=np.arange(6, dtype=np.float64).reshape(2, 3) / 3.0,",
                "    fortran=np.asfortranarray(np.arange(6, dtype=np.float32).reshape(2, 3)),",
                "    transposed=transposed,",
                "    big=(np.arange(5) * 1.5).astype('>f8'),",
                "    i64=np.array([-3, 2**40, 7], dtype=np.int64),",
                "    i32=np.array([-1, 5], dtype=np.int32),",
                "    f16=np.array([1.0, -2.5, 65504], dtype=np.float16),",
                "    flags=np.array([True, False, True]),",
                "    scalar=np.float32(2.5),",
                "    empty=np.zeros((0, 4), dtype=np.float32),",
                "    __config__=np.frombuffer('{\"vocab\": 30}'.encode('utf-8'), dtype=np.uint8),",
                ")",
                "assert arrays['big'].dtype.str == '>f8'  # arithmetic would have made it native again",
                "getattr(np, sys.argv[2])(sys.argv[1], **arrays)"),
                file.toString(), savezFunction);

        Map<String, NpyArray> read = Npz.read(file);

        assertEquals(List.of("w32", "f64", "fortran", "transposed", "big", "i64", "i32", "f16", "flags", "scalar",
                "empty", "__config__"), List.copyOf(read.keySet()));
        float[] w32 = read.get("w32").toFloats();
        for (int i = 0; i < 12; i++) {
            assertEquals((float) i / 7f, w32[i], "w32[" + i + "]");
        }
        assertArrayEquals(new int[] {3, 4}, read.get("w32").shape());
        assertEquals("<f8", read.get("f64").descr());
        assertArrayEquals(new double[] {0, 1 / 3.0, 2 / 3.0, 1, 4 / 3.0, 5 / 3.0}, read.get("f64").toDoubles());
        assertArrayEquals(new float[] {0, 1, 2, 3, 4, 5}, read.get("fortran").toFloats());
        assertArrayEquals(new int[] {2, 3}, read.get("transposed").shape());
        assertArrayEquals(new float[] {0, 2, 4, 1, 3, 5}, read.get("transposed").toFloats());
        assertEquals("<f8", read.get("big").descr());
        assertArrayEquals(new double[] {0, 1.5, 3, 4.5, 6}, read.get("big").toDoubles());
        assertEquals("<i8", read.get("i64").descr());
        assertArrayEquals(new double[] {-3, 0x1p40, 7}, read.get("i64").toDoubles());
        assertArrayEquals(new float[] {-1, 5}, read.get("i32").toFloats());
        assertArrayEquals(new float[] {1, -2.5f, 65504}, read.get("f16").toFloats());
        assertArrayEquals(new float[] {1, 0, 1}, read.get("flags").toFloats());
        assertArrayEquals(new int[0], read.get("scalar").shape());
        assertArrayEquals(new float[] {2.5f}, read.get("scalar").toFloats());
        assertArrayEquals(new int[] {0, 4}, read.get("empty").shape());
        assertEquals(Map.of("vocab", 30),
                Json.parse(new String(read.get("__config__").toBytes(), StandardCharsets.UTF_8)));
    }

    @Test
    void npzReadsEveryNpyVersionNumpyWrites() throws Exception {
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

        Map<String, NpyArray> read = Npz.read(file);

        for (String key : List.of("v1", "v2", "v3")) {
            assertArrayEquals(new float[] {-1.5f, -0.5f, 0.5f, 1.5f}, read.get(key).toFloats(), key);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"np.array([1 + 2j, 3j])|'<c16'", "np.array([{'a': 1}, None], dtype=object)|'|O'",
        "np.array(['text'])|'<U4'"})
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
