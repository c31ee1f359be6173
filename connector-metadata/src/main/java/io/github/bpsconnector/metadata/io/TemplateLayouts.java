package io.github.bpsconnector.metadata.io;

import io.github.bpsconnector.metadata.CollectedVariable;
import io.github.bpsconnector.metadata.CoverageArea;
import io.github.bpsconnector.metadata.MsInd;
import io.github.bpsconnector.metadata.MsVar;
import io.github.bpsconnector.metadata.ValueDomainEntry;
import io.github.bpsconnector.metadata.code.AnalysisMethod;
import io.github.bpsconnector.metadata.code.AnalysisUnit;
import io.github.bpsconnector.metadata.code.CollectionDesign;
import io.github.bpsconnector.metadata.code.CollectionMethod;
import io.github.bpsconnector.metadata.code.CollectionMode;
import io.github.bpsconnector.metadata.code.CollectionType;
import io.github.bpsconnector.metadata.code.CollectionUnit;
import io.github.bpsconnector.metadata.code.Education;
import io.github.bpsconnector.metadata.code.FieldStaffType;
import io.github.bpsconnector.metadata.code.Frequency;
import io.github.bpsconnector.metadata.code.GeoCoverage;
import io.github.bpsconnector.metadata.code.PresentationLevel;
import io.github.bpsconnector.metadata.code.QualityCheckMethod;
import io.github.bpsconnector.metadata.code.Repetition;
import io.github.bpsconnector.metadata.code.SampleSelection;
import io.github.bpsconnector.metadata.code.SampleStageType;
import io.github.bpsconnector.metadata.code.SamplingFrame;
import io.github.bpsconnector.metadata.code.SamplingMethod;
import io.github.bpsconnector.metadata.code.SchedulePhase;
import io.github.bpsconnector.metadata.code.Sector;
import io.github.bpsconnector.metadata.code.StatisticsType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import static io.github.bpsconnector.metadata.io.ValueFormats.COUNT;
import static io.github.bpsconnector.metadata.io.ValueFormats.DATES;
import static io.github.bpsconnector.metadata.io.ValueFormats.DATE_SLOTS;
import static io.github.bpsconnector.metadata.io.ValueFormats.LATEX;
import static io.github.bpsconnector.metadata.io.ValueFormats.TEXT;
import static io.github.bpsconnector.metadata.io.ValueFormats.TEXTS;
import static io.github.bpsconnector.metadata.io.ValueFormats.VALUE_DOMAIN;
import static io.github.bpsconnector.metadata.io.ValueFormats.YEAR_FORMAT;
import static io.github.bpsconnector.metadata.io.ValueFormats.YES_NO;
import static io.github.bpsconnector.metadata.io.ValueFormats.code;
import static io.github.bpsconnector.metadata.io.ValueFormats.codes;

/**
 * The template's sheets and columns: which header key fills which item of the model. Header keys are INDAH's flat
 * keys (misspellings included, e.g. {@code i_instansi_penyelanggara}) with the correct spelling accepted as an
 * alias; MS-Var and MS-Ind use INDAH's v2 keys.
 */
final class TemplateLayouts {

    private static final String LINK_ITEM = "Judul Kegiatan (sama persis dengan judul_kegiatan di ms_kegiatan)";

    static final SheetLayout<KegiatanDraft> KEGIATAN = new SheetLayout<>(TemplateSheet.MS_KEGIATAN,
            KegiatanDraft::new, kegiatanColumns());

    static final SheetLayout<LinkedDraft<CollectedVariable.Builder>> KEGIATAN_VARIABEL = new SheetLayout<>(
            TemplateSheet.MS_KEGIATAN_VARIABEL, () -> new LinkedDraft<>(CollectedVariable.builder()), List.of(
                    Column.of(SheetLayout.LINK_COLUMN, LINK_ITEM, TEXT, LinkedDraft::title),
                    Column.<LinkedDraft<CollectedVariable.Builder>, String>of("nama",
                            "R.3.4 Nama Variabel", TEXT, (d, v) -> d.builder().name(v)),
                    Column.<LinkedDraft<CollectedVariable.Builder>, String>of("konsep",
                            "R.3.4 Konsep", TEXT, (d, v) -> d.builder().concept(v)),
                    Column.<LinkedDraft<CollectedVariable.Builder>, String>of("definisi",
                            "R.3.4 Definisi", TEXT, (d, v) -> d.builder().definition(v)),
                    Column.<LinkedDraft<CollectedVariable.Builder>, String>of("referensi_waktu",
                            "R.3.4 Referensi Waktu (Periode Enumerasi)", TEXT, (d, v) -> d.builder().timeReference(v))));

