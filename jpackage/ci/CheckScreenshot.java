import java.awt.image.BufferedImage;
import java.io.File;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Fails unless the PNG shows a window: at least MIN_WIDTH x MIN_HEIGHT pixels and many colours (a
 * blank or single-colour frame has a handful). Run: {@code java CheckScreenshot.java shot.png}.
 */
public final class CheckScreenshot {

    static final int MIN_WIDTH = 1000;
    static final int MIN_HEIGHT = 600;
    static final int MIN_COLOURS = 64;

    public static void main(String[] args) throws Exception {
        BufferedImage img = ImageIO.read(new File(args[0]));
        if (img == null) {
            fail(args[0] + " is not a PNG");
        }
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                colours.add(img.getRGB(x, y));
            }
        }
        String seen = img.getWidth() + "x" + img.getHeight() + ", " + colours.size() + " colours";
        if (img.getWidth() < MIN_WIDTH || img.getHeight() < MIN_HEIGHT) {
            fail("screenshot too small: " + seen);
        }
        if (colours.size() < MIN_COLOURS) {
            fail("screenshot looks blank: " + seen);
        }
        System.out.println("screenshot shows the window: " + seen);
    }

    private static void fail(String message) {
        System.err.println("CheckScreenshot: " + message);
        System.exit(1);
    }
}
