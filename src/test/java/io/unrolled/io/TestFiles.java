package io.unrolled.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds .npy and zip bytes by hand, so tests can make files that our writer never would. */
final class TestFiles {
    private TestFiles() {
    }

    /** A .npy file with exactly this header text (no padding added) and data. */
    static byte[] npy(int majorVersion, String headerText, byte[] data) {
        byte[] header = headerText.getBytes(majorVersion == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        int lengthField = majorVersion == 1 ? 2 : 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) majorVersion, 0});
        for (int i = 0; i < lengthField; i++) {
            out.write(header.length >>> (8 * i));
        }
        out.writeBytes(header);
        out.writeBytes(data);
        return out.toByteArray();
    }

    /** A version 1.0 .npy file with a header dict padded to 64 bytes like NumPy's. */
    static byte[] npy(String headerDict, byte[] data) {
        int unpadded = 10 + headerDict.length() + 1;
        return npy(1, headerDict + " ".repeat((64 - unpadded % 64) % 64) + "\n", data);
    }

    /** A zip with these entries in this order; {@code deflate} chooses savez_compressed's method. */
    static byte[] zip(Map<String, byte[]> entries, boolean deflate) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> named : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(named.getKey());
                byte[] content = named.getValue();
                if (!deflate) {
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(content.length);
                    entry.setCompressedSize(content.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] littleEndianFloats(float... values) {
        return NpyArray.ofFloats(new int[] {values.length}, values).data();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
