package io.github.bpsconnector.benchmarks.scene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Writes the small real PDFs a pengajuan attaches (KAK, kuesioner, ...): one A4 page with a line of text. */
public final class SamplePdfs {

    private SamplePdfs() {
    }

    /** Writes a one-page PDF saying {@code text} to {@code file}, creating its folder. */
    public static Path write(Path file, String text) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, PDRectangle.A4.getHeight() - 72);
                content.showText(text);
                content.endText();
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            document.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
