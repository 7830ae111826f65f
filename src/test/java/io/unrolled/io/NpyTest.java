package io.unrolled.io;

import static io.unrolled.io.TestFiles.littleEndianFloats;
import static io.unrolled.io.TestFiles.npy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NpyTest {
    private static final String NAME = "'w.npy' in model.npz";

    @Test
    void encodeWritesTheVersion1HeaderNumpyWrites() {
        byte[] npy = Npy.encode(NpyArray.ofFloats(new int[] {30, 64}, new float[30 * 64]));

        assertArrayEquals(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}, Arrays.copyOf(npy, 8));
        int headerLength = (npy[8] & 0xff) | (npy[9] & 0xff) << 8;
        String header = new String(npy, 10, headerLength, StandardCharsets.US_ASCII);
        assertEquals("{'descr': '<f4', 'fortran_order': False, 'shape': (30, 64), }", header.stripTrailing());
        assertTrue(header.endsWith("\n"));
        assertEquals(0, (10 + headerLength) % 64, "data must start 64-byte aligned");
        assertEquals(10 + headerLength + 30 * 64 * 4, npy.length);
    }

    @Test
    void encodeWritesOneDimensionalAndScalarShapesAsPythonTuples() {
        assertTrue(headerOf(Npy.encode(NpyArray.ofBytes(new byte[5]))).contains("'shape': (5,), "));
        assertTrue(headerOf(Npy.encode(NpyArray.ofFloats(new int[0], new float[] {1}))).contains("'shape': (), "));
        assertTrue(headerOf(Npy.encode(NpyArray.ofBytes(new byte[0]))).contains("'descr': '|u1'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<f4", "<f8", "|u1"})
    void decodeGivesBackWhatEncodeWrote(String descr) throws NpzFormatException {
        int itemSize = Integer.parseInt(descr.substring(2));
        byte[] data = new byte[2 * 3 * itemSize];
        new Random(descr.hashCode()).nextBytes(data);
        NpyArray original = new NpyArray(descr, new int[] {2, 3}, data);

        assertEquals(original, Npy.decode(Npy.encode(original), NAME));
    }

    @Test
    void decodeReadsOldSixteenByteAlignedHeaders() throws NpzFormatException {
        // NumPy before 1.9 padded the preamble to a multiple of 16.
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }";
        int unpadded = 10 + dict.length() + 1;
        byte[] file = npy(1, dict + " ".repeat((16 - unpadded % 16) % 16) + "\n", littleEndianFloats(1, 2));

        assertArrayEquals(new float[] {1, 2}, Npy.decode(file, NAME).toFloats());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{'shape': (2,), 'fortran_order': False, 'descr': '<f4'}",
        "{ 'descr' : \"<f4\" ,'fortran_order':False,'shape':(2 , ) }",
        "{'descr': '<f4',\n 'fortran_order': False,\n 'shape': (2,)}\n\n"
    })
    void decodeToleratesKeyOrderSpacingAndQuoteVariations(String header) throws NpzFormatException {
        byte[] file = npy(1, header, littleEndianFloats(1.5f, -2f));

        NpyArray array = Npy.decode(file, NAME);

        assertEquals("<f4", array.descr());
        assertArrayEquals(new int[] {2}, array.shape());
        assertArrayEquals(new float[] {1.5f, -2f}, array.toFloats());
    }

    @Test
    void decodeReadsVersion2WithItsFourByteHeaderLength() throws NpzFormatException {
        byte[] file = npy(2, "{'descr': '<f4', 'fortran_order': False, 'shape': (1, 2), }\n",
                littleEndianFloats(3, 4));

        NpyArray array = Npy.decode(file, NAME);

        assertArrayEquals(new int[] {1, 2}, array.shape());
        assertArrayEquals(new float[] {3, 4}, array.toFloats());
    }

    @Test
    void decodeRefusesInt32InOneLineThatNamesTheTypeAndTheFix() {
        NpzFormatException e = assertRefused(npy("{'descr': '<i4', 'fortran_order': False, 'shape': (2,), }",
                new byte[8]), "'<i4' (int32)");

        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertTrue(e.getMessage().contains("float32, float64 and uint8") && e.getMessage().contains("astype"),
                e.getMessage());
    }

    @Test
    void decodeRefusesBigEndianDataNamingIt() {
        assertRefused(npy("{'descr': '>f8', 'fortran_order': False, 'shape': (2,), }", new byte[16]),
                "'>f8' (big-endian float64)");
    }

    @Test
    void decodeRefusesFortranOrderSayingHowToSaveInCOrder() {
        assertRefused(npy("{'descr': '<f4', 'fortran_order': True, 'shape': (2, 3), }", new byte[24]),
                "np.ascontiguousarray");
    }

    @Test
    void decodeRefusesBadMagic() {
        byte[] file = Npy.encode(NpyArray.ofBytes(new byte[3]));
        file[1] = 'X';

        assertRefused(file, "magic");
    }

    @Test
    void decodeRefusesEmptyAndTruncatedPreamble() {
        assertRefused(new byte[0], "empty");
        assertRefused(Arrays.copyOf(Npy.encode(NpyArray.ofBytes(new byte[3])), 9), "truncated");
    }

    @Test
    void decodeRefusesAHeaderLongerThanTheFile() {
        byte[] file = Npy.encode(NpyArray.ofBytes(new byte[3]));

        assertRefused(Arrays.copyOf(file, 40), "header");
    }

    @Test
    void decodeRefusesDataShorterThanTheShapeNeeds() {
        byte[] file = npy("{'descr': '<f4', 'fortran_order': False, 'shape': (30, 64), }", new byte[3000]);

        NpzFormatException e = assertRefused(file, "truncated");
        assertTrue(e.getMessage().contains("7680") && e.getMessage().contains("3000"), e.getMessage());
    }

    @Test
    void decodeRefusesBytesAfterTheData() {
        assertRefused(npy("{'descr': '<f4', 'fortran_order': False, 'shape': (1,), }", new byte[8]), "unexpected bytes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<i8", "<f2", "|b1", "|i1", "<c16", "|O", "<U5", "|S3", "<M8[ns]", "|V8", "<f16", "=f4",
        "|f4", "f4", "<x4", ""})
    void decodeRefusesUnsupportedDtypesNamingThem(String descr) {
        byte[] file = npy("{'descr': '" + descr + "', 'fortran_order': False, 'shape': (1,), }", new byte[16]);

        NpzFormatException e = assertRefused(file, "dtype");
        assertTrue(e.getMessage().contains("'" + descr + "'"), e.getMessage());
    }

    @Test
    void decodeRefusesStructuredDtypes() {
        byte[] file = npy("{'descr': [('x', '<f4'), ('y', '<i4')], 'fortran_order': False, 'shape': (1,), }", new byte[8]);

        assertRefused(file, "structured");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "not a dict",
        "{'descr': '<f4', 'fortran_order': False}",
        "{'descr': '<f4', 'fortran_order': 'no', 'shape': (1,)}",
        "{'descr': '<f4', 'fortran_order': False, 'shape': (-1,)}",
        "{'descr': '<f4', 'fortran_order': False, 'shape': (1.5,)}",
        "{'descr': '<f4', 'fortran_order': False, 'shape': 4}",
        "{'descr': '<f4', 'fortran_order': False, 'shape': (99999999999,)}",
        "{'descr': '<f4', 'fortran_order': False, 'shape': (65536, 65536)}",
        "{'descr': '<f4', 'fortran_order': False, 'shape': (1,)",
        "{'descr': '<f4' 'fortran_order': False, 'shape': (1,)}",
        "{'descr': '<f4, 'fortran_order': False, 'shape': (1,)}",
        "{'descr': '<f4', 'descr': '<f4', 'fortran_order': False, 'shape': (1,)}",
        "{'descr': '<f4', 'fortran_order': False, 'shape': (1)}",
        "{'descr': '<f4', 'fortran_order': False, 'shape': [1]}",
        "{'descr': '<f4', 'fortran_order': False, 'shape': (1,), 'extra': 0}",
        "{'descr': '<f4', 'fortran_order': False, 'shape': (1,)} trailing"
    })
    void decodeRefusesMalformedHeaders(String header) {
        assertRefused(npy(1, header + "\n", new byte[4]), "");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3, 4})
    void decodeRefusesFormatVersionsOtherThan1And2(int major) {
        byte[] file = Npy.encode(NpyArray.ofBytes(new byte[3]));
        file[6] = (byte) major;

        assertRefused(file, "version " + major + ".0");
    }

    @Test
    void everyTruncationOfAnArrayIsRefused() {
        byte[] file = Npy.encode(NpyArray.ofFloats(new int[] {3, 5}, new float[15]));
        for (int length = 0; length < file.length; length++) {
            assertRefused(Arrays.copyOf(file, length), "");
        }
    }

    @Test
    void damagedHeadersGiveAnArrayOrTheFormatExceptionNothingElse() {
        byte[] original = Npy.encode(NpyArray.ofFloats(new int[] {2, 3}, new float[] {1, 2, 3, 4, 5, 6}));
        Random random = new Random(42);
        int refused = 0;
        for (int trial = 0; trial < 5000; trial++) {
            byte[] damaged = original.clone();
            for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                damaged[random.nextInt(80)] = (byte) random.nextInt(256); // preamble and header
            }
            try {
                Npy.decode(damaged, NAME);
            } catch (NpzFormatException e) {
                assertTrue(e.getMessage().contains(NAME), e.getMessage());
                refused++;
            } catch (RuntimeException e) {
                fail("damaged header " + new String(damaged, 0, 80, StandardCharsets.ISO_8859_1) + " threw " + e, e);
            }
        }
        assertTrue(refused > 1000, "most random damage should be noticed, was " + refused);
    }

    private static NpzFormatException assertRefused(byte[] file, String expectedInMessage) {
        NpzFormatException e = assertThrows(NpzFormatException.class, () -> Npy.decode(file, NAME));
        assertTrue(e.getMessage().contains(NAME), e.getMessage());
        assertTrue(e.getMessage().contains(expectedInMessage), e.getMessage());
        return e;
    }

    private static String headerOf(byte[] npy) {
        int headerLength = (npy[8] & 0xff) | (npy[9] & 0xff) << 8;
        return new String(npy, 10, headerLength, StandardCharsets.US_ASCII);
    }
}
