package io.github.bpsconnector.romantik.form;

import io.github.bpsconnector.metadata.ActivityDesign;
import io.github.bpsconnector.metadata.CollectedVariable;
import io.github.bpsconnector.metadata.CoverageArea;
import io.github.bpsconnector.metadata.DataCollection;
import io.github.bpsconnector.metadata.DateRange;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.MultiChoice;
import io.github.bpsconnector.metadata.PartialDate;
import io.github.bpsconnector.metadata.ProcessingAndAnalysis;
import io.github.bpsconnector.metadata.ProcessingSteps;
import io.github.bpsconnector.metadata.SampleDesign;
import io.github.bpsconnector.metadata.TechnicalContact;
import io.github.bpsconnector.metadata.code.CodeList;
import io.github.bpsconnector.metadata.code.SchedulePhase;
import io.github.bpsconnector.romantik.RomantikProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The values of the "Formulir Rekomendasi Kegiatan Statistik Sektoral" (Blok 0, II–VIII) taken from an MS-Keg, named
 * as the portal's form names them: the INDAH flat keys ({@code metadata-forms.md} §2), renamed by the profile's
 * {@code formFields}. Choices are the code lists' names ({@code SURVEI}, {@code BERULANG}, ...), yes/no as
 * {@code YA}/{@code TIDAK}, dates as {@code yyyy-MM-dd} (a month-only start is its first day, a month-only end its
 * last), repeated rows as {@code name[i][column]}. Blok I and R.2.1 come from the user's profile on the portal and
 * are not sent. Empty items are left out, so the portal shows what is missing.
 */
public final class MsKegFormValues {

    private static final String LAINNYA = "LAINNYA";

    private final RomantikProfile profile;
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    private MsKegFormValues(RomantikProfile profile) {
        this.profile = profile;
    }

    /**
     * The form values of {@code activity}, keyed by the names the portal's form uses.
     *
     * @param activity the MS-Keg
     * @param profile the profile (field names)
     * @return the values in form order; a multi-choice field has one entry per ticked value
     */
    public static Map<String, List<String>> of(MsKeg activity, RomantikProfile profile) {
        Objects.requireNonNull(activity, "activity");
        MsKegFormValues form = new MsKegFormValues(Objects.requireNonNull(profile, "profile"));
        form.identity(activity);
        form.responsibility(activity.responsibility().technicalContact());
        form.planning(activity);
        form.design(activity.design());
        form.sample(activity.sampleDesign());
        form.collection(activity.dataCollection());
        form.processing(activity.processingAndAnalysis());
        form.put("viii_ketersediaan_produk_tercetak", yesNo(activity.dissemination().printed().available()));
        form.put("viii_ketersediaan_produk_digital", yesNo(activity.dissemination().digital().available()));
        form.put("viii_ketersediaan_produk_mikrodata", yesNo(activity.dissemination().microdata().available()));
        return form.values;
    }

    private void identity(MsKeg activity) {
        put("judul_kegiatan", activity.title());
        put("tahun", activity.year() == null ? null : activity.year().toString());
        put("cara_pengumpulan_data", code(activity.collectionType()));
    }

    private void responsibility(TechnicalContact contact) {
        put("ii_pj_nama", contact.name());
        put("ii_pj_jabatan", contact.position());
        put("ii_pj_alamat", contact.contact().address());
        put("ii_pj_telepon", contact.contact().phone());
        put("ii_pj_faksimile", contact.contact().fax());
        put("ii_pj_email", contact.contact().email());
    }

    private void planning(MsKeg activity) {
        put("iii_latar_belakang_kegiatan", activity.planning().background());
        put("iii_tujuan_kegiatan", activity.planning().objective());
        for (SchedulePhase phase : SchedulePhase.values()) {
            List<DateRange> ranges = activity.planning().schedule().ranges(phase);
            String field = "iii_jadwal_" + phase.name().toLowerCase(Locale.ROOT);
            for (int i = 0; i < ranges.size(); i++) {
                DateRange range = ranges.get(i);
                cell(field, i, "awal", range.start() == null ? null : range.start().firstDay().toString());
                cell(field, i, "akhir", range.end() == null ? null : range.end().lastDay().toString());
            }
        }
        List<CollectedVariable> variables = activity.planning().collectedVariables();
        for (int i = 0; i < variables.size(); i++) {
            cell("iii_variabel", i, "nama", variables.get(i).name());
            cell("iii_variabel", i, "definisi", variables.get(i).definition());
            cell("iii_variabel", i, "referensi_waktu", variables.get(i).timeReference());
        }
    }

