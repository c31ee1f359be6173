package io.github.bpsconnector.indah.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bpsconnector.indah.IndahProfile;
import io.github.bpsconnector.metadata.ActivityDesign;
import io.github.bpsconnector.metadata.CollectedVariable;
import io.github.bpsconnector.metadata.ContactDetails;
import io.github.bpsconnector.metadata.CoverageArea;
import io.github.bpsconnector.metadata.DataCollection;
import io.github.bpsconnector.metadata.DateRange;
import io.github.bpsconnector.metadata.Dissemination;
import io.github.bpsconnector.metadata.MsKeg;
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
import java.util.Objects;

/**
 * MS-Keg ↔ the v2 {@code data} object: identity keys at the top, then {@code blok_i} … {@code blok_viii}
 * (portal-facts §4.3). {@code blok_v} is {@code null} when the sample design is empty. Items the portal has no key
 * for (Kode Kegiatan, the recommendation question, Jumlah Responden) are not sent and read back as unfilled.
 */
public final class MsKegWire implements FormWire<MsKeg> {

    private final IndahProfile profile;

    /** A mapper under the profile's key spellings. */
    public MsKegWire(IndahProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    @Override
    public String title(MsKeg form) {
        return form.title();
    }

    @Override
    public ObjectNode write(MsKeg form) {
        WireNode data = WireNode.create(profile)
                .text("judul_kegiatan", form.title())
                .integer("tahun", form.year())
                .code("jenis_statistik", form.statisticsType())
                .code("cara_pengumpulan_data", form.collectionType())
                .code("sektor_kegiatan", form.sector())
                .text("identitas_rekomendasi", form.recommendationId());
        writeOrganizer(data.object("blok_i"), form.organizer());
        writeResponsibility(data.object("blok_ii"), form.responsibility());
        writePlanning(data.object("blok_iii"), form.planning());
        writeDesign(data.object("blok_iv"), form.design());
        if (form.sampleDesign().equals(SampleDesign.EMPTY)) {
            data.nul("blok_v");
        } else {
            writeSample(data.object("blok_v"), form.sampleDesign());
        }
        writeCollection(data.object("blok_vi"), form.dataCollection());
        writeProcessing(data.object("blok_vii"), form.processingAndAnalysis());
        writeDissemination(data.object("blok_viii"), form.dissemination());
        return data.json();
    }

    private static void writeContact(WireNode node, ContactDetails contact) {
        node.text("alamat", contact.address())
                .text("telepon", contact.phone())
                .text("email", contact.email())
                .text("faksimile", contact.fax());
    }

    private static void writeOrganizer(WireNode blok, Organizer organizer) {
        blok.text("instansi_penyelenggara", organizer.institutionName());
        writeContact(blok.object("alamat_instansi_penyelenggara"), organizer.contact());
    }

    private static void writeResponsibility(WireNode blok, Responsibility responsibility) {
        blok.object("unit_penanggung_jawab")
                .text("eselon1", responsibility.echelon1())
                .text("eselon2", responsibility.echelon2());
        TechnicalContact technical = responsibility.technicalContact();
        WireNode contact = blok.object("penanggung_jawab_teknis")
                .text("nama", technical.name())
                .text("jabatan", technical.position());
        writeContact(contact, technical.contact());
    }

    private static void writePlanning(WireNode blok, Planning planning) {
        blok.text("latar_belakang_kegiatan", planning.background())
                .text("tujuan_kegiatan", planning.objective());
        WireNode schedule = blok.object("rencana_jadwal_kegiatan");
        for (SchedulePhase phase : SchedulePhase.values()) {
            ArrayNode ranges = schedule.array(phase.indahName());
            for (DateRange range : planning.schedule().ranges(phase)) {
                schedule.element(ranges)
                        .text("awal", WireNode.date(range.start()))
                        .text("akhir", WireNode.date(range.end()));
            }
        }
        ArrayNode variables = blok.array("variabel_yang_dikumpulkan");
        for (CollectedVariable variable : planning.collectedVariables()) {
            blok.element(variables)
                    .text("nama", variable.name())
                    .text("konsep", variable.concept())
                    .text("definisi", variable.definition())
                    .text("referensi_waktu", variable.timeReference());
        }
    }

    private static void writeDesign(WireNode blok, ActivityDesign design) {
        blok.code("kegiatan_ini_dilakukan", design.repetition())
                .code("frekuensi_penyelenggaraan", design.frequency())
                .code("tipe_pengumpulan_data", design.collectionDesign())
                .code("cakupan_wilayah_pengumpulan_data", design.geoCoverage());
        ArrayNode areas = blok.array("sebagian_cakupan_wilayah_pengumpulan_data");
        for (CoverageArea area : design.coverageAreas()) {
            blok.element(areas)
                    .text("kode_provinsi", area.provinceCode())
                    .text("nama_provinsi", area.provinceName())
                    .text("kode_kabupaten_kota", area.regencyCode())
                    .text("nama_kabupaten_kota", area.regencyName());
        }
        blok.choices("metode_pengumpulan_data", CollectionMethod.class, design.collectionMethods(),
                        "metode_pengumpulan_lainnya")
                .choices("sarana_pengumpulan_data", CollectionMode.class, design.collectionModes(),
                        "sarana_pengumpulan_lainnya")
                .choices("unit_pengumpulan_data", CollectionUnit.class, design.collectionUnits(),
                        "unit_pengumpulan_data_lainnya");
    }

    private static void writeSample(WireNode blok, SampleDesign sample) {
        blok.code("jenis_rancangan_sampel", sample.stageType())
                .code("metode_pemilihan_sampel_tahap_terakhir", sample.lastStageSelection())
                .code("metode_yang_digunakan", sample.samplingMethod())
                .code("kerangka_sampel_tahap_terakhir", sample.samplingFrame())
                .text("fraksi_sampel_keseluruhan", sample.overallSamplingFraction())
                .text("nilai_perkiraan_sampling_error_variabel_utama", sample.expectedSamplingError())
                .text("unit_sampel", sample.samplingUnit())
                .text("unit_observasi", sample.observationUnit());
    }

    private static void writeCollection(WireNode blok, DataCollection collection) {
        blok.bool("apakah_melakukan_uji_coba", collection.pilotSurvey())
                .choices("metode_pemeriksaan_kualitas_pengumpulan_data", QualityCheckMethod.class,
                        collection.qualityCheckMethods(), "metode_pemeriksaan_kualitas_pengumpulan_data_lainnya")
                .bool("apakah_melakukan_penyesuaian_nonrespon", collection.nonresponseAdjustment())
                .code("petugas_pengumpulan_data", collection.fieldStaffType())
                .code("persyaratan_pendidikan_terendah_petugas_pengumpulan_data",
                        collection.minFieldStaffEducation())
                .integer("jumlah_petugas_supervisor", collection.supervisorCount())
                .integer("jumlah_petugas_enumerator", collection.enumeratorCount())
                .bool("apakah_melakukan_pelatihan_petugas", collection.fieldStaffTraining());
    }

    private static void writeProcessing(WireNode blok, ProcessingAndAnalysis processing) {
        ProcessingSteps steps = processing.processingSteps();
        blok.object("tahapan_pengolahan_data")
                .bool("editing", steps.editing())
                .bool("coding", steps.coding())
                .bool("data_entry", steps.dataEntry())
                .bool("validasi", steps.validation());
        blok.code("metode_analisis", processing.analysisMethod())
                .choices("unit_analisis", AnalysisUnit.class, processing.analysisUnits(), "unit_analisis_lainnya")
                .choices("tingkat_penyajian_hasil_analisis", PresentationLevel.class,
                        processing.presentationLevels(), "tingkat_penyajian_hasil_analisis_lainnya");
    }

    private static void writeDissemination(WireNode blok, Dissemination dissemination) {
        blok.bool("ketersediaan_produk_tercetak", dissemination.printed().available())
                .bool("ketersediaan_produk_digital", dissemination.digital().available())
                .bool("ketersediaan_produk_mikrodata", dissemination.microdata().available())
                .dates("rencana_jadwal_rilis_produk_tercetak", dissemination.printed().releasePlan())
                .dates("rencana_jadwal_rilis_produk_digital", dissemination.digital().releasePlan())
                .dates("rencana_jadwal_rilis_produk_mikrodata", dissemination.microdata().releasePlan());
    }

    @Override
    public MsKeg read(JsonNode json) {
        WireNode data = WireNode.of(profile, json);
        return MsKeg.builder()
                .title(data.text("judul_kegiatan"))
                .year(data.integer("tahun"))
                .statisticsType(data.code("jenis_statistik", StatisticsType.class))
                .collectionType(data.code("cara_pengumpulan_data", CollectionType.class))
                .sector(data.code("sektor_kegiatan", Sector.class))
                .recommendationId(data.text("identitas_rekomendasi"))
                .organizer(readOrganizer(data.object("blok_i", true)))
                .responsibility(readResponsibility(data.object("blok_ii", true)))
                .planning(readPlanning(data.object("blok_iii", true)))
                .design(readDesign(data.object("blok_iv", true)))
                .sampleDesign(readSample(data.object("blok_v", true)))
                .dataCollection(readCollection(data.object("blok_vi", true)))
                .processingAndAnalysis(readProcessing(data.object("blok_vii", true)))
                .dissemination(readDissemination(data.object("blok_viii", true)))
                .build();
    }

    private static ContactDetails readContact(WireNode node) {
        return new ContactDetails(node.text("alamat"), node.text("telepon"), node.text("faksimile"),
                node.text("email"));
    }

    private static Organizer readOrganizer(WireNode blok) {
        return new Organizer(blok.text("instansi_penyelenggara"),
                readContact(blok.object("alamat_instansi_penyelenggara", true)));
    }

    private static Responsibility readResponsibility(WireNode blok) {
        WireNode unit = blok.object("unit_penanggung_jawab", true);
        WireNode technical = blok.object("penanggung_jawab_teknis", true);
        return new Responsibility(unit.text("eselon1"), unit.text("eselon2"),
                new TechnicalContact(technical.text("nama"), technical.text("jabatan"), readContact(technical)));
    }

    private static Planning readPlanning(WireNode blok) {
        WireNode scheduleNode = blok.object("rencana_jadwal_kegiatan", true);
        Schedule.Builder schedule = Schedule.builder();
        for (SchedulePhase phase : SchedulePhase.values()) {
            List<DateRange> ranges = new ArrayList<>();
            for (WireNode range : scheduleNode.objects(phase.indahName())) {
                PartialDate start = range.date("awal");
                PartialDate end = range.date("akhir");
                if (start != null || end != null) {
                    ranges.add(DateRange.of(start, end));
                }
            }
            if (!ranges.isEmpty()) {
                schedule.ranges(phase, ranges);
            }
        }
        List<CollectedVariable> variables = new ArrayList<>();
        for (WireNode variable : blok.objects("variabel_yang_dikumpulkan")) {
            variables.add(new CollectedVariable(variable.text("nama"), variable.text("konsep"),
                    variable.text("definisi"), variable.text("referensi_waktu")));
        }
        return new Planning(blok.text("latar_belakang_kegiatan"), blok.text("tujuan_kegiatan"), schedule.build(),
                variables);
    }

    private static ActivityDesign readDesign(WireNode blok) {
        List<CoverageArea> areas = new ArrayList<>();
        for (WireNode area : blok.objects("sebagian_cakupan_wilayah_pengumpulan_data")) {
            areas.add(new CoverageArea(area.text("kode_provinsi"), area.text("nama_provinsi"),
                    area.text("kode_kabupaten_kota"), area.text("nama_kabupaten_kota")));
        }
        return new ActivityDesign(
                blok.code("kegiatan_ini_dilakukan", Repetition.class),
                blok.code("frekuensi_penyelenggaraan", Frequency.class),
                blok.code("tipe_pengumpulan_data", CollectionDesign.class),
                blok.code("cakupan_wilayah_pengumpulan_data", GeoCoverage.class),
                areas,
                blok.choices("metode_pengumpulan_data", CollectionMethod.class, "metode_pengumpulan_lainnya"),
                blok.choices("sarana_pengumpulan_data", CollectionMode.class, "sarana_pengumpulan_lainnya"),
                blok.choices("unit_pengumpulan_data", CollectionUnit.class, "unit_pengumpulan_data_lainnya"));
    }

    private static SampleDesign readSample(WireNode blok) {
        return new SampleDesign(
                blok.code("jenis_rancangan_sampel", SampleStageType.class),
                blok.code("metode_pemilihan_sampel_tahap_terakhir", SampleSelection.class),
                blok.code("metode_yang_digunakan", SamplingMethod.class),
                blok.code("kerangka_sampel_tahap_terakhir", SamplingFrame.class),
                blok.text("fraksi_sampel_keseluruhan"),
                blok.text("nilai_perkiraan_sampling_error_variabel_utama"),
                blok.text("unit_sampel"),
                blok.text("unit_observasi"),
                null);
    }

    private static DataCollection readCollection(WireNode blok) {
        return new DataCollection(
                blok.bool("apakah_melakukan_uji_coba"),
                blok.choices("metode_pemeriksaan_kualitas_pengumpulan_data", QualityCheckMethod.class,
                        "metode_pemeriksaan_kualitas_pengumpulan_data_lainnya"),
                blok.bool("apakah_melakukan_penyesuaian_nonrespon"),
                blok.code("petugas_pengumpulan_data", FieldStaffType.class),
                blok.code("persyaratan_pendidikan_terendah_petugas_pengumpulan_data", Education.class),
                blok.integer("jumlah_petugas_supervisor"),
                blok.integer("jumlah_petugas_enumerator"),
                blok.bool("apakah_melakukan_pelatihan_petugas"));
    }

    private static ProcessingAndAnalysis readProcessing(WireNode blok) {
        WireNode steps = blok.object("tahapan_pengolahan_data", true);
        return new ProcessingAndAnalysis(
                new ProcessingSteps(steps.bool("editing"), steps.bool("coding"), steps.bool("data_entry"),
                        steps.bool("validasi")),
                blok.code("metode_analisis", AnalysisMethod.class),
                blok.choices("unit_analisis", AnalysisUnit.class, "unit_analisis_lainnya"),
                blok.choices("tingkat_penyajian_hasil_analisis", PresentationLevel.class,
                        "tingkat_penyajian_hasil_analisis_lainnya"));
    }

    private static Dissemination readDissemination(WireNode blok) {
        return new Dissemination(
                new ProductAvailability(blok.bool("ketersediaan_produk_tercetak"),
                        blok.dates("rencana_jadwal_rilis_produk_tercetak")),
                new ProductAvailability(blok.bool("ketersediaan_produk_digital"),
                        blok.dates("rencana_jadwal_rilis_produk_digital")),
                new ProductAvailability(blok.bool("ketersediaan_produk_mikrodata"),
                        blok.dates("rencana_jadwal_rilis_produk_mikrodata")));
    }
}
