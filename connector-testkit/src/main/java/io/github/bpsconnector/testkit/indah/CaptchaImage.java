package io.github.bpsconnector.testkit.indah;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.random.RandomGenerator;
import javax.imageio.ImageIO;

/** Draws a captcha code as a real PNG with java.awt (headless), with some noise so it looks like one. */
final class CaptchaImage {

    static final int WIDTH = 180;
    static final int HEIGHT = 60;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private CaptchaImage() {
    }

    static byte[] png(String code, RandomGenerator random) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(240, 244, 248));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setStroke(new BasicStroke(1.5f));
            for (int i = 0; i < 8; i++) {
                g.setColor(new Color(150 + random.nextInt(80), 150 + random.nextInt(80), 150 + random.nextInt(80)));
                g.drawLine(random.nextInt(WIDTH), random.nextInt(HEIGHT), random.nextInt(WIDTH), random.nextInt(HEIGHT));
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 34));
            int step = (WIDTH - 20) / code.length();
            for (int i = 0; i < code.length(); i++) {
                Graphics2D glyph = (Graphics2D) g.create();
                try {
                    glyph.translate(14 + i * step, 44);
                    glyph.rotate(Math.toRadians(random.nextInt(31) - 15));
                    glyph.setColor(new Color(20 + random.nextInt(60), 30 + random.nextInt(60), 60 + random.nextInt(80)));
                    glyph.drawString(String.valueOf(code.charAt(i)), 0, 0);
                } finally {
                    glyph.dispose();
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("No PNG writer in this JRE");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
