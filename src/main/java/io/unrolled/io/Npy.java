package io.unrolled.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The NumPy {@code .npy} format for one array, as far as checkpoints need it: writes version 1.0,
 * reads 1.0 and 2.0, of little-endian float32, float64 or uint8 in C order.
 *
 * <p>Layout: the magic bytes {@code \x93NUMPY}, a major and minor version byte, the header length
 * (uint16 little-endian in 1.0, uint32 in 2.0), the header, then the raw element bytes. The header
 * is a Python dict literal padded with spaces and ending in a newline so the data starts at a
 * multiple of 64 bytes (older NumPy used 16; any alignment is read).
 *
 * <p>Anything else (other dtypes, big-endian or Fortran-order data, version 3.0, damaged bytes)
 * ends in one {@link NpzFormatException} saying which array and what is wrong. This stays in Java
 * on purpose: ND4J's native .npz reader crashes the process on a damaged file.
 */
public final class Npy {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    // NumPy aligns the data to 64 bytes so it can be memory-mapped efficiently; we do the same.
    private static final int ALIGNMENT = 64;
    private static final int VERSION_1_PREAMBLE = MAGIC.length + 2 + 2;
    // A little under Integer.MAX_VALUE: the largest byte[] most JVMs will actually allocate.
    private static final int MAX_DATA_BYTES = Integer.MAX_VALUE - 8;

    private Npy() {
    }

    /** The array as a version 1.0 .npy file. */
    public static byte[] encode(NpyArray array) {
        String dict = "{'descr': '" + array.descr() + "', 'fortran_order': False, 'shape': "
                + shapeLiteral(array.shape()) + ", }";
        int unpadded = VERSION_1_PREAMBLE + dict.length() + 1; // + the closing newline
        String header = dict + " ".repeat((ALIGNMENT - unpadded % ALIGNMENT) % ALIGNMENT) + "\n";
        byte[] headerBytes = header.getBytes(StandardCharsets.US_ASCII);
        // Cannot overflow the uint16 length: descr is one of a few short strings and NpyArray
        // limits the element count, so even a shape of 64 dimensions stays far below 65535 bytes.
        byte[] data = array.data();
        byte[] out = new byte[VERSION_1_PREAMBLE + headerBytes.length + data.length];
        System.arraycopy(MAGIC, 0, out, 0, MAGIC.length);
        out[6] = 1;
        out[7] = 0;
        out[8] = (byte) headerBytes.length;
        out[9] = (byte) (headerBytes.length >>> 8);
        System.arraycopy(headerBytes, 0, out, VERSION_1_PREAMBLE, headerBytes.length);
        System.arraycopy(data, 0, out, VERSION_1_PREAMBLE + headerBytes.length, data.length);
        return out;
    }

    /**
     * Reads a whole .npy file.
     *
     * @param nameForMessages how to call this array in an error message, e.g.
     *     {@code "'rnn.weight_ih_l0.npy' in /home/me/model.npz"}
     * @throws NpzFormatException if the bytes are not a complete .npy array of a supported dtype
     */
    public static NpyArray decode(byte[] bytes, String nameForMessages) throws NpzFormatException {
        Objects.requireNonNull(bytes, "bytes");
        String name = Objects.requireNonNull(nameForMessages, "nameForMessages");
        if (bytes.length == 0) {
            throw problem(name, "it is empty");
        }
        if (!startsWithMagic(bytes)) {
            throw problem(name, "it does not start with the .npy magic bytes \\x93NUMPY,"
                    + " so it is not a NumPy array");
        }
        if (bytes.length < MAGIC.length + 2) {
            throw problem(name, "it is truncated: it ends inside the .npy preamble");
        }
        int major = bytes[6] & 0xff;
        int minor = bytes[7] & 0xff;
        if (major < 1 || major > 2 || minor != 0) {
            throw problem(name, ".npy format version " + major + "." + minor
                    + " is not supported (readable are 1.0 and 2.0)");
        }
        int lengthFieldSize = major == 1 ? 2 : 4;
        int headerStart = MAGIC.length + 2 + lengthFieldSize;
        if (bytes.length < headerStart) {
            throw problem(name, "it is truncated: it ends inside the .npy preamble");
        }
        long headerLength = lengthFieldSize == 2 ? littleEndianU16(bytes, 8) : littleEndianU32(bytes, 8);
        if (headerStart + headerLength > bytes.length) {
            throw problem(name, "it is truncated: the header should be " + headerLength + " bytes long but only "
                    + (bytes.length - headerStart) + " bytes follow the preamble");
        }
        String headerText = new String(bytes, headerStart, (int) headerLength, StandardCharsets.ISO_8859_1);

        NpyHeader header;
        long count;
        try {
            header = NpyHeader.parse(headerText);
            count = NpyArray.elementCount(header.shape());
        } catch (IllegalArgumentException e) {
            throw problem(name, e.getMessage());
        }
        long dataBytes = count * header.type().itemSize();
        String what = "shape " + shapeLiteral(header.shape()) + " of " + header.type().numpyName();
        if (dataBytes > MAX_DATA_BYTES) {
            throw problem(name, what + " is " + dataBytes + " bytes, more than this program can hold in one array");
        }
        int dataStart = headerStart + (int) headerLength;
        long available = (long) bytes.length - dataStart;
        if (available < dataBytes) {
            throw problem(name, "it is truncated: " + what + " needs " + dataBytes + " bytes of data but only "
                    + available + " follow the header");
        }
        if (available > dataBytes) {
            // NumPy would ignore the excess, but it means the header and the data disagree:
            // more likely a damaged file than a deliberate one, so do not guess which one is right.
            throw problem(name, (available - dataBytes) + " unexpected bytes follow the " + dataBytes
                    + " bytes of data for " + what + "; the file is damaged");
        }
        byte[] data = Arrays.copyOfRange(bytes, dataStart, dataStart + (int) dataBytes);
        return new NpyArray(header.type().descr(), header.shape(), data);
    }

    /** A shape the way Python prints a tuple: {@code ()}, {@code (5,)}, {@code (30, 64)}. */
    static String shapeLiteral(int[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            out.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return out.append(')').toString();
    }

    private static boolean startsWithMagic(byte[] bytes) {
        return bytes.length >= MAGIC.length && Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    private static int littleEndianU16(byte[] bytes, int at) {
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8;
    }

    private static long littleEndianU32(byte[] bytes, int at) {
        return littleEndianU16(bytes, at) | (long) littleEndianU16(bytes, at + 2) << 16;
    }

    private static NpzFormatException problem(String name, String what) {
        return new NpzFormatException("Cannot read " + name + ": " + what + ".");
    }
}
