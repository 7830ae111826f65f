import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws Unrolled's icon, a recurrent cell unrolled into a chain of four hidden states, and writes it
 * as the PNG (Linux), ICO (Windows) and ICNS (macOS) that jpackage wants.
 * Run: {@code java jpackage/icons/DrawIcons.java jpackage/icons}. Needs nothing but a JDK.
 */
public final class DrawIcons {

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "jpackage/icons");
        Files.createDirectories(out);
        ImageIO.write(draw(256), "png", out.resolve("unrolled.png").toFile());
        Files.write(out.resolve("unrolled.ico"), ico(new int[] {16, 24, 32, 48, 64, 128, 256}));
        Map<String, Integer> icns = new LinkedHashMap<>();
        icns.put("icp4", 16);
        icns.put("icp5", 32);
        icns.put("icp6", 64);
        icns.put("ic07", 128);
        icns.put("ic08", 256);
        icns.put("ic09", 512);
        icns.put("ic10", 1024);
        Files.write(out.resolve("unrolled.icns"), icns(icns));
    }

    /** The picture at {@code size} pixels: a rounded tile, four linked circles, the last one lit. */
    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size / 256.0;
        g.setPaint(new GradientPaint(0, 0, new Color(0x1f3b57), 0, size, new Color(0x0d1b2a)));
        g.fill(new RoundRectangle2D.Double(8 * s, 8 * s, 240 * s, 240 * s, 56 * s, 56 * s));
        double r = 24 * s;
        double y = 128 * s;
        double[] xs = {44 * s, 100 * s, 156 * s, 212 * s};
        Color link = new Color(0x9fb7cc);
        g.setStroke(new BasicStroke((float) Math.max(1.5, 9 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(link);
        for (int i = 0; i + 1 < xs.length; i++) {
            g.draw(new Line2D.Double(xs[i] + r, y, xs[i + 1] - r, y));
        }
        // the inputs coming up from below and the prediction leaving the last state
        if (size >= 32) {
            g.setStroke(new BasicStroke((float) Math.max(1, 6 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (double x : xs) {
                g.draw(new Line2D.Double(x, y + r + 10 * s, x, y + r + 34 * s));
            }
            g.setColor(new Color(0xf4a259));
            g.draw(new Line2D.Double(xs[3], y - r - 10 * s, xs[3], y - r - 40 * s));
        }
        Color[] fills = {new Color(0x3d7ea6), new Color(0x4f9bc4), new Color(0x66b8df), new Color(0xf4a259)};
        for (int i = 0; i < xs.length; i++) {
            Ellipse2D c = new Ellipse2D.Double(xs[i] - r, y - r, 2 * r, 2 * r);
            g.setColor(fills[i]);
            g.fill(c);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke((float) Math.max(1, 5 * s)));
            g.draw(c);
        }
        g.dispose();
        return img;
    }

    static byte[] png(int size) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ImageIO.write(draw(size), "png", b);
        return b.toByteArray();
    }

    /** An ICO file whose entries are PNGs (Windows Vista on reads them). */
    static byte[] ico(int[] sizes) throws IOException {
        byte[][] images = new byte[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            images[i] = png(sizes[i]);
        }
        int offset = 6 + 16 * sizes.length;
        ByteBuffer head = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
        head.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (int i = 0; i < sizes.length; i++) {
            head.put((byte) (sizes[i] >= 256 ? 0 : sizes[i])).put((byte) (sizes[i] >= 256 ? 0 : sizes[i]));
            head.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            head.putInt(images[i].length).putInt(offset);
            offset += images[i].length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(head.array());
        for (byte[] image : images) {
            out.write(image);
        }
        return out.toByteArray();
    }

    /** An ICNS file: big-endian type and length headers, each entry a PNG. */
    static byte[] icns(Map<String, Integer> entries) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (Map.Entry<String, Integer> e : entries.entrySet()) {
            byte[] image = png(e.getValue());
            d.writeBytes(e.getKey());
            d.writeInt(8 + image.length);
            d.write(image);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(out);
        o.writeBytes("icns");
        o.writeInt(8 + body.size());
        o.write(body.toByteArray());
        return out.toByteArray();
    }
}
