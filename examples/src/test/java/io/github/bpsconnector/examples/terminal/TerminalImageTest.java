package io.github.bpsconnector.examples.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class TerminalImageTest {

    @Test
    void twoPixelRowsPerLineInTheirColours() {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 4, 4);
        g.setColor(Color.BLACK);
        g.fillRect(0, 1, 4, 1); // row 1 black: the bottom half of the first line
        g.dispose();

        String text = TerminalImage.render(image, 80);

        String[] lines = text.split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("\u001b[38;2;255;255;255m\u001b[48;2;0;0;0m\u2580").endsWith("\u001b[0m");
        assertThat(lines[1]).startsWith("\u001b[38;2;255;255;255m\u001b[48;2;255;255;255m\u2580");
        assertThat(lines[0].chars().filter(c -> c == '\u2580').count()).isEqualTo(4);
    }

    @Test
    void aWideImageIsScaledDownToTheColumns() {
        BufferedImage captcha = new BufferedImage(180, 60, BufferedImage.TYPE_INT_ARGB);

        String text = TerminalImage.render(captcha, 90);

        String[] lines = text.split("\n");
        assertThat(lines).hasSize(15);
        assertThat(lines[0].chars().filter(c -> c == '\u2580').count()).isEqualTo(90);
        // fully transparent pixels are drawn as white paper
        assertThat(lines[0]).startsWith("\u001b[38;2;255;255;255m");
        assertThatThrownBy(() -> TerminalImage.render(captcha, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
