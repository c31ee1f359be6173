package io.github.bpsconnector.romantik.letter;

import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.FileRejectedException;
import io.github.bpsconnector.core.error.PortalChangedException;
import io.github.bpsconnector.romantik.RomantikProfile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a Surat Rekomendasi PDF: its text (PDFBox {@link PDFTextStripper}), then each field with the profile's
 * {@code letterPatterns} (group 1 is the value; white space inside a value, as left by line wrapping, becomes one
 * space). A field that no pattern finds is a {@link PortalChangedException} naming the pattern; a file that is not
 * a readable PDF is a {@link FileRejectedException}.
 */
public final class SuratRekomendasiParser {

    private static final String OPERATION = "surat-rekomendasi.baca";

    private final RomantikProfile profile;

    /** @param profile the profile whose letter patterns are used */
    public SuratRekomendasiParser(RomantikProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    /** Reads the letter stored at {@code pdf}. */
    public SuratRekomendasi parse(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return parseText(new PDFTextStripper().getText(document));
        } catch (IOException e) {
            throw new FileRejectedException(ErrorContext.of("romantik", OPERATION), FileRejectedException.Reason.TYPE,
                    pdf.getFileName() + " is not a readable PDF (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Reads the letter from its extracted text. */
    public SuratRekomendasi parseText(String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        String identitasText = field(normalized, "identitasRekomendasi");
        RecommendationIdentity identitas = RecommendationIdentity.parse(identitasText)
                .orElseThrow(() -> changed("identitasRekomendasi", "found '" + identitasText
                        + "', not an identity like V-26.3509.004"));
        String tanggalText = field(normalized, "tanggal");
        String tahunText = field(normalized, "tahun");
        int tahun;
        try {
            tahun = Integer.parseInt(tahunText);
        } catch (NumberFormatException e) {
            throw changed("tahun", "found '" + tahunText + "', not a year");
        }
        return new SuratRekomendasi(field(normalized, "nomorSurat"),
                IndonesianDates.parse(tanggalText).orElseThrow(() -> changed("tanggal", "found '" + tanggalText
                        + "', not a date like 5 Maret 2026")),
                field(normalized, "kepada"), field(normalized, "judul"), tahun, identitas, field(normalized, "hasil"),
                catatan(normalized));
    }

    private String field(String text, String key) {
        Matcher matcher = profile.letterPattern(key).matcher(text);
        if (!matcher.find() || matcher.groupCount() < 1 || matcher.group(1) == null) {
            throw changed(key, "matches nothing in the letter");
        }
        return oneLine(matcher.group(1));
    }

    private List<String> catatan(String text) {
        Matcher block = profile.letterPattern("catatanBlock").matcher(text);
        if (!block.find() || block.groupCount() < 1 || block.group(1) == null) {
            throw changed("catatanBlock", "matches nothing in the letter");
        }
        Pattern item = profile.letterPattern("catatanItem");
        List<String> catatan = new ArrayList<>();
        for (String part : item.split(block.group(1))) {
            String entry = oneLine(part);
            if (!entry.isEmpty()) {
                catatan.add(entry);
            }
        }
        if (catatan.isEmpty()) {
            throw changed("catatanItem", "finds no numbered catatan in the catatan block");
        }
        return catatan;
    }

    private static String oneLine(String value) {
        return value.strip().replaceAll("\\s+", " ");
    }

    private PortalChangedException changed(String key, String problem) {
        String expectation = "letterPatterns." + key + " = " + profile.letterPattern(key).pattern();
        return new PortalChangedException(ErrorContext.of("romantik", OPERATION),
                "the Surat Rekomendasi does not match the profile: " + expectation + " " + problem, expectation,
                null);
    }
}
