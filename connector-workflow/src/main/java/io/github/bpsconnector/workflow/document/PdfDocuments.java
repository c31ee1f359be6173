package io.github.bpsconnector.workflow.document;

import io.github.bpsconnector.core.file.SafeFileName;
import io.github.bpsconnector.core.file.TargetFolder;
import io.github.bpsconnector.workflow.internal.AtomicFiles;
import io.github.bpsconnector.workflow.internal.Sha256Hex;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/** Saving the renderers' documents: to bytes, or atomically to a new file with its SHA-256. */
final class PdfDocuments {

    /** Draws the pages of a new document. */
    @FunctionalInterface
    interface Pages {
        void draw(PDDocument document) throws IOException;
    }

    private PdfDocuments() {
    }

    /**
     * The PDF drawn by {@code pages}, with the given metadata. The same input gives the same bytes: the creation
     * date is {@code date} and the document id is derived from {@code identity}, not from the clock.
     */
    static byte[] render(String title, String author, LocalDate date, String identity, Pages pages) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(author);
            info.setCreator("bps-connector");
            GregorianCalendar created = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
            created.clear();
            created.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
            info.setCreationDate(created);
            document.setDocumentId(ByteBuffer.wrap(Sha256Hex.newDigest()
                    .digest(identity.getBytes(StandardCharsets.UTF_8))).getLong());
            pages.draw(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the PDF '" + title + "'", e);
        }
    }

    /** Writes {@code pdf} to a new file in {@code folder} named from {@code name} (made safe). */
    static GeneratedDocument write(byte[] pdf, String name, TargetFolder folder) throws IOException {
        String safeName = SafeFileName.sanitizeOrGenerate(name, "application/pdf");
        AtomicFiles.Written written = AtomicFiles.write(folder, safeName, out -> out.write(pdf));
        return new GeneratedDocument(written.path(), written.sha256(), written.size());
    }
}
