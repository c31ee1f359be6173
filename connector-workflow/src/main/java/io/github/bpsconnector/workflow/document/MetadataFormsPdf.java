package io.github.bpsconnector.workflow.document;

import io.github.bpsconnector.core.file.TargetFolder;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.MsInd;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.MsVar;
import io.github.bpsconnector.metadata.ValueDomainEntry;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders the MS-Var and MS-Ind of a {@link MetadataPackage} as PDF tables laid out like Instrumen B and C of
 * Peraturan BPS 5/2020, for Romantik's Blok IX (Berkas Pendukung), where the SOP lists them among step 2's
 * requirements. A4 landscape; the form's header (Nama Kegiatan, Kode Kegiatan, Penyelenggara) on top, one row per
 * variable or indicator with the form's numbered columns, the column header repeated on every page, long rows
 * split across pages, and page numbers.
 *
 * <p>MS-Var's twelve columns fit one table. MS-Ind's seventeen do not, so it is printed in two parts that both
 * start with columns (1) and (2): part 1 holds columns (3) to (9), part 2 columns (10) to (17).
 *
 * <p>The header is taken from the package's MS-Keg, or from the first row when the MS-Keg is empty. Blank items
 * stay blank. Stateless and thread-safe; the same package gives the same bytes.
 */
public final class MetadataFormsPdf {

