package io.github.bpsconnector.workflow.document;

import io.github.bpsconnector.core.file.TargetFolder;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Draws up the Surat Komitmen Pelaksanaan Kegiatan Statistik (SOP step 6) as an A4 PDF in formal Indonesian: the
 * Produsen Data's letterhead, the title and the letter's number, who signs, a reference to the Surat Rekomendasi
 * (number, date, activity, Identitas Rekomendasi, result), the commitments as numbered points, the catatan
 * rekomendasi the producer will follow, and the place, date and signature block with jabatan and NIP. The PDF is
 * a draft to be signed and then uploaded (step 7).
 *
 * <p>No public template of this letter is known, so its commitments are configurable
 * ({@link #withCommitments}); the {@linkplain #STANDARD_COMMITMENTS standard ones} are the four of the SOP. A
 * commitment may use the placeholders {@code {identitasRekomendasi}}, {@code {nomorSuratRekomendasi}},
 * {@code {judulKegiatan}}, {@code {tahun}} and {@code {instansi}}.
 *
 * <p>Input is checked first and every gap reported at once ({@link DocumentInputException}); the same input gives
 * the same bytes. Immutable and thread-safe.
 */
public final class SuratKomitmenPdf {

    /** The four commitments the SOP asks for. */
    public static final List<String> STANDARD_COMMITMENTS = List.of(
            "Melaksanakan kegiatan statistik tersebut sesuai dengan rekomendasi dan catatan rekomendasi dari "
                    + "Badan Pusat Statistik.",
            "Mencantumkan Identitas Rekomendasi {identitasRekomendasi} pada instrumen pengumpulan data kegiatan "
                    + "statistik tersebut.",
            "Melaporkan metadata kegiatan statistik tersebut (MS-Keg, MS-Var dan MS-Ind) kepada Walidata dan "
                    + "melalui aplikasi INDAH.",
            "Menyerahkan hasil kegiatan statistik tersebut kepada Badan Pusat Statistik.");

    /** The title printed on the letter. */
    public static final String TITLE = "SURAT KOMITMEN PELAKSANAAN KEGIATAN STATISTIK";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final List<String> PLACEHOLDERS = List.of("identitasRekomendasi", "nomorSuratRekomendasi",
            "judulKegiatan", "tahun", "instansi");
    private static final PageFlow.Margins MARGINS = new PageFlow.Margins(56.7f, 56.7f, 56.7f, 85f);
    private static final float LABEL_WIDTH = 110;
    private static final float POINT_WIDTH = 18;

    private static final SuratKomitmenPdf STANDARD = new SuratKomitmenPdf(STANDARD_COMMITMENTS);

    private final List<String> commitments;

    private SuratKomitmenPdf(List<String> commitments) {
        this.commitments = List.copyOf(commitments);
    }

    /** The letter with the {@linkplain #STANDARD_COMMITMENTS standard commitments}. */
    public static SuratKomitmenPdf standard() {
        return STANDARD;
    }

    /**
     * The letter with other commitments, e.g. a region's own wording.
     *
     * @throws IllegalArgumentException if the list is empty, an entry is blank, or a placeholder is unknown
     */
    public static SuratKomitmenPdf withCommitments(List<String> commitments) {
        if (commitments.isEmpty()) {
            throw new IllegalArgumentException("a Surat Komitmen needs at least one commitment");
        }
        for (String commitment : commitments) {
            if (commitment == null || commitment.isBlank()) {
                throw new IllegalArgumentException("a commitment is blank");
            }
            Matcher m = PLACEHOLDER.matcher(commitment);
            while (m.find()) {
                if (!PLACEHOLDERS.contains(m.group(1))) {
                    throw new IllegalArgumentException("unknown placeholder {" + m.group(1) + "}; known: "
                            + PLACEHOLDERS);
                }
            }
        }
        return new SuratKomitmenPdf(commitments);
    }

    /** The commitments as configured, placeholders not yet filled. */
    public List<String> commitments() {
        return commitments;
    }

    /**
     * The letter as PDF bytes.
     *
     * @throws DocumentInputException if the input is incomplete or inconsistent (every problem listed)
     */
    public byte[] render(SuratRekomendasiInfo letter, ProducerDetails producer) {
        check(letter, producer);
        return PdfDocuments.render(
                "Surat Komitmen Pelaksanaan Kegiatan Statistik " + letter.recommendationId(),
                producer.institution(), producer.date(),
                String.join("|", TITLE, letter.recommendationId(), producer.letterNumber(),
                        producer.date().toString()),
                document -> draw(new PageFlow(document, PDRectangle.A4, MARGINS), letter, producer));
    }

    /**
     * Writes the letter to a new file in {@code folder} (never replacing one), named after the Identitas
     * Rekomendasi.
     *
     * @throws DocumentInputException if the input is incomplete or inconsistent
     * @throws IOException            if the file cannot be written; nothing is left behind
     */
    public GeneratedDocument write(SuratRekomendasiInfo letter, ProducerDetails producer, TargetFolder folder)
            throws IOException {
        byte[] pdf = render(letter, producer);
        return PdfDocuments.write(pdf, "Surat Komitmen " + letter.recommendationId() + ".pdf", folder);
    }

    private static void check(SuratRekomendasiInfo letter, ProducerDetails producer) {
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(producer, "producer");
        InputCheck check = new InputCheck("Surat Komitmen")
                .required("suratRekomendasi.letterNumber", letter.letterNumber(), "Nomor Surat Rekomendasi")
                .required("suratRekomendasi.date", letter.date(), "Tanggal Surat Rekomendasi")
                .required("suratRekomendasi.activityTitle", letter.activityTitle(), "Judul Kegiatan")
                .required("suratRekomendasi.year", letter.year(), "Tahun Kegiatan")
                .required("suratRekomendasi.recommendationId", letter.recommendationId(), "Identitas Rekomendasi")
                .required("suratRekomendasi.examinationResult", letter.examinationResult(), "Hasil Pemeriksaan");
        if (letter.examinationResult() != null && !isLayak(letter.examinationResult())) {
            check.problem("suratRekomendasi.examinationResult", "Surat Komitmen hanya dibuat untuk kegiatan yang "
                    + "dinyatakan LAYAK; hasil pemeriksaan: " + letter.examinationResult());
        }
        check.required("producer.institution", producer.institution(), "Instansi")
                .required("producer.address", producer.address(), "Alamat instansi")
                .required("producer.letterNumber", producer.letterNumber(), "Nomor Surat Komitmen")
                .required("producer.place", producer.place(), "Tempat penandatanganan")
                .required("producer.date", producer.date(), "Tanggal Surat Komitmen");
        if (producer.date() != null && letter.date() != null && producer.date().isBefore(letter.date())) {
            check.problem("producer.date", "Tanggal Surat Komitmen (" + IndonesianDates.format(producer.date())
                    + ") sebelum tanggal Surat Rekomendasi (" + IndonesianDates.format(letter.date()) + ")");
        }
        Signatory signatory = producer.signatory();
        if (signatory == null) {
            check.problem("producer.signatory", "Penandatangan belum diisi");
        } else {
            check.required("producer.signatory.name", signatory.name(), "Nama penandatangan")
                    .required("producer.signatory.position", signatory.position(), "Jabatan penandatangan");
            Nip.problem(signatory.nip()).ifPresent(p -> check.problem("producer.signatory.nip", p));
        }
        check.throwIfAny();
    }

    private static boolean isLayak(String result) {
        String upper = result.toUpperCase(Locale.ROOT);
        return upper.equals("LAYAK") || upper.startsWith("LAYAK ");
    }

    private void draw(PageFlow flow, SuratRekomendasiInfo letter, ProducerDetails producer) throws IOException {
        PageFlow.Style body = flow.regular(11);
        letterhead(flow, producer);
        flow.gap(14);
        flow.paragraph(TITLE, flow.bold(12), PageFlow.Align.CENTER, 0);
        flow.paragraph("Nomor: " + producer.letterNumber(), body, PageFlow.Align.CENTER, 0);
        flow.gap(16);

        Signatory signatory = producer.signatory();
        flow.paragraph("Yang bertanda tangan di bawah ini:", body, PageFlow.Align.LEFT, 0);
        flow.gap(4);
        flow.labeled("Nama", LABEL_WIDTH, ": " + signatory.name(), body, 0);
        flow.labeled("NIP", LABEL_WIDTH, ": " + Nip.format(signatory.nip()), body, 0);
        if (signatory.rank() != null) {
            flow.labeled("Pangkat/Golongan", LABEL_WIDTH, ": " + signatory.rank(), body, 0);
        }
        flow.labeled("Jabatan", LABEL_WIDTH, ": " + signatory.position(), body, 0);
        flow.labeled("Instansi", LABEL_WIDTH, ": " + producer.institution(), body, 0);
        flow.gap(8);

        flow.paragraph("Sehubungan dengan Surat Rekomendasi Kegiatan Statistik dari Badan Pusat Statistik Nomor "
                + letter.letterNumber() + " tanggal " + IndonesianDates.format(letter.date()) + " atas kegiatan "
                + letter.activityTitle() + " Tahun " + letter.year() + " dengan Identitas Rekomendasi "
                + letter.recommendationId() + " dan hasil pemeriksaan " + letter.examinationResult()
                + ", dengan ini kami menyatakan berkomitmen untuk:", body, PageFlow.Align.LEFT, 0);
        flow.gap(4);
        Map<String, String> values = Map.of(
                "identitasRekomendasi", letter.recommendationId(),
                "nomorSuratRekomendasi", letter.letterNumber(),
                "judulKegiatan", letter.activityTitle(),
                "tahun", String.valueOf(letter.year()),
                "instansi", producer.institution());
        for (int i = 0; i < commitments.size(); i++) {
            flow.labeled((i + 1) + ".", POINT_WIDTH, fill(commitments.get(i), values), body, 0);
        }
        if (!letter.notes().isEmpty()) {
            flow.gap(8);
            flow.paragraph("Catatan rekomendasi dari Badan Pusat Statistik yang akan kami tindak lanjuti:", body,
                    PageFlow.Align.LEFT, 0);
            for (int i = 0; i < letter.notes().size(); i++) {
                flow.labeled((char) ('a' + i % 26) + ".", POINT_WIDTH, letter.notes().get(i), body, 0);
            }
        }
        flow.gap(8);
        flow.paragraph("Demikian surat komitmen ini kami buat dengan sebenar-benarnya untuk dipergunakan "
                + "sebagaimana mestinya.", body, PageFlow.Align.LEFT, 0);
        flow.gap(20);
        signatureBlock(flow, producer, body);
        flow.finish();
    }

    private static void letterhead(PageFlow flow, ProducerDetails producer) throws IOException {
        if (producer.governmentName() != null) {
            flow.paragraph(producer.governmentName().toUpperCase(Locale.ROOT), flow.bold(12),
                    PageFlow.Align.CENTER, 0);
        }
        flow.paragraph(producer.institution().toUpperCase(Locale.ROOT), flow.bold(14), PageFlow.Align.CENTER, 0);
        flow.paragraph(producer.address(), flow.regular(9), PageFlow.Align.CENTER, 0);
        flow.rule(1.5f);
    }

    private static void signatureBlock(PageFlow flow, ProducerDetails producer, PageFlow.Style body)
            throws IOException {
        Signatory signatory = producer.signatory();
        List<PageFlow.BlockLine> lines = new ArrayList<>();
        lines.add(new PageFlow.BlockLine(producer.place() + ", " + IndonesianDates.format(producer.date()), body));
        lines.add(new PageFlow.BlockLine(signatory.position() + ",", body));
        for (int i = 0; i < 4; i++) {
            lines.add(new PageFlow.BlockLine("", body));
        }
        lines.add(new PageFlow.BlockLine(signatory.name(), flow.bold(11)));
        if (signatory.rank() != null) {
            lines.add(new PageFlow.BlockLine(signatory.rank(), body));
        }
        lines.add(new PageFlow.BlockLine("NIP. " + Nip.format(signatory.nip()), body));
        flow.block(lines, flow.contentWidth() * 0.5f);
    }

    private static String fill(String commitment, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(commitment);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