    static final SheetLayout<LinkedDraft<CoverageArea.Builder>> KEGIATAN_WILAYAH = new SheetLayout<>(
            TemplateSheet.MS_KEGIATAN_WILAYAH, () -> new LinkedDraft<>(CoverageArea.builder()), List.of(
                    Column.of(SheetLayout.LINK_COLUMN, LINK_ITEM, TEXT, LinkedDraft::title),
                    Column.<LinkedDraft<CoverageArea.Builder>, String>of("kode_provinsi",
                            "R.4.5 Kode Provinsi (BPS)", TEXT, (d, v) -> d.builder().provinceCode(v)),
                    Column.<LinkedDraft<CoverageArea.Builder>, String>of("nama_provinsi",
                            "R.4.5 Provinsi", TEXT, (d, v) -> d.builder().provinceName(v)),
                    Column.<LinkedDraft<CoverageArea.Builder>, String>of("kode_kabupaten_kota",
                            "R.4.5 Kode Kabupaten/Kota (BPS)", TEXT, (d, v) -> d.builder().regencyCode(v)),
                    Column.<LinkedDraft<CoverageArea.Builder>, String>of("nama_kabupaten_kota",
                            "R.4.5 Kabupaten/Kota", TEXT, (d, v) -> d.builder().regencyName(v))));

    static final SheetLayout<LinkedDraft<MsVar.Builder>> VARIABEL = new SheetLayout<>(TemplateSheet.MS_VARIABEL,
            () -> new LinkedDraft<>(MsVar.builder()), variabelColumns());

    static final SheetLayout<LinkedDraft<MsInd.Builder>> INDIKATOR = new SheetLayout<>(TemplateSheet.MS_INDIKATOR,
            () -> new LinkedDraft<>(MsInd.builder()), indikatorColumns());

    private TemplateLayouts() {
    }

    /** The layout of a sheet. */
    static SheetLayout<?> of(TemplateSheet sheet) {
        return switch (sheet) {
            case MS_KEGIATAN -> KEGIATAN;
            case MS_KEGIATAN_VARIABEL -> KEGIATAN_VARIABEL;
            case MS_KEGIATAN_WILAYAH -> KEGIATAN_WILAYAH;
            case MS_VARIABEL -> VARIABEL;
            case MS_INDIKATOR -> INDIKATOR;
        };
    }