    private static final PageFlow.Margins MARGINS = new PageFlow.Margins(28f, 28f, 34f, 28f);
    private static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(),
            PDRectangle.A4.getWidth());
    private static final float TABLE_FONT_SIZE = 6.5f;

    private static final List<Cell<MsVar>> MS_VAR_COLUMNS = List.of(
            new Cell<>("No.\n(1)", 22, v -> ""),
            new Cell<>("Nama Variabel\n(2)", 78, MsVar::name),
            new Cell<>("Alias\n(3)", 44, MsVar::alias),
            new Cell<>("Konsep\n(4)", 66, MsVar::concept),
            new Cell<>("Definisi\n(5)", 112, MsVar::definition),
            new Cell<>("Referensi Pemilihan\n(6)", 72, v -> lines(v.selectionReferences())),
            new Cell<>("Referensi Waktu\n(7)", 56, MsVar::timeReference),
            new Cell<>("Tipe Data\n(8)", 40, MsVar::dataType),
            new Cell<>("Klasifikasi Isian\n(9)", 76, MetadataFormsPdf::valueDomain),
            new Cell<>("Aturan Validasi\n(10)", 70, v -> lines(v.validationRules())),
            new Cell<>("Kalimat Pertanyaan\n(11)", 86, MsVar::questionText),
            new Cell<>("Dapat Diakses Umum?\n(12)", 38, v -> yesNo(v.publiclyAccessible())));

    private static final List<Cell<MsInd>> MS_IND_PART_1 = List.of(
            new Cell<>("No.\n(1)", 22, i -> ""),
            new Cell<>("Nama Indikator\n(2)", 90, MsInd::name),
            new Cell<>("Konsep\n(3)", 80, MsInd::concept),
            new Cell<>("Definisi\n(4)", 130, MsInd::definition),
            new Cell<>("Interpretasi\n(5)", 120, MsInd::interpretation),
            new Cell<>("Metode/Rumus Penghitungan\n(6)", 130, MetadataFormsPdf::calculation),
            new Cell<>("Ukuran\n(7)", 50, MsInd::measure),
            new Cell<>("Satuan\n(8)", 50, MsInd::unit),
            new Cell<>("Klasifikasi Penyajian\n(9)", 88, i -> lines(i.presentationClassifications())));

    private static final List<Cell<MsInd>> MS_IND_PART_2 = List.of(
            new Cell<>("No.\n(1)", 22, i -> ""),
            new Cell<>("Nama Indikator\n(2)", 100, MsInd::name),
            new Cell<>("Indikator Komposit?\n(10)", 46, i -> yesNo(i.composite())),
            new Cell<>("Publikasi Ketersediaan Indikator Pembangun\n(11)", 100,
                    MsInd::componentIndicatorPublication),
            new Cell<>("Nama Indikator Pembangun\n(12)", 110, i -> lines(i.componentIndicators())),
            new Cell<>("Kegiatan Penghasil Variabel Pembangun\n(13)", 100, i -> lines(i.sourceActivities())),
            new Cell<>("Kode Kegiatan Penghasil Variabel Pembangun\n(14)", 60,
                    i -> lines(i.sourceActivityCodes())),
            new Cell<>("Nama Variabel Pembangun\n(15)", 110, i -> lines(i.componentVariables())),
            new Cell<>("Level Estimasi\n(16)", 60, MsInd::estimationLevel),
            new Cell<>("Dapat Diakses Umum?\n(17)", 46, i -> yesNo(i.publiclyAccessible())));

    private MetadataFormsPdf() {
    }

    /**
     * The package's MS-Var as PDF bytes.
     *
     * @throws DocumentInputException if the package has no MS-Var or no activity title
     */
    public static byte[] renderMsVar(MetadataPackage metadata) {
        Header header = header(metadata, "MS-Var", "variables", metadata.variables(),
                v -> new Header(v.header().title(), v.header().code(), v.header().organizer()));
        List<List<String>> rows = rows(metadata.variables(), MS_VAR_COLUMNS, MsVar::number);
        return PdfDocuments.render("MS-Var " + header.title(), header.organizer(), issueDate(metadata),
                "MS-Var|" + header + "|" + rows, document -> {
                    PageFlow flow = new PageFlow(document, A4_LANDSCAPE, MARGINS);
                    heading(flow, "METADATA STATISTIK VARIABEL (MS-Var)", header);
                    table(flow, MS_VAR_COLUMNS, rows);
                    flow.finish();
                });
    }

    /**
     * The package's MS-Ind as PDF bytes.
     *
     * @throws DocumentInputException if the package has no MS-Ind or no activity title
     */
    public static byte[] renderMsInd(MetadataPackage metadata) {
        Header header = header(metadata, "MS-Ind", "indicators", metadata.indicators(),
                i -> new Header(i.header().title(), i.header().code(), i.header().organizer()));
        List<List<String>> part1 = rows(metadata.indicators(), MS_IND_PART_1, MsInd::number);
        List<List<String>> part2 = rows(metadata.indicators(), MS_IND_PART_2, MsInd::number);
        return PdfDocuments.render("MS-Ind " + header.title(), header.organizer(), issueDate(metadata),
                "MS-Ind|" + header + "|" + part1 + "|" + part2, document -> {
                    PageFlow flow = new PageFlow(document, A4_LANDSCAPE, MARGINS);
                    heading(flow, "METADATA STATISTIK INDIKATOR (MS-Ind)", header);
                    flow.paragraph("Bagian 1: kolom (1) sampai (9)", flow.bold(8), PageFlow.Align.LEFT, 0);
                    table(flow, MS_IND_PART_1, part1);
                    flow.gap(12);
                    flow.paragraph("Bagian 2: kolom (1), (2) dan (10) sampai (17)", flow.bold(8),
                            PageFlow.Align.LEFT, 0);
                    table(flow, MS_IND_PART_2, part2);
                    flow.finish();
                });
    }

    /**
     * Writes the package's MS-Var to a new file in {@code folder} (never replacing one).
     *
     * @throws DocumentInputException if the package has no MS-Var or no activity title
     * @throws IOException            if the file cannot be written; nothing is left behind
     */
    public static GeneratedDocument writeMsVar(MetadataPackage metadata, TargetFolder folder) throws IOException {
        byte[] pdf = renderMsVar(metadata);
        return PdfDocuments.write(pdf, "MS-Var " + titleOf(metadata) + ".pdf", folder);
    }

    /**
     * Writes the package's MS-Ind to a new file in {@code folder} (never replacing one).
     *
     * @throws DocumentInputException if the package has no MS-Ind or no activity title
     * @throws IOException            if the file cannot be written; nothing is left behind
     */
    public static GeneratedDocument writeMsInd(MetadataPackage metadata, TargetFolder folder) throws IOException {
        byte[] pdf = renderMsInd(metadata);
        return PdfDocuments.write(pdf, "MS-Ind " + titleOf(metadata) + ".pdf", folder);
    }

    /** The form's header lines. */
    private record Header(String title, String code, String organizer) {
    }

    /**
     * A column: its header and how a row's cell is read.
     *
     * @param title  header text
     * @param weight share of the width
     * @param value  the cell's text; {@code null} for blank
     */
    private record Cell<T>(String title, float weight, Function<T, String> value) {
    }

    /** The header from the MS-Keg, item by item falling back to the first row's; checks there is something. */
    private static <T> Header header(MetadataPackage metadata, String form, String field, List<T> rows,
                                     Function<T, Header> rowHeader) {
        Objects.requireNonNull(metadata, "metadata");
        MsKeg activity = metadata.activity();
        Header fallback = rows.isEmpty() ? new Header(null, null, null) : rowHeader.apply(rows.get(0));
        Header header = new Header(
                first(activity.title(), fallback.title()),
                first(activity.activityCode(), fallback.code()),
                first(activity.organizer().institutionName(), fallback.organizer()));
        InputCheck check = new InputCheck(form);
        if (rows.isEmpty()) {
            check.problem(field, "Paket metadata tidak memuat " + form);
        }
        check.required("activity.title", header.title(), "Nama Kegiatan").throwIfAny();
        return header;
    }

    private static void heading(PageFlow flow, String formTitle, Header header) throws IOException {
        flow.paragraph(formTitle, flow.bold(12), PageFlow.Align.CENTER, 0);
        flow.gap(6);
        PageFlow.Style style = flow.regular(9);
        flow.labeled("Nama Kegiatan", 150, ": " + header.title(), style, 0);
        flow.labeled("Kode Kegiatan (diisi petugas)", 150, ": " + blankIfNull(header.code()), style, 0);
        flow.labeled("Penyelenggara", 150, ": " + blankIfNull(header.organizer()), style, 0);
        flow.gap(6);
    }

    private static <T> void table(PageFlow flow, List<Cell<T>> cells, List<List<String>> rows) throws IOException {
        List<PageFlow.Column> columns = cells.stream().map(c -> new PageFlow.Column(c.title(), c.weight())).toList();
        flow.table(columns, rows, flow.bold(TABLE_FONT_SIZE), flow.regular(TABLE_FONT_SIZE));
    }

    /** The cells of each row; column (1) is the row's Nomor, or its position when the Nomor is not filled. */
    private static <T> List<List<String>> rows(List<T> items, List<Cell<T>> cells, Function<T, Integer> number) {
        List<List<String>> rows = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            List<String> row = new ArrayList<>(cells.size());
            Integer n = number.apply(item);
            row.add(String.valueOf(n != null ? n : i + 1));
            for (Cell<T> cell : cells.subList(1, cells.size())) {
                row.add(blankIfNull(cell.value().apply(item)));
            }
            rows.add(row);
        }
        return rows;
    }

    private static String valueDomain(MsVar variable) {
        String codes = variable.valueDomain().stream()
                .map(MetadataFormsPdf::codeAndLabel)
                .collect(Collectors.joining("\n"));
        if (variable.classificationReference() == null) {
            return codes;
        }
        String reference = "Rujukan: " + variable.classificationReference();
        return codes.isEmpty() ? reference : codes + "\n" + reference;
    }

    private static String codeAndLabel(ValueDomainEntry entry) {
        return blankIfNull(entry.code()) + " = " + blankIfNull(entry.label());
    }

    private static String calculation(MsInd indicator) {
        if (indicator.formulaLatex() == null) {
            return indicator.calculationMethod();
        }
        String formula = "Rumus (LaTeX): " + indicator.formulaLatex();
        return indicator.calculationMethod() == null ? formula : indicator.calculationMethod() + "\n" + formula;
    }

    private static String lines(List<String> values) {
        return String.join("\n", values);
    }

    private static String yesNo(Boolean value) {
        return value == null ? "" : value ? "1. Ya" : "2. Tidak";
    }

    private static String first(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }

    private static String titleOf(MetadataPackage metadata) {
        String title = metadata.activity().title();
        return title != null ? title : "kegiatan";
    }

    /** A fixed creation date for reproducible bytes: 1 January of the activity's year, else of 2000. */
    private static LocalDate issueDate(MetadataPackage metadata) {
        Integer year = metadata.activity().year();
        return LocalDate.of(year != null ? year : 2000, 1, 1);
    }
}
