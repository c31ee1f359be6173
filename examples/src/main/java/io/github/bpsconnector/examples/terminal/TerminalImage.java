package io.github.bpsconnector.examples.terminal;

import java.awt.image.BufferedImage;

/**
 * Draws an image in a terminal as coarse ANSI blocks: each character cell shows two pixels, the upper half block
 * {@code ▀} in the top pixel's colour on the bottom pixel's colour (24-bit colour escapes). Good enough to read a
 * captcha of a few large characters; the same image is always written to a file as well.
 */
public final class TerminalImage {

    private static final String RESET = "\u001b[0m";

    private TerminalImage() {
    }

    /**
     * The image scaled to {@code columns} characters wide (never wider than the image), as lines of ANSI text,
     * each ending with a colour reset and a line break.
     *
     * @throws IllegalArgumentException if {@code columns} is not positive
     */
    public static String render(BufferedImage image, int columns) {
        if (columns <= 0) {
            throw new IllegalArgumentException("columns must be positive: " + columns);
        }
        int width = Math.min(columns, image.getWidth());
        double scale = (double) image.getWidth() / width;
        int rows = Math.max(1, (int) Math.round(image.getHeight() / scale / 2));
        StringBuilder out = new StringBuilder(width * rows * 40);
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < width; col++) {
                int top = sample(image, col, row * 2, scale);
                int bottom = sample(image, col, row * 2 + 1, scale);
                out.append("\u001b[38;2;").append(rgb(top)).append('m')
                        .append("\u001b[48;2;").append(rgb(bottom)).append('m')
                        .append('\u2580');
            }
            out.append(RESET).append('\n');
        }
        return out.toString();
    }

    /** The average colour of the source pixels under the cell's half ({@code x}, {@code y} in scaled pixels). */
    private static int sample(BufferedImage image, int x, int y, double scale) {
        int x0 = (int) (x * scale);
        int y0 = (int) (y * scale);
        int x1 = Math.min(image.getWidth(), Math.max(x0 + 1, (int) ((x + 1) * scale)));
        int y1 = Math.min(image.getHeight(), Math.max(y0 + 1, (int) ((y + 1) * scale)));
        if (y0 >= image.getHeight()) {
            return 0xFFFFFF;
        }
        long r = 0;
        long g = 0;
        long b = 0;
        int n = 0;
        for (int py = y0; py < y1; py++) {
            for (int px = x0; px < x1; px++) {
                int argb = image.getRGB(px, py);
                int alpha = argb >>> 24;
                // transparent pixels count as white paper
                r += blend((argb >> 16) & 0xFF, alpha);
                g += blend((argb >> 8) & 0xFF, alpha);
                b += blend(argb & 0xFF, alpha);
                n++;
            }
        }
        return (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n);
    }

    private static int blend(int channel, int alpha) {
        return (channel * alpha + 255 * (255 - alpha)) / 255;
    }

    private static String rgb(int colour) {
        return ((colour >> 16) & 0xFF) + ";" + ((colour >> 8) & 0xFF) + ";" + (colour & 0xFF);
    }
}