    private static List<Column<KegiatanDraft>> kegiatanColumns() {
        List<Column<KegiatanDraft>> c = new ArrayList<>();
        c.add(Column.of(SheetLayout.LINK_COLUMN, "Judul Kegiatan", TEXT, KegiatanDraft::title));
        c.add(Column.of("tahun", "Tahun", YEAR_FORMAT, (d, v) -> d.activity.year(v)));
        c.add(Column.of("kode_kegiatan", "Kode Kegiatan (diisi petugas BPS)", TEXT,
                (d, v) -> d.activity.activityCode(v)));
        c.add(Column.of("jenis_statistik", "Jenis Statistik (INDAH)", code(StatisticsType.class),
                (d, v) -> d.activity.statisticsType(v)));
        c.add(Column.of("cara_pengumpulan_data", "Cara Pengumpulan Data", code(CollectionType.class),
                (d, v) -> d.activity.collectionType(v)));
        c.add(Column.of("sektor_kegiatan", "Sektor Kegiatan", code(Sector.class), (d, v) -> d.activity.sector(v)));
        c.add(Column.of("apakah_mendapat_rekomendasi_bps",
                "Jika survei statistik sektoral, apakah mendapatkan rekomendasi dari BPS?", YES_NO,
                (d, v) -> d.activity.hasBpsRecommendation(v)));
        c.add(Column.of("identitas_rekomendasi", "Identitas Rekomendasi", TEXT,
                (d, v) -> d.activity.recommendationId(v)));

        c.add(Column.<KegiatanDraft, String>of("i_instansi_penyelanggara", "R.1.1 Instansi Penyelenggara", TEXT,
                (d, v) -> d.organizer.institutionName(v)).alias("i_instansi_penyelenggara"));
        c.add(Column.of("i_alamat", "R.1.2 Alamat Lengkap Instansi Penyelenggara", TEXT,
                (d, v) -> d.organizerContact.address(v)));
        c.add(Column.of("i_telepon", "R.1.2 Telepon", TEXT, (d, v) -> d.organizerContact.phone(v)));
        c.add(Column.of("i_faksimile", "R.1.2 Faksimile", TEXT, (d, v) -> d.organizerContact.fax(v)));
        c.add(Column.of("i_email", "R.1.2 E-mail", TEXT, (d, v) -> d.organizerContact.email(v)));

        c.add(Column.of("ii_unit_eselon1", "R.2.1 Unit Eselon Penanggung Jawab: Eselon 1", TEXT,
                (d, v) -> d.responsibility.echelon1(v)));
        c.add(Column.of("ii_unit_eselon2", "R.2.1 Unit Eselon Penanggung Jawab: Eselon 2", TEXT,
                (d, v) -> d.responsibility.echelon2(v)));
        c.add(Column.of("ii_pj_nama", "R.2.2 Penanggung Jawab Teknis: Nama", TEXT,
                (d, v) -> d.technicalContact.name(v)));
        c.add(Column.of("ii_pj_jabatan", "R.2.2 Penanggung Jawab Teknis: Jabatan", TEXT,
                (d, v) -> d.technicalContact.position(v)));
        c.add(Column.of("ii_pj_alamat", "R.2.2 Penanggung Jawab Teknis: Alamat", TEXT,
                (d, v) -> d.technicalContactDetails.address(v)));
        c.add(Column.of("ii_pj_telepon", "R.2.2 Penanggung Jawab Teknis: Telepon", TEXT,
                (d, v) -> d.technicalContactDetails.phone(v)));
        c.add(Column.of("ii_pj_faksimile", "R.2.2 Penanggung Jawab Teknis: Faksimile", TEXT,
                (d, v) -> d.technicalContactDetails.fax(v)));
        c.add(Column.of("ii_pj_email", "R.2.2 Penanggung Jawab Teknis: E-mail", TEXT,
                (d, v) -> d.technicalContactDetails.email(v)));

        c.add(Column.of("iii_latar_belakang_kegiatan", "R.3.1 Latar Belakang Kegiatan", TEXT,
                (d, v) -> d.planning.background(v)));
        c.add(Column.of("iii_tujuan_kegiatan", "R.3.2 Tujuan Kegiatan", TEXT, (d, v) -> d.planning.objective(v)));
        for (SchedulePhase phase : SchedulePhase.values()) {
            String item = "R.3.3 Rencana Jadwal Kegiatan, " + phase.label();
            c.add(Column.of(KegiatanDraft.scheduleKey(phase, true), item + ": Awal", DATE_SLOTS,
                    (d, v) -> d.scheduleStarts.put(phase, v)));
            c.add(Column.of(KegiatanDraft.scheduleKey(phase, false), item + ": Akhir", DATE_SLOTS,
                    (d, v) -> d.scheduleEnds.put(phase, v)));
        }

        c.add(Column.of("iv_kegiatan_ini_dilakukan", "R.4.1 Kegiatan Ini Dilakukan", code(Repetition.class),
                (d, v) -> d.design.repetition(v)));
        c.add(Column.<KegiatanDraft, Frequency>of("iv_frekuensi_penyelanggara", "R.4.2 Frekuensi Penyelenggaraan",
                code(Frequency.class), (d, v) -> d.design.frequency(v))
                .alias("iv_frekuensi_penyelenggara", "iv_frekuensi_penyelenggaraan"));
        c.add(Column.of("iv_tipe_pengumpulan_data", "R.4.3 Tipe Pengumpulan Data", code(CollectionDesign.class),
                (d, v) -> d.design.collectionDesign(v)));
        c.add(Column.of("iv_cakupan_wilayah_pengumpulan_data", "R.4.4 Cakupan Wilayah Pengumpulan Data",
                code(GeoCoverage.class), (d, v) -> d.design.geoCoverage(v)));
        c.add(Column.of("iv_metode_pengumpulan_data", "R.4.6 Metode Pengumpulan Data",
                codes(CollectionMethod.class), (d, v) -> d.collectionMethods.selected(v)));
        c.add(Column.of("iv_metode_pengumpulan_lainnya", "R.4.6 Metode Pengumpulan Data: Lainnya (sebutkan)", TEXT,
                (d, v) -> d.collectionMethods.otherText(v)));
        c.add(Column.of("iv_sarana_pengumpulan_data", "R.4.7 Sarana Pengumpulan Data", codes(CollectionMode.class),
                (d, v) -> d.collectionModes.selected(v)));
        c.add(Column.of("iv_sarana_pengumpulan_lainnya", "R.4.7 Sarana Pengumpulan Data: Lainnya (sebutkan)", TEXT,
                (d, v) -> d.collectionModes.otherText(v)));
        c.add(Column.of("iv_unit_pengumpulan_data", "R.4.8 Unit Pengumpulan Data", codes(CollectionUnit.class),
                (d, v) -> d.collectionUnits.selected(v)));
        c.add(Column.of("iv_unit_pengumpulan_data_lainnya", "R.4.8 Unit Pengumpulan Data: Lainnya (sebutkan)",
                TEXT, (d, v) -> d.collectionUnits.otherText(v)));

        c.add(Column.of("v_jenis_rancangan_sampel", "R.5.1 Jenis Rancangan Sampel", code(SampleStageType.class),
                (d, v) -> d.sampleDesign.stageType(v)));
        c.add(Column.of("v_metode_pemilihan_sampel_tahap_terakhir", "R.5.2 Metode Pemilihan Sampel Tahap Terakhir",
                code(SampleSelection.class), (d, v) -> d.sampleDesign.lastStageSelection(v)));
        c.add(Column.of("v_metode_yang_digunakan", "R.5.3 Metode yang Digunakan", code(SamplingMethod.class),
                (d, v) -> d.sampleDesign.samplingMethod(v)));
        c.add(Column.of("v_kerangka_sampel_tahap_terakhir", "R.5.4 Kerangka Sampel Tahap Terakhir",
                code(SamplingFrame.class), (d, v) -> d.sampleDesign.samplingFrame(v)));
        c.add(Column.of("v_fraksi_sampel_keseluruhan", "R.5.5 Fraksi Sampel Keseluruhan", TEXT,
                (d, v) -> d.sampleDesign.overallSamplingFraction(v)));
        c.add(Column.of("v_nilai_perkiraan_sampling_error_variabel_utama",
                "R.5.6 Nilai Perkiraan Sampling Error Variabel Utama", TEXT,
                (d, v) -> d.sampleDesign.expectedSamplingError(v)));
        c.add(Column.of("v_unit_sampel", "R.5.7 Unit Sampel", TEXT, (d, v) -> d.sampleDesign.samplingUnit(v)));
        c.add(Column.of("v_unit_observasi", "R.5.8 Unit Observasi", TEXT,
                (d, v) -> d.sampleDesign.observationUnit(v)));
        c.add(Column.of("v_jumlah_responden", "R.5.9 Jumlah Responden (formulir Romantik 2023)", COUNT,
                (d, v) -> d.sampleDesign.respondentCount(v)));

        c.add(Column.of("vi_apakah_melakukan_uji_coba", "R.6.1 Apakah Melakukan Uji Coba (Pilot Survey)?", YES_NO,
                (d, v) -> d.dataCollection.pilotSurvey(v)));
        c.add(Column.of("vi_metode_pemeriksaan_kualitas_pengumpulan_data",
                "R.6.2 Metode Pemeriksaan Kualitas Pengumpulan Data", codes(QualityCheckMethod.class),
                (d, v) -> d.qualityCheckMethods.selected(v)));
        c.add(Column.of("vi_metode_pemeriksaan_kualitas_pengumpulan_data_lainnya",
                "R.6.2 Metode Pemeriksaan Kualitas Pengumpulan Data: Lainnya (sebutkan)", TEXT,
                (d, v) -> d.qualityCheckMethods.otherText(v)));
        c.add(Column.of("vi_apakah_melakukan_penyesuaian_nonrespon", "R.6.3 Apakah Melakukan Penyesuaian Nonrespon?",
                YES_NO, (d, v) -> d.dataCollection.nonresponseAdjustment(v)));
        c.add(Column.of("vi_petugas_pengumpulan_data", "R.6.4 Petugas Pengumpulan Data",
                code(FieldStaffType.class), (d, v) -> d.dataCollection.fieldStaffType(v)));
        c.add(Column.of("vi_persyaratan_pendidikan_terendah_petugas_pengumpulan_data",
                "R.6.5 Persyaratan Pendidikan Terendah Petugas Pengumpulan Data", code(Education.class),
                (d, v) -> d.dataCollection.minFieldStaffEducation(v)));
        c.add(Column.of("vi_jumlah_petugas_supervisor", "R.6.6 Jumlah Petugas: Supervisor/penyelia/pengawas", COUNT,
                (d, v) -> d.dataCollection.supervisorCount(v)));
        c.add(Column.of("vi_jumlah_petugas_enumerator", "R.6.6 Jumlah Petugas: Pengumpul data/enumerator", COUNT,
                (d, v) -> d.dataCollection.enumeratorCount(v)));
        c.add(Column.of("vi_apakah_melakukan_pelatihan_petugas", "R.6.7 Apakah Melakukan Pelatihan Petugas?", YES_NO,
                (d, v) -> d.dataCollection.fieldStaffTraining(v)));

        c.add(Column.of("vii_tahapan_pengolahan_data_editing", "R.7.1 Tahapan Pengolahan Data: Penyuntingan (Editing)",
                YES_NO, (d, v) -> d.processingSteps.editing(v)));
        c.add(Column.of("vii_tahapan_pengolahan_data_coding", "R.7.1 Tahapan Pengolahan Data: Penyandian (Coding)",
                YES_NO, (d, v) -> d.processingSteps.coding(v)));
        c.add(Column.of("vii_tahapan_pengolahan_data_data_entry", "R.7.1 Tahapan Pengolahan Data: Data Entry",
                YES_NO, (d, v) -> d.processingSteps.dataEntry(v)));
        c.add(Column.of("vii_tahapan_pengolahan_data_validasi", "R.7.1 Tahapan Pengolahan Data: Penyahihan (Validasi)",
                YES_NO, (d, v) -> d.processingSteps.validation(v)));
        c.add(Column.of("vii_metode_analisis", "R.7.2 Metode Analisis", code(AnalysisMethod.class),
                (d, v) -> d.processing.analysisMethod(v)));
        c.add(Column.<KegiatanDraft, Set<AnalysisUnit>>of("vii_unit_analisis", "R.7.3 Unit Analisis",
                codes(AnalysisUnit.class), (d, v) -> d.analysisUnits.selected(v)).alias("vii_unit_analsis"));
        c.add(Column.of("vii_unit_analisis_lainnya", "R.7.3 Unit Analisis: Lainnya (sebutkan)", TEXT,
                (d, v) -> d.analysisUnits.otherText(v)));
        c.add(Column.of("vii_tingkat_penyajian_hasil_analisis", "R.7.4 Tingkat Penyajian Hasil Analisis",
                codes(PresentationLevel.class), (d, v) -> d.presentationLevels.selected(v)));
        c.add(Column.of("vii_tingkat_penyajian_hasil_analisis_lainnya",
                "R.7.4 Tingkat Penyajian Hasil Analisis: Lainnya (sebutkan)", TEXT,
                (d, v) -> d.presentationLevels.otherText(v)));

        c.add(Column.of("viii_ketersediaan_produk_tercetak", "R.8.1 Produk Tersedia untuk Umum: Tercetak (hardcopy)",
                YES_NO, (d, v) -> d.printed.available(v)));
        c.add(Column.of("viii_ketersediaan_produk_digital", "R.8.1 Produk Tersedia untuk Umum: Digital (softcopy)",
                YES_NO, (d, v) -> d.digital.available(v)));
        c.add(Column.of("viii_ketersediaan_produk_mikrodata", "R.8.1 Produk Tersedia untuk Umum: Data Mikro",
                YES_NO, (d, v) -> d.microdata.available(v)));
        c.add(Column.of("viii_rencana_jadwal_rilis_produk_tercetak", "R.8.2 Rencana Rilis Produk: Tercetak", DATES,
                (d, v) -> d.printed.releasePlan(v)));
        c.add(Column.of("viii_rencana_jadwal_rilis_produk_digital", "R.8.2 Rencana Rilis Produk: Digital", DATES,
                (d, v) -> d.digital.releasePlan(v)));
        c.add(Column.of("viii_rencana_jadwal_rilis_produk_mikrodata", "R.8.2 Rencana Rilis Produk: Data Mikro", DATES,
                (d, v) -> d.microdata.releasePlan(v)));
        return c;
    }