    private void design(ActivityDesign design) {
        put("iv_kegiatan_ini_dilakukan", code(design.repetition()));
        put("iv_frekuensi_penyelanggara", code(design.frequency()));
        put("iv_tipe_pengumpulan_data", code(design.collectionDesign()));
        put("iv_cakupan_wilayah_pengumpulan_data", code(design.geoCoverage()));
        List<CoverageArea> areas = design.coverageAreas();
        for (int i = 0; i < areas.size(); i++) {
            cell("iv_sebagian_cakupan_wilayah_pengumpulan_data", i, "provinsi", areas.get(i).provinceName());
            cell("iv_sebagian_cakupan_wilayah_pengumpulan_data", i, "kabupaten_kota", areas.get(i).regencyName());
        }
        multi("iv_metode_pengumpulan_data", design.collectionMethods());
        multi("iv_sarana_pengumpulan_data", design.collectionModes());
        multi("iv_unit_pengumpulan_data", design.collectionUnits());
    }

    private void sample(SampleDesign sample) {
        put("v_jenis_rancangan_sampel", code(sample.stageType()));
        put("v_metode_pemilihan_sampel_tahap_terakhir", code(sample.lastStageSelection()));
        put("v_metode_yang_digunakan", code(sample.samplingMethod()));
        put("v_kerangka_sampel_tahap_terakhir", code(sample.samplingFrame()));
        put("v_fraksi_sampel_keseluruhan", sample.overallSamplingFraction());
        put("v_nilai_perkiraan_sampling_error_variabel_utama", sample.expectedSamplingError());
        put("v_unit_sampel", sample.samplingUnit());
        put("v_unit_observasi", sample.observationUnit());
        put("v_jumlah_responden", number(sample.respondentCount()));
    }

    private void collection(DataCollection collection) {
        put("vi_apakah_melakukan_uji_coba", yesNo(collection.pilotSurvey()));
        multi("vi_metode_pemeriksaan_kualitas_pengumpulan_data", collection.qualityCheckMethods());
        put("vi_apakah_melakukan_penyesuaian_nonrespon", yesNo(collection.nonresponseAdjustment()));
        put("vi_petugas_pengumpulan_data", code(collection.fieldStaffType()));
        put("vi_persyaratan_pendidikan_terendah_petugas_pengumpulan_data", code(collection.minFieldStaffEducation()));
        put("vi_jumlah_petugas_supervisor", number(collection.supervisorCount()));
        put("vi_jumlah_petugas_enumerator", number(collection.enumeratorCount()));
        put("vi_apakah_melakukan_pelatihan_petugas", yesNo(collection.fieldStaffTraining()));
    }

    private void processing(ProcessingAndAnalysis processing) {
        ProcessingSteps steps = processing.processingSteps();
        List<String> ticked = new ArrayList<>();
        addIf(ticked, steps.editing(), "EDITING");
        addIf(ticked, steps.coding(), "CODING");
        addIf(ticked, steps.dataEntry(), "DATA_ENTRY");
        addIf(ticked, steps.validation(), "VALIDASI");
        if (!ticked.isEmpty()) {
            values.put(profile.formField("vii_tahapan_pengolahan_data"), ticked);
        }
        put("vii_metode_analisis", code(processing.analysisMethod()));
        multi("vii_unit_analisis", processing.analysisUnits());
        multi("vii_tingkat_penyajian_hasil_analisis", processing.presentationLevels());
    }

    private static void addIf(List<String> ticked, Boolean step, String value) {
        if (Boolean.TRUE.equals(step)) {
            ticked.add(value);
        }
    }

    private <E extends Enum<E> & CodeList> void multi(String key, MultiChoice<E> choice) {
        List<String> ticked = choice.selected().stream().map(Enum::name).toList();
        if (!ticked.isEmpty()) {
            values.put(profile.formField(key), ticked);
        }
        if (ticked.contains(LAINNYA)) {
            put(key + "_lainnya", choice.otherText());
        }
    }

    private void put(String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(profile.formField(key), List.of(value));
        }
    }

    private void cell(String rowField, int index, String column, String value) {
        if (value != null && !value.isBlank()) {
            values.put(profile.formField(rowField) + "[" + index + "][" + column + "]", List.of(value));
        }
    }

    private static String code(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String yesNo(Boolean value) {
        return value == null ? null : value ? "YA" : "TIDAK";
    }

    private static String number(Integer value) {
        return value == null ? null : value.toString();
    }

    /** The first day of field work (R.3.3 Pengumpulan Data), if the schedule has one. */
    public static java.util.Optional<java.time.LocalDate> fieldWorkStart(MsKeg activity) {
        return activity.planning().schedule().ranges(SchedulePhase.PENGUMPULAN_DATA).stream()
                .map(DateRange::start).filter(Objects::nonNull).map(PartialDate::firstDay).min(
                        java.util.Comparator.naturalOrder());
    }
}
