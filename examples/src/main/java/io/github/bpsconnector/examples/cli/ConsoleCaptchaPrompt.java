package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.examples.terminal.TerminalImage;
import io.github.bpsconnector.indah.CaptchaChallenge;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Asks at the terminal: says where the captcha image was written, draws it in ANSI blocks when the output is a
 * terminal, and reads one line. The code is never echoed or logged.
 */
final class ConsoleCaptchaPrompt implements CaptchaPrompt {

    private static final int COLUMNS = 90;

    private final PrintWriter out;
    private final BufferedReader in;
    private final boolean terminal;

    ConsoleCaptchaPrompt(PrintWriter out, BufferedReader in, boolean terminal) {
        this.out = out;
        this.in = in;
        this.terminal = terminal;
    }

    @Override
    public String ask(CaptchaChallenge challenge, Path imageFile) {
        out.println("Gambar captcha INDAH disimpan di " + imageFile.toAbsolutePath() + ".");
        if (terminal) {
            drawn(challenge).ifPresent(out::print);
        }
        out.print("Ketik kode captcha: ");
        out.flush();
        try {
            String line = in.readLine();
            if (line == null || line.isBlank()) {
                throw new IllegalStateException("no captcha code was typed");
            }
            return line.strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the captcha code", e);
        }
    }

    private static java.util.Optional<String> drawn(CaptchaChallenge challenge) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(challenge.image()));
            return image == null ? java.util.Optional.empty()
                    : java.util.Optional.of(TerminalImage.render(image, COLUMNS));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