    /** The columns MS-Var and MS-Ind share: the link, the rest of the form's header and column (1). */
    private static <B> List<Column<LinkedDraft<B>>> formHeaderColumns(BiConsumer<B, Integer> number) {
        List<Column<LinkedDraft<B>>> c = new ArrayList<>();
        c.add(Column.of(SheetLayout.LINK_COLUMN, LINK_ITEM, TEXT, LinkedDraft::title));
        c.add(Column.<LinkedDraft<B>, String>of("kode_kegiatan", "Kode Kegiatan (diisi petugas BPS)", TEXT,
                (d, v) -> d.header().code(v)));
        c.add(Column.<LinkedDraft<B>, String>of("penyelenggara",
                "Penyelenggara (instansi dan unit kerja penanggung jawab)", TEXT, (d, v) -> d.header().organizer(v)));
        c.add(Column.<LinkedDraft<B>, Integer>of("no", "Kolom (1) Nomor", COUNT,
                (d, v) -> number.accept(d.builder(), v)).alias("nomor"));
        return c;
    }

    private static List<Column<LinkedDraft<MsVar.Builder>>> variabelColumns() {
        List<Column<LinkedDraft<MsVar.Builder>>> c = formHeaderColumns(MsVar.Builder::number);
        c.add(Column.of("nama", "Kolom (2) Nama Variabel", TEXT, (d, v) -> d.builder().name(v)));
        c.add(Column.of("alias", "Kolom (3) Alias", TEXT, (d, v) -> d.builder().alias(v)));
        c.add(Column.of("konsep", "Kolom (4) Konsep", TEXT, (d, v) -> d.builder().concept(v)));
        c.add(Column.of("definisi", "Kolom (5) Definisi", TEXT, (d, v) -> d.builder().definition(v)));
        c.add(Column.of("referensi_pemilihan", "Kolom (6) Referensi Pemilihan", TEXTS,
                (d, v) -> d.builder().selectionReferences(v)));
        c.add(Column.of("referensi_waktu", "Kolom (7) Referensi Waktu", TEXT,
                (d, v) -> d.builder().timeReference(v)));
        c.add(Column.of("tipe_data", "Kolom (8) Tipe Data", TEXT, (d, v) -> d.builder().dataType(v)));
        c.add(Column.<LinkedDraft<MsVar.Builder>, List<ValueDomainEntry>>of(
                "value_domain", "Kolom (9) Klasifikasi Isian", VALUE_DOMAIN,
                (d, v) -> d.builder().valueDomain(v)).alias("klasifikasi_isian"));
        c.add(Column.of("klasifikasi_rujukan_value_domain", "Kolom (9) Klasifikasi rujukan klasifikasi isian", TEXT,
                (d, v) -> d.builder().classificationReference(v)));
        c.add(Column.of("aturan_validasi", "Kolom (10) Aturan Validasi", TEXTS,
                (d, v) -> d.builder().validationRules(v)));
        c.add(Column.of("kalimat_pertanyaan", "Kolom (11) Kalimat Pertanyaan", TEXT,
                (d, v) -> d.builder().questionText(v)));
        c.add(Column.of("apakah_variabel_bisa_diakses_umum", "Kolom (12) Apakah Kolom (2) Dapat Diakses Umum?",
                YES_NO, (d, v) -> d.builder().publiclyAccessible(v)));
        c.add(Column.of("ukuran", "Ukuran (INDAH, tidak wajib)", TEXT, (d, v) -> d.builder().measure(v)));
        c.add(Column.of("satuan", "Satuan (INDAH, tidak wajib)", TEXT, (d, v) -> d.builder().unit(v)));
        c.add(Column.of("id_sds", "Kode Standar Data Statistik (INDAH id_sds)", TEXT,
                (d, v) -> d.builder().sdsId(v)));
        return c;
    }

