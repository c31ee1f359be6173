package io.github.bpsconnector.metadata.io;

import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.PartialDate;
import io.github.bpsconnector.metadata.code.Frequency;
import io.github.bpsconnector.metadata.code.SchedulePhase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Every kind of problem inside a readable input, the same in XLSX, CSV and TSV: reported, never thrown. */
class ImportProblemsTest {

    private static final String FIRST = "Survei Pasar Tradisional 2024";
    private static final String SECOND = "Survei Harga Konsumen 2024";

    @TempDir
    Path dir;

    private ImportResult run(TestInput input, TestInput.Format format) throws Exception {
        return run(input, format, ImportLimits.DEFAULT);
    }

    private ImportResult run(TestInput input, TestInput.Format format, ImportLimits limits) throws Exception {
        return new MetadataImporter(limits).importPath(input.write(dir, format));
    }

    private static ImportProblem only(ImportResult result, ImportProblemKind kind) {
        List<ImportProblem> found = result.report().problems(kind);
        assertThat(found).as("problems of kind %s in%n%s", kind, result.report()).hasSize(1);
        return found.get(0);
    }

    private static List<String> titles(ImportResult result) {
        return result.packages().stream().map(p -> p.activity().title()).toList();
    }

    @ParameterizedTest
    @EnumSource(TestInput.Format.class)
    void validInputImportsWithOnlyAWarningAboutAbsentColumns(TestInput.Format format) throws Exception {
        ImportResult result = run(TestInput.valid(), format);

        assertThat(result.isComplete()).as(result.report().format()).isTrue();
        assertThat(result.report().warnings()).extracting(ImportProblem::kind)
                .containsOnly(ImportProblemKind.ABSENT_COLUMNS);
        assertThat(titles(result)).containsExactly(FIRST, SECOND);
        MetadataPackage first = result.packages().get(0);
        assertThat(first.activity().year()).isEqualTo(2024);
        assertThat(first.activity().design().frequency()).isEqualTo(Frequency.TAHUNAN);
        assertThat(first.activity().planning().schedule().ranges(SchedulePhase.DESAIN).get(0).end())
                .isEqualTo(PartialDate.ofMonth(2024, 2));
        assertThat(first.activity().dataCollection().enumeratorCount()).isEqualTo(10);
        assertThat(first.variables()).singleElement().satisfies(v -> {
            assertThat(v.header().title()).isEqualTo(FIRST);
            assertThat(v.valueDomain()).hasSize(2);
        });
        assertThat(first.indicators()).singleElement()
                .satisfies(i -> assertThat(i.formulaLatex()).isEqualTo("\\sum pasar \\div n \\times 100\\%"));
        assertThat(result.packages().get(1).variables()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestInput.Format.class)
    void anUnknownCodeNamesTheCodeListAndTheAllowedValues(TestInput.Format format) throws Exception {
        TestInput input = TestInput.valid().set("ms_kegiatan", 1, "iv_frekuensi_penyelanggara", "Tiap tahun");

        ImportResult result = run(input, format);

        ImportProblem problem = only(result, ImportProblemKind.UNKNOWN_CODE);
        assertThat(problem.source()).isEqualTo(format.source("ms_kegiatan"));
        assertThat(problem.row()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo("iv_frekuensi_penyelanggara");
        assertThat(problem.columnLetter()).isEqualTo("C");
        assertThat(problem.value()).isEqualTo("Tiap tahun");
        assertThat(problem.message()).contains("Frequency", "R.4.2 Frekuensi Penyelenggaraan", "Harian",
                "Tahunan", "> Dua Tahunan");
        assertThat(problem.location()).isEqualTo(format.source("ms_kegiatan")
                + ", baris 2, kolom C (iv_frekuensi_penyelanggara)");
        assertThat(titles(result)).as("the package with the error is left out, the other imported")
                .containsExactly(SECOND);
        assertThat(only(result, ImportProblemKind.PACKAGE_NOT_IMPORTED).row()).isEqualTo(2);
        assertThat(result.isComplete()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(TestInput.Format.class)
    void badDatesAreReportedWithTheExpectedForm(TestInput.Format format) throws Exception {
        TestInput input = TestInput.valid()
                .set("ms_kegiatan", 1, "iii_jadwal_desain_awal", "15/08/2024")
                .set("ms_kegiatan", 2, "iii_jadwal_desain_akhir", "2024-02-30");

        ImportResult result = run(input, format);

        List<ImportProblem> problems = result.report().problems(ImportProblemKind.BAD_DATE);
        assertThat(problems).extracting(ImportProblem::row, ImportProblem::columnLetter, ImportProblem::value)
                .containsExactly(tuple(2, "D", "15/08/2024"),
                        tuple(3, "E", "2024-02-30"));
        assertThat(problems.get(0).message()).contains("yyyy-MM-dd", "yyyy-MM");
        assertThat(problems.get(1).message()).contains("tidak ada dalam kalender");
        assertThat(result.packages()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestInput.Format.class)
    void badNumbersAndBooleansAreReported(TestInput.Format format) throws Exception {
        TestInput input = TestInput.valid()
                .set("ms_kegiatan", 1, "tahun", "dua ribu")
                .set("ms_kegiatan", 1, "vi_jumlah_petugas_enumerator", "1.250")
                .set("ms_kegiatan", 2, "vi_apakah_melakukan_uji_coba", "Mungkin");

        ImportResult result = run(input, format);

        assertThat(result.report().problems(ImportProblemKind.BAD_NUMBER))
                .extracting(ImportProblem::column, ImportProblem::value)
                .containsExactly(tuple("tahun", "dua ribu"),
                        tuple("vi_jumlah_petugas_enumerator", "1.250"));
        ImportProblem bool = only(result, ImportProblemKind.BAD_BOOLEAN);
        assertThat(bool.row()).isEqualTo(3);
        assertThat(bool.message()).contains("Ya atau Tidak");
        assertThat(result.packages()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestInput.Format.class)
    void aMissingLinkColumnStopsTheWholeImport(TestInput.Format format) throws Exception {
        TestInput input = TestInput.valid();
        input.sheets.get("ms_variabel").get(0).set(0, "kegiatan");

        ImportResult result = run(input, format);

        ImportProblem problem = only(result, ImportProblemKind.MISSING_COLUMN);
        assertThat(problem.source()).isEqualTo(format.source("ms_variabel"));
        assertThat(problem.column()).isEqualTo("judul_kegiatan");
        assertThat(result.packages()).as("no package may miss its variables").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestInput.Format.class)
    void anUnknownColumnIsAWarningAndIgnored(TestInput.Format format) throws Exception {
        TestInput input = TestInput.valid().set("ms_kegiatan", 0, "Catatan Internal", "Catatan Internal")
                .set("ms_kegiatan", 1, "Catatan Internal", "=1+1");

        ImportResult result = run(input, format);

        ImportProblem problem = only(result, ImportProblemKind.UNKNOWN_COLUMN);
        assertThat(problem.severity()).isEqualTo(ImportSeverity.WARNING);
        assertThat(problem.columnLetter()).isEqualTo("H");
        assertThat(problem.value()).isEqualTo("Catatan Internal");
        assertThat(result.isComplete()).isTrue();
        assertThat(titles(result)).containsExactly(FIRST, SECOND);
    }

    @ParameterizedTest
    @EnumSource(TestInput.Format.class)
    void headersAreMatchedIgnoringCaseSpacesAndTheIndahTypo(TestInput.Format format) throws Exception {
        TestInput input = TestInput.valid();
        input.sheets.get("ms_kegiatan").get(0).set(0, " Judul Kegiatan ");
        input.set("ms_kegiatan", 0, "i_instansi_penyelenggara", "i_instansi_penyelenggara")
                .set("ms_kegiatan", 1, "i_instansi_penyelenggara", "Dinas Perdagangan");

        ImportResult result = run(input, format);

        assertThat(result.isComplete()).as(result.report().format()).isTrue();
        assertThat(result.packages().get(0).activity().organizer().institutionName()).isEqualTo("Dinas Perdagangan");
    }

    @ParameterizedTest
    @EnumSource(TestInput.Format.class)
    void aDuplicateColumnIsAnError(TestInput.Format format) throws Exception {
        TestInput input = TestInput.valid();
        input.sheets.get("ms_variabel").get(0).add("nama");

        ImportResult result = run(input, format);

        ImportProblem problem = only(result, ImportProblemKind.DUPLICATE_COLUMN);
        assertThat(problem.columnLetter()).isEqualTo("E");
        assertThat(problem.message()).contains("kolom C");
        assertThat(result.packages()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestInput.Format.class)
    void duplicateActivityTitlesExcludeBothActivities(TestInput.Format format) throws Exception {
        TestInput input = TestInput.valid().set("ms_kegiatan", 2, "judul_kegiatan", " " + FIRST + "  ");

        ImportResult result = run(input, format);

        ImportProblem problem = only(result, ImportProblemKind.DUPLICATE_ACTIVITY);
        assertThat(problem.row()).isEqualTo(3);
        assertThat(problem.message()).contains("baris 2");
        assertThat(result.packages()).isEmpty();
        assertThat(result.report().problems(ImportProblemKind.PACKAGE_NOT_IMPORTED)).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(TestInput.Format.class)
    void aRowPointingToAnUnknownActivityIsReportedWithASuggestion(TestInput.Format format) throws Exception {
        TestInput input = TestInput.valid()
                .addRow("ms_variabel", List.of("survei pasar tradisional 2024", 2, "Luas pasar", ""));
        input.sheet("ms_kegiatan_wilayah", List.of("judul_kegiatan", "kode_provinsi"),
                List.of("Survei Lain 2024", "32"));

        ImportResult result = run(input, format);

        List<ImportProblem> problems = result.report().problems(ImportProblemKind.UNKNOWN_ACTIVITY);
        assertThat(problems).extracting(ImportProblem::source, ImportProblem::row).containsExactly(
                tuple(format.source("ms_kegiatan_wilayah"), 2),
                tuple(format.source("ms_variabel"), 3));
        assertThat(problems.get(0).message()).doesNotContain("maksud Anda");
        assertThat(problems.get(1).message()).contains("maksud Anda '" + FIRST + "' (baris 2)");
        assertThat(result.isComplete()).isFalse();
        assertThat(result.packages().get(0).variables()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(TestInput.Format.class)
    void aHugeCellIsReportedWithAShortenedValue(TestInput.Format format) throws Exception {
        TestInput input = TestInput.valid().set("ms_variabel", 1, "nama", "Nama sangat panjang ".repeat(50));

        ImportResult result = run(input, format, ImportLimits.DEFAULT.withMaxCellChars(100));

        ImportProblem problem = only(result, ImportProblemKind.CELL_TOO_LONG);
        assertThat(problem.column()).isEqualTo("nama");
        assertThat(problem.value()).hasSize(ImportProblem.MAX_VALUE_CHARS).endsWith("…");
        assertThat(problem.message()).contains("100");
        assertThat(titles(result)).containsExactly(SECOND);
    }

    @ParameterizedTest
    @EnumSource(TestInput.Format.class)
    void tooManyRowsStopTheSheetAndTheImport(TestInput.Format format) throws Exception {
        TestInput input = TestInput.valid();
        for (int i = 2; i <= 4; i++) {
            input.addRow("ms_variabel", List.of(FIRST, i, "Variabel " + i, ""));
        }

        ImportResult result = run(input, format, ImportLimits.DEFAULT.withMaxRows(3));

        ImportProblem problem = only(result, ImportProblemKind.TOO_MANY_ROWS);
        assertThat(problem.source()).isEqualTo(format.source("ms_variabel"));
        assertThat(problem.message()).contains("3");
        assertThat(result.packages()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestInput.Format.class)
    void tooManyColumnsInARowAreReported(TestInput.Format format) throws Exception {
        TestInput input = TestInput.valid().addRow("ms_variabel", List.of(FIRST, 2, "a", "", "x", "y", "z", "w"));
        ImportLimits limits = new ImportLimits(1 << 20, 1 << 24, 100, 0.01, 100, 7, 1_000, 100);

        ImportResult result = run(input, format, limits);

        ImportProblem problem = only(result, ImportProblemKind.TOO_MANY_COLUMNS);
        assertThat(problem.row()).isEqualTo(3);
        assertThat(titles(result)).containsExactly(SECOND);
    }

    @ParameterizedTest
    @EnumSource(TestInput.Format.class)
    void formulaInjectionTextIsRefused(TestInput.Format format) throws Exception {
        TestInput input = TestInput.valid()
                .set("ms_variabel", 1, "nama", "=cmd|' /C calc'!A0")
                .set("ms_kegiatan", 2, "iv_frekuensi_penyelanggara", "@SUM(1+1)*cmd|' /C calc'!A0")
                .set("ms_indikator", 1, "judul_kegiatan", "-2+3+cmd|' /C calc'!A0");

        ImportResult result = run(input, format);

        assertThat(result.report().problems(ImportProblemKind.FORMULA_INJECTION))
                .extracting(ImportProblem::source, ImportProblem::column, ImportProblem::value)
                .containsExactlyInAnyOrder(
                        tuple(format.source("ms_variabel"), "nama",
                                "=cmd|' /C calc'!A0"),
                        tuple(format.source("ms_kegiatan"),
                                "iv_frekuensi_penyelanggara", "@SUM(1+1)*cmd|' /C calc'!A0"),
                        tuple(format.source("ms_indikator"), "judul_kegiatan",
                                "-2+3+cmd|' /C calc'!A0"));
        assertThat(result.report().problems(ImportProblemKind.MISSING_VALUE)).as("the title was filled").isEmpty();
        assertThat(result.packages()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestInput.Format.class)
    void anEmptySheetIsAnError(TestInput.Format format) throws Exception {
        TestInput input = TestInput.valid().sheet("ms_indikator");

        ImportResult result = run(input, format);

        assertThat(only(result, ImportProblemKind.EMPTY_SHEET).source()).isEqualTo(format.source("ms_indikator"));
        assertThat(result.packages()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestInput.Format.class)
    void aMissingSheetIsAnErrorButOptionalSheetsMayBeAbsent(TestInput.Format format) throws Exception {
        TestInput input = TestInput.valid();
        input.sheets.remove("ms_indikator");

        ImportResult result = run(input, format);

        ImportProblem problem = only(result, ImportProblemKind.MISSING_SHEET);
        assertThat(problem.source()).isEqualTo(format.source("ms_indikator"));
        assertThat(problem.row()).isZero();
        assertThat(result.packages()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestInput.Format.class)
    void scheduleColumnsWithDifferentRoundsAreReported(TestInput.Format format) throws Exception {
        TestInput input = TestInput.valid().set("ms_kegiatan", 1, "iii_jadwal_desain_awal", "2024-01; 2024-06");

        ImportResult result = run(input, format);

        ImportProblem problem = only(result, ImportProblemKind.SCHEDULE_MISMATCH);
        assertThat(problem.column()).isEqualTo("iii_jadwal_desain_awal");
        assertThat(problem.columnLetter()).isEqualTo("D");
        assertThat(problem.value()).isEqualTo("2 awal, 1 akhir");
        assertThat(titles(result)).containsExactly(SECOND);
    }

    @ParameterizedTest
    @EnumSource(TestInput.Format.class)
    void badListEntriesFormulasAndMissingTitlesAreReported(TestInput.Format format) throws Exception {
        TestInput input = TestInput.valid()
                .set("ms_variabel", 1, "value_domain", "1=pasar rakyat\npasar desa")
                .set("ms_indikator", 1, "rumus", "√(".repeat(40) + "x")
                .addRow("ms_indikator", List.of("", "Indikator tanpa kegiatan", ""));

        ImportResult result = run(input, format);

        assertThat(only(result, ImportProblemKind.BAD_LIST_ENTRY).value()).isEqualTo("pasar desa");
        assertThat(only(result, ImportProblemKind.BAD_FORMULA).column()).isEqualTo("rumus");
        ImportProblem missing = only(result, ImportProblemKind.MISSING_VALUE);
        assertThat(missing.row()).isEqualTo(3);
        assertThat(missing.column()).isEqualTo("judul_kegiatan");
        assertThat(titles(result)).containsExactly(SECOND);
    }

    @ParameterizedTest
    @EnumSource(TestInput.Format.class)
    void theReportListsABoundedNumberOfProblemsButCountsEveryError(TestInput.Format format) throws Exception {
        TestInput input = TestInput.valid();
        for (int i = 0; i < 20; i++) {
            input.addRow("ms_variabel", List.of(FIRST, "x" + i, "Variabel", ""));
        }
        ImportLimits limits = new ImportLimits(1 << 20, 1 << 24, 100, 0.01, 100, 50, 1_000, 5);

        ImportResult result = run(input, format, limits);

        assertThat(result.report().problems()).hasSize(6);
        assertThat(result.report().problems().get(5).kind()).isEqualTo(ImportProblemKind.TOO_MANY_PROBLEMS);
        assertThat(result.report().errorCount()).isEqualTo(20);
        assertThat(result.report().format()).contains("20 galat");
    }
}
