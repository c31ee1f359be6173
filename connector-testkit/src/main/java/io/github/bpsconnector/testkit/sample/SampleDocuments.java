package io.github.bpsconnector.testkit.sample;

import io.github.bpsconnector.metadata.DateRange;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.MsVar;
import io.github.bpsconnector.metadata.Schedule;
import io.github.bpsconnector.metadata.code.SchedulePhase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The supporting files a sample kegiatan attaches in Blok IX of Romantik: a short Kerangka Acuan Kerja (KAK) and a
 * draft questionnaire, written as real one-page PDFs from the package. Demonstration documents, not templates;
 * the demo, the example runners and the tests attach them.
 */
public final class SampleDocuments {

    private static final float MARGIN = 56;
    private static final float LEADING = 15;
    private static final int WRAP = 90;

    private SampleDocuments() {
    }

    /** Writes {@code kak.pdf} for the package into {@code folder} and returns its path. */
    public static Path kak(MetadataPackage pkg, Path folder) throws IOException {
        var keg = pkg.activity();
        List<String> lines = new ArrayList<>(List.of(
                "KERANGKA ACUAN KERJA (KAK)",
                "",
                keg.title(),
                "Tahun " + keg.year() + " - " + keg.organizer().institutionName(),
                "",
                "Latar belakang: " + keg.planning().background(),
                "Tujuan: " + keg.planning().objective(),
                "Jadwal: " + collection(keg.planning().schedule())));
        return write(folder.resolve("kak.pdf"), lines);
    }

    /** Writes {@code kuesioner.pdf} (one question per MS-Var) into {@code folder} and returns its path. */
    public static Path kuesioner(MetadataPackage pkg, Path folder) throws IOException {
        List<String> lines = new ArrayList<>(List.of("RANCANGAN KUESIONER", "", pkg.activity().title(), ""));
        for (MsVar variable : pkg.variables()) {
            lines.add(variable.alias() + ". " + variable.questionText());
            variable.valueDomain().forEach(v -> lines.add("     [" + v.code() + "] " + v.label()));
        }
        return write(folder.resolve("kuesioner.pdf"), lines);
    }

    private static String collection(Schedule schedule) {
        List<String> ranges = new ArrayList<>();
        for (DateRange range : schedule.ranges(SchedulePhase.PENGUMPULAN_DATA)) {
            ranges.add(range.start() + " s.d. " + range.end());
        }
        return "pengumpulan data " + String.join(", ", ranges);
    }

    private static Path write(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".", ".pdf.tmp");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 11);
                content.setLeading(LEADING);
                content.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
                for (String line : lines) {
                    for (String part : wrap(line)) {
                        content.showText(part);
                        content.newLine();
                    }
                }
                content.endText();
            }
            document.save(temp.toFile());
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static List<String> wrap(String line) {
        String ascii = line == null ? "" : line.replaceAll("[^\\x20-\\x7E]", "?");
        List<String> parts = new ArrayList<>();
        while (ascii.length() > WRAP) {
            int cut = ascii.lastIndexOf(' ', WRAP);
            cut = cut <= 0 ? WRAP : cut;
            parts.add(ascii.substring(0, cut));
            ascii = ascii.substring(cut).stripLeading();
        }
        parts.add(ascii);
        return parts;
    }
}