    private static List<Column<LinkedDraft<MsInd.Builder>>> indikatorColumns() {
        List<Column<LinkedDraft<MsInd.Builder>>> c = formHeaderColumns(MsInd.Builder::number);
        c.add(Column.of("nama", "Kolom (2) Nama Indikator", TEXT, (d, v) -> d.builder().name(v)));
        c.add(Column.of("konsep", "Kolom (3) Konsep", TEXT, (d, v) -> d.builder().concept(v)));
        c.add(Column.of("definisi", "Kolom (4) Definisi", TEXT, (d, v) -> d.builder().definition(v)));
        c.add(Column.of("interpretasi", "Kolom (5) Interpretasi", TEXT, (d, v) -> d.builder().interpretation(v)));
        c.add(Column.of("metode_perhitungan", "Kolom (6) Metode/Rumus Penghitungan (teks)", TEXT,
                (d, v) -> d.builder().calculationMethod(v)));
        c.add(Column.of("rumus", "Kolom (6) Rumus (simbol diubah ke LaTeX)", LATEX,
                (d, v) -> d.builder().formulaLatex(v)));
        c.add(Column.of("ukuran", "Kolom (7) Ukuran", TEXT, (d, v) -> d.builder().measure(v)));
        c.add(Column.of("satuan", "Kolom (8) Satuan", TEXT, (d, v) -> d.builder().unit(v)));
        c.add(Column.of("variabel_disaggregasi", "Kolom (9) Klasifikasi (Penyajian)", TEXTS,
                (d, v) -> d.builder().presentationClassifications(v)));
        c.add(Column.of("apakah_indikator_komposit", "Kolom (10) Apakah Kolom (2) Indikator Komposit?", YES_NO,
                (d, v) -> d.builder().composite(v)));
        c.add(Column.of("ketersediaan_publikasi", "Kolom (11) Publikasi Ketersediaan Indikator Pembangun", TEXT,
                (d, v) -> d.builder().componentIndicatorPublication(v)));
        c.add(Column.of("indikator_pembangun", "Kolom (12) Nama Indikator Pembangun", TEXTS,
                (d, v) -> d.builder().componentIndicators(v)));
        c.add(Column.of("kegiatan_penghasil", "Kolom (13) Kegiatan Penghasil Variabel Pembangun", TEXTS,
                (d, v) -> d.builder().sourceActivities(v)));
        c.add(Column.of("kode_kegiatan_penghasil", "Kolom (14) Kode Kegiatan Penghasil Variabel Pembangun", TEXTS,
                (d, v) -> d.builder().sourceActivityCodes(v)));
        c.add(Column.of("variabel_pembangun", "Kolom (15) Nama Variabel Pembangun", TEXTS,
                (d, v) -> d.builder().componentVariables(v)));
        c.add(Column.of("level_estimasi", "Kolom (16) Level Estimasi", TEXT,
                (d, v) -> d.builder().estimationLevel(v)));
        c.add(Column.of("apakah_indikator_bisa_diakses_umum", "Kolom (17) Apakah Kolom (2) Dapat Diakses Umum?",
                YES_NO, (d, v) -> d.builder().publiclyAccessible(v)));
        c.add(Column.of("id_sds", "Kode Standar Data Statistik (INDAH id_sds)", TEXT,
                (d, v) -> d.builder().sdsId(v)));
        return c;
    }
}
