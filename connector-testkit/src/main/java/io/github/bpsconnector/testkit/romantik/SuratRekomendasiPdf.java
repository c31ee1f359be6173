package io.github.bpsconnector.testkit.romantik;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a Surat Rekomendasi as a real PDF (PDFBox, Helvetica) whose text lines are those of §2.7, so that a client
 * can extract them with {@code PDFTextStripper} and its profile's patterns. A long value wraps onto the next lines;
 * characters Helvetica cannot show become {@code ?}.
 */
final class SuratRekomendasiPdf {

    private static final float MARGIN = 56;
    private static final float BODY_SIZE = 11;
    private static final float HEADING_SIZE = 13;
    private static final float LEADING = 16;
    private static final float INDENT = 16;

    private SuratRekomendasiPdf() {
    }

    /** One line to draw: its text, font, size and left indent. */
    private record Line(String text, PDType1Font font, float size, float indent) {
    }

    static byte[] render(SuratRekomendasi surat) {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        List<Line> lines = new ArrayList<>();
        heading(lines, bold, "BADAN PUSAT STATISTIK", width);
        heading(lines, bold, surat.kantor().replaceFirst("^BPS", "Badan Pusat Statistik").toUpperCase(Locale.ROOT),
                width);
        lines.add(new Line("", regular, BODY_SIZE, 0));
        heading(lines, bold, "SURAT REKOMENDASI KEGIATAN STATISTIK", width);
        body(lines, regular, "Nomor: " + surat.nomorSurat(), 0, width);
        body(lines, regular, "Tanggal: " + IndonesianDates.longDate(surat.tanggal()), 0, width);
        body(lines, regular, "Kepada: " + surat.kepada(), 0, width);
        lines.add(new Line("", regular, BODY_SIZE, 0));
        body(lines, regular, "Judul Kegiatan: " + surat.judulKegiatan(), 0, width);
        body(lines, regular, "Tahun: " + surat.tahun(), 0, width);
        body(lines, regular, "Identitas Rekomendasi: " + surat.identitasRekomendasi(), 0, width);
        body(lines, regular, "Hasil Pemeriksaan: " + SuratRekomendasi.HASIL_LAYAK, 0, width);
        lines.add(new Line("", regular, BODY_SIZE, 0));
        body(lines, regular, "Hasil pemeriksaan dinyatakan LAYAK dengan catatan rekomendasi terlampir.", 0, width);
        body(lines, regular, "Identitas Rekomendasi wajib dicantumkan pada instrumen pengumpulan data.", 0, width);
        lines.add(new Line("", regular, BODY_SIZE, 0));
        body(lines, bold, "Catatan Rekomendasi:", 0, width);
        for (int i = 0; i < surat.catatan().size(); i++) {
            body(lines, regular, (i + 1) + ". " + surat.catatan().get(i), INDENT, width);
        }
        lines.add(new Line("", regular, BODY_SIZE, 0));
        body(lines, regular, surat.pemberiRekomendasi(), 0, width);
        body(lines, regular, "Simulasi Romantik - bukan dokumen resmi BPS.", 0, width);
        return write(lines, surat);
    }

    private static void heading(List<Line> lines, PDType1Font font, String text, float width) {
        for (String part : wrap(printable(text, font), font, HEADING_SIZE, width)) {
            lines.add(new Line(part, font, HEADING_SIZE, 0));
        }
    }

    /** Adds {@code text}, wrapped; its continuation lines are indented by {@code hanging}. */
    private static void body(List<Line> lines, PDType1Font font, String text, float hanging, float width) {
        List<String> parts = wrap(printable(text, font), font, BODY_SIZE, width - hanging);
        for (int i = 0; i < parts.size(); i++) {
            lines.add(new Line(parts.get(i), font, BODY_SIZE, i == 0 ? 0 : hanging));
        }
    }

    private static byte[] write(List<Line> lines, SuratRekomendasi surat) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Surat Rekomendasi " + surat.identitasRekomendasi());
            info.setProducer("bps-connector testkit (simulated Romantik)");
            float top = PDRectangle.A4.getHeight() - MARGIN;
            int index = 0;
            while (index < lines.size()) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = top;
                    while (index < lines.size() && y > MARGIN) {
                        Line line = lines.get(index++);
                        if (!line.text().isEmpty()) {
                            content.beginText();
                            content.setFont(line.font(), line.size());
                            content.newLineAtOffset(MARGIN + line.indent(), y);
                            content.showText(line.text());
                            content.endText();
                        }
                        y -= LEADING;
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the Surat Rekomendasi PDF", e);
        }
    }

    /** {@code text} with line breaks as spaces and every character the font cannot encode as {@code ?}. */
    static String printable(String text, PDType1Font font) {
        StringBuilder result = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String character = Character.isWhitespace(codePoint) ? " " : new String(Character.toChars(codePoint));
            result.append(encodable(character, font) ? character : "?");
        });
        return result.toString();
    }

    private static boolean encodable(String character, PDType1Font font) {
        try {
            font.encode(character);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** Splits {@code text} at spaces into lines no wider than {@code width}; a single too-long word is cut. */
    static List<String> wrap(String text, PDType1Font font, float size, float width) {
        List<String> result = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, font, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                result.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, font, size) > width) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
                    cut--;
                }
                result.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0 || result.isEmpty()) {
            result.add(line.toString());
        }
        return result;
    }

    private static float width(String text, PDType1Font font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
