package io.github.bpsconnector.testkit.romantik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlockValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);
    private static final Instansi DINKES = MasterInstansi.withDefaults().instansi("350901").orElseThrow();

    private final BlockValidator validator = new BlockValidator(TODAY);

    private BlockValidator.Result validate(int block, Map<String, List<String>> posted, FormValues stored) {
        return validator.validate(FormSchema.block(block), FormValues.of(posted), stored, DINKES);
    }

    @Test
    void everySampleBlockIsValid() {
        FormValues stored = FormValues.EMPTY;
        for (int n = 0; n <= 8; n++) {
            BlockValidator.Result result = validate(n, SampleForm.block(n, TODAY), stored);
            assertThat(result.errors()).as("Blok %d", n).isEmpty();
            stored = stored.overlaidBy(FormValues.of(result.values()));
        }
        assertThat(stored.first("iv_frekuensi_penyelanggara")).isEqualTo("TAHUNAN");
    }

    @Test
    void missingRequiredFieldsAreReportedByTheirFlatKeys() {
        BlockValidator.Result result = validate(0, Map.of("tahun", List.of("20x6")), FormValues.EMPTY);

        assertThat(result.errors()).containsOnlyKeys("judul_kegiatan", "tahun", "cara_pengumpulan_data");
        assertThat(result.errors().get("tahun")).contains("bilangan bulat");
    }

    @Test
    void fieldWorkBeforeTheDayOfFillingIsRefusedWithTheSopMessage() {
        Map<String, List<String>> posted = new LinkedHashMap<>(SampleForm.block(3, TODAY));
        posted.put("iii_jadwal_pengumpulan_data[0][awal]", List.of(TODAY.minusDays(1).toString()));
        posted.put("iii_jadwal_pengumpulan_data[1][awal]", List.of(TODAY.toString()));
        posted.put("iii_jadwal_pengumpulan_data[1][akhir]", List.of(TODAY.plusDays(1).toString()));

        BlockValidator.Result result = validate(3, posted, FormValues.EMPTY);

        assertThat(result.errors()).containsExactly(entry("iii_jadwal_pengumpulan_data[0][awal]",
                "Pelaksanaan lapangan hanya dapat diisi mulai tanggal pengisian"));
    }

    @Test
    void otherPhasesMayStartBeforeToday() {
        Map<String, List<String>> posted = new LinkedHashMap<>(SampleForm.block(3, TODAY));
        posted.put("iii_jadwal_perencanaan_kegiatan[0][awal]", List.of("2026-01-02"));

        assertThat(validate(3, posted, FormValues.EMPTY).errors()).isEmpty();
    }

    @Test
    void blankRowsAreDroppedAndTheRestRenumbered() {
        Map<String, List<String>> posted = new LinkedHashMap<>(SampleForm.block(3, TODAY));
        posted.put("iii_variabel[0][nama]", List.of(""));
        posted.put("iii_variabel[0][definisi]", List.of(" "));
        posted.put("iii_variabel[0][referensi_waktu]", List.of(""));
        posted.put("iii_variabel[7][nama]", List.of("Umur"));
        posted.put("iii_variabel[7][definisi]", List.of("Umur pasien"));
        posted.put("iii_variabel[7][referensi_waktu]", List.of("Saat wawancara"));
        posted.put("iii_variabel[12][nama]", List.of("Jenis kelamin"));
        posted.put("iii_variabel[12][definisi]", List.of("Jenis kelamin pasien"));
        posted.put("iii_variabel[12][referensi_waktu]", List.of("Saat wawancara"));

        BlockValidator.Result result = validate(3, posted, FormValues.EMPTY);

        assertThat(result.errors()).isEmpty();
        assertThat(result.values()).containsEntry("iii_variabel[0][nama]", List.of("Umur"))
                .containsEntry("iii_variabel[1][nama]", List.of("Jenis kelamin"))
                .doesNotContainKey("iii_variabel[2][nama]");
    }

    @Test
    void rowErrorsKeepThePostedIndexAndDateOrderIsChecked() {
        Map<String, List<String>> posted = new LinkedHashMap<>(SampleForm.block(3, TODAY));
        posted.put("iii_variabel[3][nama]", List.of("Umur"));
        posted.put("iii_jadwal_desain[0][akhir]", List.of("2026-01-01"));

        BlockValidator.Result result = validate(3, posted, FormValues.EMPTY);

        assertThat(result.errors()).containsOnlyKeys("iii_variabel[3][definisi]", "iii_variabel[3][referensi_waktu]",
                "iii_jadwal_desain[0][akhir]");
    }

    @Test
    void frequencyIsRequiredOnlyForARecurringActivityAndDroppedOtherwise() {
        Map<String, List<String>> posted = new LinkedHashMap<>(SampleForm.block(4, TODAY));
        posted.remove("iv_frekuensi_penyelanggara");
        assertThat(validate(4, posted, FormValues.EMPTY).errors()).containsOnlyKeys("iv_frekuensi_penyelanggara");

        posted.put("iv_kegiatan_ini_dilakukan", List.of("HANYA_SEKALI"));
        posted.put("iv_frekuensi_penyelanggara", List.of("TAHUNAN"));
        BlockValidator.Result once = validate(4, posted, FormValues.EMPTY);
        assertThat(once.errors()).isEmpty();
        assertThat(once.values()).doesNotContainKey("iv_frekuensi_penyelanggara");
    }

    @Test
    void lainnyaNeedsItsText() {
        Map<String, List<String>> posted = new LinkedHashMap<>(SampleForm.block(4, TODAY));
        posted.put("iv_unit_pengumpulan_data", List.of("INDIVIDU", "LAINNYA"));

        assertThat(validate(4, posted, FormValues.EMPTY).errors()).containsOnlyKeys("iv_unit_pengumpulan_data_lainnya");
    }

    @Test
    void unknownChoicesAreRefused() {
        Map<String, List<String>> posted = new LinkedHashMap<>(SampleForm.block(4, TODAY));
        posted.put("iv_metode_pengumpulan_data", List.of("WAWANCARA", "TELEPATI"));
        posted.put("iv_tipe_pengumpulan_data", List.of("2"));

        assertThat(validate(4, posted, FormValues.EMPTY).errors())
                .containsOnlyKeys("iv_metode_pengumpulan_data", "iv_tipe_pengumpulan_data");
    }

    @Test
    void samplingMethodMustMatchTheSelectionKindAndProbabilityFieldsApplyOnlyToProbabilitySamples() {
        Map<String, List<String>> posted = new LinkedHashMap<>(SampleForm.block(5, TODAY));
        posted.put("v_metode_yang_digunakan", List.of("PURPOSIVE_SAMPLING"));
        assertThat(validate(5, posted, FormValues.EMPTY).errors()).containsOnlyKeys("v_metode_yang_digunakan");

        posted.put("v_metode_pemilihan_sampel_tahap_terakhir", List.of("SAMPEL_NONPROBABILITAS"));
        BlockValidator.Result nonProbability = validate(5, posted, FormValues.EMPTY);
        assertThat(nonProbability.errors()).isEmpty();
        assertThat(nonProbability.values()).doesNotContainKeys("v_kerangka_sampel_tahap_terakhir",
                "v_fraksi_sampel_keseluruhan");
    }

    @Test
    void fieldStaffQuestionsDependOnTheModeChosenInBlokIv() {
        Map<String, List<String>> posted = new LinkedHashMap<>(SampleForm.block(6, TODAY));
        posted.remove("vi_jumlah_petugas_enumerator");
        FormValues capi = FormValues.of(Map.of("iv_sarana_pengumpulan_data", List.of("CAPI")));
        FormValues cawi = FormValues.of(Map.of("iv_sarana_pengumpulan_data", List.of("CAWI")));

        assertThat(validate(6, posted, capi).errors()).containsOnlyKeys("vi_jumlah_petugas_enumerator");
        assertThat(validate(6, posted, cawi).errors()).isEmpty();
    }

    @Test
    void blokIAndR21AreTakenFromTheProfileWhateverWasPosted() {
        BlockValidator.Result blokI = validate(1, SampleForm.block(1, TODAY), FormValues.EMPTY);
        BlockValidator.Result blokII = validate(2, Map.of("ii_unit_eselon2", List.of("Forged")), FormValues.EMPTY);

        assertThat(blokI.values()).containsEntry("i_instansi_penyelanggara",
                List.of("Dinas Kesehatan Kabupaten Jember"));
        assertThat(blokII.values()).containsEntry("ii_unit_eselon1", List.of("Pemerintah Kabupaten Jember"))
                .containsEntry("ii_unit_eselon2", List.of("Dinas Kesehatan Kabupaten Jember"));
    }

    @Test
    void emailAndRangeAreChecked() {
        Map<String, List<String>> posted = new LinkedHashMap<>(SampleForm.block(2, TODAY));
        posted.put("ii_pj_email", List.of("not-an-address"));
        Map<String, List<String>> identity = new LinkedHashMap<>(SampleForm.block(0, TODAY));
        identity.put("tahun", List.of("1999"));

        assertThat(validate(2, posted, FormValues.EMPTY).errors()).containsOnlyKeys("ii_pj_email");
        assertThat(validate(0, identity, FormValues.EMPTY).errors()).containsOnlyKeys("tahun");
    }
}
