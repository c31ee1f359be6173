package io.github.bpsconnector.metadata.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bpsconnector.metadata.ActivityDesign;
import io.github.bpsconnector.metadata.ActivityHeader;
import io.github.bpsconnector.metadata.CollectedVariable;
import io.github.bpsconnector.metadata.ContactDetails;
import io.github.bpsconnector.metadata.CoverageArea;
import io.github.bpsconnector.metadata.DataCollection;
import io.github.bpsconnector.metadata.DateRange;
import io.github.bpsconnector.metadata.Dissemination;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.MsInd;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.MsVar;
import io.github.bpsconnector.metadata.MultiChoice;
import io.github.bpsconnector.metadata.Organizer;
import io.github.bpsconnector.metadata.PartialDate;
import io.github.bpsconnector.metadata.Planning;
import io.github.bpsconnector.metadata.ProcessingAndAnalysis;
import io.github.bpsconnector.metadata.ProcessingSteps;
import io.github.bpsconnector.metadata.ProductAvailability;
import io.github.bpsconnector.metadata.Responsibility;
import io.github.bpsconnector.metadata.SampleDesign;
import io.github.bpsconnector.metadata.Schedule;
import io.github.bpsconnector.metadata.TechnicalContact;
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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two filled packages for round-trip tests. The first is the worked example of Peraturan BPS 5/2020, Survei
 * Kepuasan Jamaah Haji Indonesia 2018: its MS-Var and MS-Ind values come from the fixture (the regulation's text);
 * MS-Keg items the regulation does not print are illustrative. The second, a small kompilasi with R.4.5 areas, is
 * illustrative. Each value appears twice on purpose: once as the cell a user types, once as the model value
 * expected back.
 */
final class SkjhiExample {

    static final String FIXTURE = "/io/perban5-2020-skjhi2018-worked-example.json";
    static final String SECOND_TITLE = "Kompilasi Data Jemaah Haji Kabupaten Jember 2018";

    final String title;
    final Map<TemplateSheet, List<Map<String, Object>>> rows = new EnumMap<>(TemplateSheet.class);
    final List<MetadataPackage> expected = new ArrayList<>();

    SkjhiExample() {
        JsonNode records = load().get("records");
        JsonNode keg = records.get(0);
        JsonNode var1 = records.get(1);
        JsonNode var2 = records.get(2);
        JsonNode ikjhi = records.get(3);
        title = var1.get("nama_kegiatan").asText();
        for (TemplateSheet sheet : TemplateSheet.values()) {
            rows.put(sheet, new ArrayList<>());
        }

        String institution = keg.at("/identifikasi_penyelenggara/value").asText();
        String objective = keg.at("/tujuan_pelaksanaan/value").asText();
        rows.get(TemplateSheet.MS_KEGIATAN).add(row(
                "judul_kegiatan", title, "tahun", 2018, "jenis_statistik", "Statistik Sektoral",
                "cara_pengumpulan_data", "Survei", "sektor_kegiatan", "Perlindungan Sosial dan Kesejahteraan",
                "apakah_mendapat_rekomendasi_bps", "Ya", "identitas_rekomendasi", "V-18.0000.001",
                "i_instansi_penyelanggara", institution, "i_alamat", "Jl. Lapangan Banteng Barat No. 3-4, Jakarta",
                "i_telepon", "+62 21 3811642", "i_faksimile", "-", "i_email", "pusdatin@kemenag.example",
                "ii_unit_eselon1", "Direktorat Jenderal Penyelenggaraan Haji dan Umrah",
                "ii_unit_eselon2", "Direktorat Bina Haji", "ii_pj_nama", "Nama Penanggung Jawab",
                "ii_pj_jabatan", "Kepala Subdirektorat", "ii_pj_alamat", "Jl. Lapangan Banteng Barat No. 3-4",
                "ii_pj_telepon", "021-3811642", "ii_pj_email", "binahaji@kemenag.example",
                "iii_latar_belakang_kegiatan", "Evaluasi kinerja pelayanan ibadah haji secara berkala.",
                "iii_tujuan_kegiatan", objective,
                "iii_jadwal_perencanaan_kegiatan_awal", "2018-02", "iii_jadwal_perencanaan_kegiatan_akhir", "2018-03",
                "iii_jadwal_desain_awal", "2018-04-02", "iii_jadwal_desain_akhir", LocalDate.of(2018, 5, 31),
                "iii_jadwal_pengumpulan_data_awal", YearMonth.of(2018, 8), "iii_jadwal_pengumpulan_data_akhir",
                "2018-12", "iii_jadwal_pengolahan_data_awal", "2018-09; 2018-12",
                "iii_jadwal_pengolahan_data_akhir", "2018-10;2019-01", "iii_jadwal_diseminasi_hasil_awal",
                "2018-11-22",
                "iv_kegiatan_ini_dilakukan", "Berulang", "iv_frekuensi_penyelanggara", "TAHUNAN",
                "iv_tipe_pengumpulan_data", "Cross Sectional",
                "iv_cakupan_wilayah_pengumpulan_data", keg.at("/cakupan_wilayah/value").asText(),
                "iv_metode_pengumpulan_data", "Wawancara", "iv_sarana_pengumpulan_data", "papi | capi",
                "iv_unit_pengumpulan_data", "Individu",
                "v_jenis_rancangan_sampel", "Multi Stage/Phase", "v_metode_pemilihan_sampel_tahap_terakhir",
                "Sampel Probabilitas", "v_metode_yang_digunakan", "Multi Stage Sampling",
                "v_kerangka_sampel_tahap_terakhir", "List frame", "v_fraksi_sampel_keseluruhan", "650/21.087",
                "v_unit_sampel", "Jemaah haji reguler", "v_unit_observasi", "Jemaah haji reguler",
                "vi_apakah_melakukan_uji_coba", "Tidak",
                "vi_metode_pemeriksaan_kualitas_pengumpulan_data", "Supervisi; Lainnya (sebutkan)",
                "vi_metode_pemeriksaan_kualitas_pengumpulan_data_lainnya", "Pemeriksaan silang antarpetugas",
                "vi_apakah_melakukan_penyesuaian_nonrespon", "tidak", "vi_petugas_pengumpulan_data",
                "Staf instansi penyelenggara", "vi_persyaratan_pendidikan_terendah_petugas_pengumpulan_data",
                "Diploma IV/S1/S2/S3", "vi_jumlah_petugas_supervisor", 13, "vi_jumlah_petugas_enumerator", "26",
                "vi_apakah_melakukan_pelatihan_petugas", "Ya",
                "vii_tahapan_pengolahan_data_editing", Boolean.TRUE, "vii_tahapan_pengolahan_data_coding", "Ya",
                "vii_tahapan_pengolahan_data_data_entry", "1", "vii_tahapan_pengolahan_data_validasi", "true",
                "vii_metode_analisis", "Deskriptif", "vii_unit_analisis", "Individu",
                "vii_tingkat_penyajian_hasil_analisis", keg.at("/level_estimasi/value").asText(),
                "viii_ketersediaan_produk_tercetak", "Tidak", "viii_ketersediaan_produk_digital", "Ya",
                "viii_ketersediaan_produk_mikrodata", "Tidak",
                "viii_rencana_jadwal_rilis_produk_digital", LocalDate.of(2018, 11, 22)));

        rows.get(TemplateSheet.MS_KEGIATAN).add(row(
                "judul_kegiatan", SECOND_TITLE, "tahun", "2018", "cara_pengumpulan_data",
                "Kompilasi Produk Administrasi", "sektor_kegiatan", "DEMOGRAFI_DAN_KEPENDUDUKAN",
                "i_instansi_penyelanggara", "Dinas Komunikasi dan Informatika Kabupaten Jember",
                "iv_kegiatan_ini_dilakukan", "Hanya sekali (ad hoc)", "iv_cakupan_wilayah_pengumpulan_data",
                "Sebagian wilayah Indonesia", "iv_metode_pengumpulan_data", "Pengumpulan data sekunder",
                "iv_unit_pengumpulan_data", "Lainnya (sebutkan)", "iv_unit_pengumpulan_data_lainnya",
                "Kantor Kementerian Agama", "viii_rencana_jadwal_rilis_produk_tercetak", "2019-01; 2019-07-01"));

        rows.get(TemplateSheet.MS_KEGIATAN_WILAYAH).add(row("judul_kegiatan", SECOND_TITLE, "kode_provinsi", 35,
                "nama_provinsi", "Jawa Timur", "kode_kabupaten_kota", 3509, "nama_kabupaten_kota", "Jember"));

        List<CollectedVariable> collected = new ArrayList<>();
        for (JsonNode var : List.of(var1, var2)) {
            String name = var.get("nama_variabel").asText();
            String concept = var.at("/konsep/value").asText();
            String definition = var.at("/definisi/value").asText();
            String timeReference = var.at("/referensi_waktu/value").asText();
            rows.get(TemplateSheet.MS_KEGIATAN_VARIABEL).add(row("judul_kegiatan", "  " + title + " ",
                    "nama", name, "konsep", concept, "definisi", definition, "referensi_waktu", timeReference));
            collected.add(CollectedVariable.builder().name(name).concept(concept).definition(definition)
                    .timeReference(timeReference).build());
        }

        MsKeg skjhi = MsKeg.builder()
                .title(title).year(2018).statisticsType(StatisticsType.STATISTIK_SEKTORAL)
                .collectionType(CollectionType.SURVEI).sector(Sector.PERLINDUNGAN_SOSIAL_DAN_KESEJAHTERAAN)
                .hasBpsRecommendation(true).recommendationId("V-18.0000.001")
                .organizer(Organizer.builder().institutionName(institution).contact(ContactDetails.builder()
                        .address("Jl. Lapangan Banteng Barat No. 3-4, Jakarta").phone("+62 21 3811642").fax("-")
                        .email("pusdatin@kemenag.example").build()).build())
                .responsibility(Responsibility.builder()
                        .echelon1("Direktorat Jenderal Penyelenggaraan Haji dan Umrah")
                        .echelon2("Direktorat Bina Haji")
                        .technicalContact(TechnicalContact.builder().name("Nama Penanggung Jawab")
                                .position("Kepala Subdirektorat").contact(ContactDetails.builder()
                                        .address("Jl. Lapangan Banteng Barat No. 3-4").phone("021-3811642")
                                        .email("binahaji@kemenag.example").build()).build())
                        .build())
                .planning(Planning.builder()
                        .background("Evaluasi kinerja pelayanan ibadah haji secara berkala.")
                        .objective(objective)
                        .schedule(Schedule.builder()
                                .add(SchedulePhase.PERENCANAAN_KEGIATAN, DateRange.parse("2018-02", "2018-03"))
                                .add(SchedulePhase.DESAIN, DateRange.parse("2018-04-02", "2018-05-31"))
                                .add(SchedulePhase.PENGUMPULAN_DATA, DateRange.parse("2018-08", "2018-12"))
                                .add(SchedulePhase.PENGOLAHAN_DATA, DateRange.parse("2018-09", "2018-10"))
                                .add(SchedulePhase.PENGOLAHAN_DATA, DateRange.parse("2018-12", "2019-01"))
                                .add(SchedulePhase.DISEMINASI_HASIL, DateRange.parse("2018-11-22", null))
                                .build())
                        .collectedVariables(collected)
                        .build())
                .design(ActivityDesign.builder().repetition(Repetition.BERULANG).frequency(Frequency.TAHUNAN)
                        .collectionDesign(CollectionDesign.CROSS_SECTIONAL)
                        .geoCoverage(GeoCoverage.SELURUH_WILAYAH_INDONESIA)
                        .collectionMethods(MultiChoice.of(CollectionMethod.WAWANCARA))
                        .collectionModes(MultiChoice.of(CollectionMode.PAPI, CollectionMode.CAPI))
                        .collectionUnits(MultiChoice.of(CollectionUnit.INDIVIDU)).build())
                .sampleDesign(SampleDesign.builder().stageType(SampleStageType.MULTI_STAGE_ATAU_PHASE)
                        .lastStageSelection(SampleSelection.SAMPEL_PROBABILITAS)
                        .samplingMethod(SamplingMethod.MULTI_STAGE_SAMPLING).samplingFrame(SamplingFrame.LIST_FRAME)
                        .overallSamplingFraction("650/21.087").samplingUnit("Jemaah haji reguler")
                        .observationUnit("Jemaah haji reguler").build())
                .dataCollection(DataCollection.builder().pilotSurvey(false)
                        .qualityCheckMethods(MultiChoice.of(Set.of(QualityCheckMethod.SUPERVISI,
                                QualityCheckMethod.LAINNYA), "Pemeriksaan silang antarpetugas"))
                        .nonresponseAdjustment(false).fieldStaffType(FieldStaffType.STAF_INSTANSI_PENYELENGGARA)
                        .minFieldStaffEducation(Education.DIPLOMA_IV_ATAU_S1_ATAU_S2_ATAU_S3)
                        .supervisorCount(13).enumeratorCount(26).fieldStaffTraining(true).build())
                .processingAndAnalysis(ProcessingAndAnalysis.builder()
                        .processingSteps(ProcessingSteps.builder().editing(true).coding(true).dataEntry(true)
                                .validation(true).build())
                        .analysisMethod(AnalysisMethod.DESKRIPTIF)
                        .analysisUnits(MultiChoice.of(AnalysisUnit.INDIVIDU))
                        .presentationLevels(MultiChoice.of(PresentationLevel.NASIONAL)).build())
                .dissemination(Dissemination.builder()
                        .printed(ProductAvailability.builder().available(false).build())
                        .digital(ProductAvailability.builder().available(true)
                                .addReleaseDate(PartialDate.ofDay(2018, 11, 22)).build())
                        .microdata(ProductAvailability.builder().available(false).build())
                        .build())
                .build();

        MetadataPackage.Builder first = MetadataPackage.builder().activity(skjhi);
        for (JsonNode var : List.of(var1, var2)) {
            addVariable(var, first);
        }
        addIndicators(records, first);
        expected.add(first.build());

        expected.add(MetadataPackage.builder().activity(MsKeg.builder().title(SECOND_TITLE).year(2018)
                .collectionType(CollectionType.KOMPILASI_PRODUK_ADMINISTRASI)
                .sector(Sector.DEMOGRAFI_DAN_KEPENDUDUKAN)
                .organizer(Organizer.builder()
                        .institutionName("Dinas Komunikasi dan Informatika Kabupaten Jember").build())
                .design(ActivityDesign.builder().repetition(Repetition.HANYA_SEKALI)
                        .geoCoverage(GeoCoverage.SEBAGIAN_WILAYAH_INDONESIA)
                        .addCoverageArea(CoverageArea.builder().provinceCode("35").provinceName("Jawa Timur")
                                .regencyCode("3509").regencyName("Jember").build())
                        .collectionMethods(MultiChoice.of(CollectionMethod.PENGUMPULAN_DATA_SEKUNDER))
                        .collectionUnits(MultiChoice.of(Set.of(CollectionUnit.LAINNYA), "Kantor Kementerian Agama"))
                        .build())
                .dissemination(Dissemination.builder().printed(ProductAvailability.builder()
                        .addReleaseDate(PartialDate.ofMonth(2019, 1))
                        .addReleaseDate(PartialDate.ofDay(2019, 7, 1)).build()).build())
                .build()).build());
    }

    private void addVariable(JsonNode var, MetadataPackage.Builder pkg) {
        int number = var.get("no").asInt();
        String name = var.get("nama_variabel").asText();
        String alias = var.at("/alias/value").asText();
        String concept = var.at("/konsep/value").asText();
        String definition = var.at("/definisi/value").asText();
        String reference = var.at("/referensi_pemilihan/value").asText();
        String timeReference = var.at("/referensi_waktu/value").asText();
        String dataType = var.at("/tipe_data/value").asText();
        String rule = var.at("/aturan_validasi/value").asText();
        String question = var.at("/kalimat_pertanyaan/value").asText();
        List<ValueDomainEntry> domain = new ArrayList<>();
        StringBuilder domainCell = new StringBuilder();
        for (JsonNode entry : var.at("/klasifikasi_isian_domain_value/value")) {
            domain.add(new ValueDomainEntry(entry.get("kode").asText(), entry.get("label").asText()));
            domainCell.append(entry.get("kode").asText()).append(" = ").append(entry.get("label").asText())
                    .append('\n');
        }
        String organizer = "Kemeterian Agama RI, Direktorat Bina Haji";
        rows.get(TemplateSheet.MS_VARIABEL).add(row("judul_kegiatan", title, "penyelenggara", organizer,
                "no", number == 1 ? 1 : "2",
                "nama", name, "alias", alias, "konsep", concept, "definisi", definition,
                "referensi_pemilihan", reference, "referensi_waktu", timeReference, "tipe_data", dataType,
                "value_domain", domainCell.toString(), "aturan_validasi", rule, "kalimat_pertanyaan", question,
                "apakah_variabel_bisa_diakses_umum", var.at("/dapat_diakses_umum/label").asText()));
        pkg.addVariable(MsVar.builder()
                .header(ActivityHeader.builder().title(title).organizer(organizer).build()).number(number).name(name).alias(alias)
                .concept(concept).definition(definition).addSelectionReference(reference)
                .timeReference(timeReference).dataType(dataType).valueDomain(domain).addValidationRule(rule)
                .questionText(question).publiclyAccessible(true).build());
    }

    private void addIndicators(JsonNode records, MetadataPackage.Builder pkg) {
        JsonNode ikjhi = records.get(3);
        List<String> classifications = texts(ikjhi.at("/klasifikasi_penyajian/value"));
        List<String> components = texts(ikjhi.at("/nama_indikator_pembangun/value"));
        String formula = "IKJHI = (Σ skor kepuasan ÷ n) ÷ (Σ skor kepentingan ÷ n) × 100";
        rows.get(TemplateSheet.MS_INDIKATOR).add(row("judul_kegiatan", title, "no", 1,
                "nama", ikjhi.at("/nama_indikator/value").asText(), "konsep", ikjhi.at("/konsep/value").asText(),
                "definisi", ikjhi.at("/definisi/value").asText(), "interpretasi",
                ikjhi.at("/interpretasi/value").asText(), "metode_perhitungan",
                ikjhi.at("/metode_rumus_penghitungan/value").asText(), "rumus", formula,
                "ukuran", ikjhi.at("/ukuran/value").asText(), "satuan", ikjhi.at("/satuan/value").asText(),
                "variabel_disaggregasi", String.join("\n", classifications),
                "apakah_indikator_komposit", ikjhi.at("/apakah_indikator_komposit/label").asText(),
                "ketersediaan_publikasi", ikjhi.at("/publikasi_ketersediaan_indikator_pembangun/value").asText(),
                "indikator_pembangun", String.join(" | ", components),
                "level_estimasi", ikjhi.at("/level_estimasi/value").asText(),
                "apakah_indikator_bisa_diakses_umum", ikjhi.at("/dapat_diakses_umum/label").asText()));
        pkg.addIndicator(MsInd.builder().header(header()).number(1)
                .name(ikjhi.at("/nama_indikator/value").asText()).concept(ikjhi.at("/konsep/value").asText())
                .definition(ikjhi.at("/definisi/value").asText())
                .interpretation(ikjhi.at("/interpretasi/value").asText())
                .calculationMethod(ikjhi.at("/metode_rumus_penghitungan/value").asText())
                .formulaLatex("IKJHI = (\\sum skor kepuasan \\div n) \\div (\\sum skor kepentingan \\div n) \\times 100")
                .measure(ikjhi.at("/ukuran/value").asText()).unit(ikjhi.at("/satuan/value").asText())
                .presentationClassifications(classifications).composite(true)
                .componentIndicatorPublication(ikjhi.at("/publikasi_ketersediaan_indikator_pembangun/value").asText())
                .componentIndicators(components).estimationLevel(ikjhi.at("/level_estimasi/value").asText())
                .publiclyAccessible(true).build());
        for (int i = 4; i < records.size(); i++) {
            JsonNode partial = records.get(i);
            int number = partial.get("no").asInt();
            String name = partial.get("nama_indikator").asText();
            String definition = partial.get("definisi").asText();
            rows.get(TemplateSheet.MS_INDIKATOR).add(row("judul_kegiatan", title, "no", number, "nama", name,
                    "definisi", definition));
            pkg.addIndicator(MsInd.builder().header(header()).number(number).name(name).definition(definition)
                    .build());
        }
    }

    private ActivityHeader header() {
        return ActivityHeader.builder().title(title).build();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static Map<String, Object> row(Object... keyValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            row.put((String) keyValues[i], keyValues[i + 1]);
        }
        return row;
    }

    private static JsonNode load() {
        try (InputStream in = SkjhiExample.class.getResourceAsStream(FIXTURE)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
