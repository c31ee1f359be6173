package io.github.bpsconnector.testkit.romantik;

import static io.github.bpsconnector.testkit.romantik.FieldSpec.FieldType.CHECKBOX;
import static io.github.bpsconnector.testkit.romantik.FieldSpec.FieldType.DATE;
import static io.github.bpsconnector.testkit.romantik.FieldSpec.FieldType.DECIMAL;
import static io.github.bpsconnector.testkit.romantik.FieldSpec.FieldType.EMAIL;
import static io.github.bpsconnector.testkit.romantik.FieldSpec.FieldType.INTEGER;
import static io.github.bpsconnector.testkit.romantik.FieldSpec.FieldType.RADIO;
import static io.github.bpsconnector.testkit.romantik.FieldSpec.FieldType.SELECT;
import static io.github.bpsconnector.testkit.romantik.FieldSpec.FieldType.TEXT;
import static io.github.bpsconnector.testkit.romantik.FieldSpec.FieldType.TEXTAREA;

import io.github.bpsconnector.testkit.romantik.FieldSpec.Condition;
import io.github.bpsconnector.testkit.romantik.FieldSpec.Option;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The "Formulir Rekomendasi Kegiatan Statistik Sektoral" of the 2023 Romantik: Blok 0 (identity), Blok I–VIII as in
 * MS-Keg, Blok IX (supporting files, handled by uploads). Field names are INDAH flat keys
 * ({@code metadata-forms.md} §2); choices are INDAH enum names.
 */
final class FormSchema {

    /** The collection method that makes Blok V apply. */
    static final String SURVEI = "SURVEI";
    static final String CARA_PENGUMPULAN = "cara_pengumpulan_data";
    static final String JADWAL_PENGUMPULAN = "iii_jadwal_pengumpulan_data";
    static final int BLOK_DESAIN_SAMPEL = 5;
    static final int BLOK_BERKAS = 9;
    static final int LAST_BLOCK = 9;

    private static final Option YA = new Option("YA", "Ya");
    private static final Option TIDAK = new Option("TIDAK", "Tidak");
    private static final Option LAINNYA = new Option("LAINNYA", "Lainnya (sebutkan)");

    private static final List<FormBlock> BLOCKS = List.of(
            blok0(), blok1(), blok2(), blok3(), blok4(), blok5(), blok6(), blok7(), blok8(),
            new FormBlock(BLOK_BERKAS, "IX", "Berkas Pendukung", List.of()));

    private FormSchema() {
    }

    /** One block of the form: its number (0–9), roman numeral, title and fields. */
    record FormBlock(int number, String roman, String title, List<FieldSpec> fields) {

        /** Whether a posted or stored name belongs to one of this block's fields. */
        boolean owns(String name) {
            for (FieldSpec field : fields) {
                if (name.equals(field.name()) || name.startsWith(field.name() + "[")) {
                    return true;
                }
            }
            return false;
        }

        String heading() {
            return number == 0 ? "Blok 0. " + title : "Blok " + roman + ". " + title;
        }
    }

    static List<FormBlock> blocks() {
        return BLOCKS;
    }

    /** The block with this number, or {@code null} when there is none. */
    static FormBlock block(int number) {
        return number >= 0 && number < BLOCKS.size() ? BLOCKS.get(number) : null;
    }

    /** Whether Blok n applies to a submission with these values (Blok V only for a survey, rule C3). */
    static boolean applies(int number, FormValues values) {
        return number != BLOK_DESAIN_SAMPEL || SURVEI.equals(values.first(CARA_PENGUMPULAN));
    }

    /** The block after {@code number} that applies, or {@code -1} after Blok IX. */
    static int next(int number, FormValues values) {
        for (int n = number + 1; n <= LAST_BLOCK; n++) {
            if (applies(n, values)) {
                return n;
            }
        }
        return -1;
    }

    private static FormBlock blok0() {
        return new FormBlock(0, "0", "Identitas Kegiatan", List.of(
                FieldSpec.of("judul_kegiatan", "Judul Kegiatan", TEXT, true),
                FieldSpec.of("tahun", "Tahun", INTEGER, true).range(2000, 2100),
                FieldSpec.choice(CARA_PENGUMPULAN, "Cara Pengumpulan Data", SELECT, true,
                        new Option("PENCACAHAN_LENGKAP", "Pencacahan Lengkap"),
                        new Option(SURVEI, "Survei"),
                        new Option("KOMPILASI_PRODUK_ADMINISTRASI", "Kompilasi Produk Administrasi"),
                        new Option("CARA_LAIN_SESUAI_DENGAN_PERKEMBANGAN_TI",
                                "Cara lain sesuai dengan perkembangan TI"))));
    }

    private static FormBlock blok1() {
        return new FormBlock(1, "I", "Penyelenggara", List.of(
                FieldSpec.profile("i_instansi_penyelanggara", "R.1.1 Instansi Penyelenggara", Instansi::nama),
                FieldSpec.profile("i_alamat", "R.1.2 Alamat Lengkap Instansi Penyelenggara", Instansi::alamat),
                FieldSpec.profile("i_telepon", "R.1.2 Telepon", Instansi::telepon),
                FieldSpec.profile("i_faksimile", "R.1.2 Faksimile", instansi -> "-"),
                FieldSpec.profile("i_email", "R.1.2 E-mail", Instansi::email)));
    }

    private static FormBlock blok2() {
        return new FormBlock(2, "II", "Penanggung Jawab", List.of(
                FieldSpec.profile("ii_unit_eselon1", "R.2.1 Unit Eselon Penanggung Jawab: Eselon 1", Instansi::induk),
                FieldSpec.profile("ii_unit_eselon2", "R.2.1 Unit Eselon Penanggung Jawab: Eselon 2", Instansi::nama),
                FieldSpec.of("ii_pj_nama", "R.2.2 Penanggung Jawab Teknis: Nama", TEXT, true),
                FieldSpec.of("ii_pj_jabatan", "R.2.2 Jabatan", TEXT, true),
                FieldSpec.of("ii_pj_alamat", "R.2.2 Alamat", TEXT, true),
                FieldSpec.of("ii_pj_telepon", "R.2.2 Telepon", TEXT, true),
                FieldSpec.of("ii_pj_faksimile", "R.2.2 Faksimile", TEXT, false),
                FieldSpec.of("ii_pj_email", "R.2.2 E-mail", EMAIL, true)));
    }

    private static FormBlock blok3() {
        List<FieldSpec> fields = new ArrayList<>(List.of(
                FieldSpec.of("iii_latar_belakang_kegiatan", "R.3.1 Latar Belakang Kegiatan", TEXTAREA, true),
                FieldSpec.of("iii_tujuan_kegiatan", "R.3.2 Tujuan Kegiatan", TEXTAREA, true)));
        String[][] phases = {
            {"iii_jadwal_perencanaan_kegiatan", "Perencanaan Kegiatan"},
            {"iii_jadwal_desain", "Desain"},
            {JADWAL_PENGUMPULAN, "Pengumpulan Data"},
            {"iii_jadwal_pengolahan_data", "Pengolahan Data"},
            {"iii_jadwal_analisis", "Analisis"},
            {"iii_jadwal_diseminasi_hasil", "Diseminasi Hasil"},
            {"iii_jadwal_evaluasi", "Evaluasi"},
        };
        for (String[] phase : phases) {
            FieldSpec awal = FieldSpec.of("awal", "Awal", DATE, true);
            fields.add(FieldSpec.rows(phase[0], "R.3.3 Rencana Jadwal: " + phase[1], true,
                    JADWAL_PENGUMPULAN.equals(phase[0]) ? awal.refusingBackdate() : awal,
                    FieldSpec.of("akhir", "Akhir", DATE, true)));
        }
        fields.add(FieldSpec.rows("iii_variabel", "R.3.4 Variabel (Karakteristik) yang Dikumpulkan", true,
                FieldSpec.of("nama", "Nama Variabel", TEXT, true),
                FieldSpec.of("definisi", "Definisi", TEXT, true),
                FieldSpec.of("referensi_waktu", "Referensi Waktu", TEXT, true)));
        return new FormBlock(3, "III", "Perencanaan dan Persiapan", fields);
    }

    private static FormBlock blok4() {
        return new FormBlock(4, "IV", "Desain Kegiatan", List.of(
                FieldSpec.choice("iv_kegiatan_ini_dilakukan", "R.4.1 Kegiatan ini dilakukan", RADIO, true,
                        new Option("HANYA_SEKALI", "Hanya sekali"), new Option("BERULANG", "Berulang")),
                FieldSpec.choice("iv_frekuensi_penyelanggara", "R.4.2 Frekuensi Penyelenggaraan", SELECT, false,
                        new Option("HARIAN", "Harian"), new Option("MINGGUAN", "Mingguan"),
                        new Option("BULANAN", "Bulanan"), new Option("TRIWULANAN", "Triwulanan"),
                        new Option("EMPAT_BULANAN", "Empat Bulanan"), new Option("SEMESTERAN", "Semesteran"),
                        new Option("TAHUNAN", "Tahunan"), new Option("LEBIH_DARI_DUA_TAHUNAN", "≥ Dua Tahunan"))
                        .when(Condition.of("iv_kegiatan_ini_dilakukan", "BERULANG")),
                FieldSpec.choice("iv_tipe_pengumpulan_data", "R.4.3 Tipe Pengumpulan Data", RADIO, true,
                        new Option("LONGITUDINAL_PANEL", "Longitudinal Panel"),
                        new Option("CROSS_SECTIONAL", "Cross Sectional"),
                        new Option("LONGITUDINAL_CROSS_SECTIONAL", "Longitudinal Cross Sectional")),
                FieldSpec.choice("iv_cakupan_wilayah_pengumpulan_data", "R.4.4 Cakupan Wilayah Pengumpulan Data",
                        RADIO, true,
                        new Option("SELURUH_WILAYAH_INDONESIA", "Seluruh wilayah Indonesia"),
                        new Option("SEBAGIAN_WILAYAH_INDONESIA", "Sebagian wilayah Indonesia")),
                FieldSpec.rows("iv_sebagian_cakupan_wilayah_pengumpulan_data", "R.4.5 Wilayah Kegiatan", false,
                        FieldSpec.of("provinsi", "Provinsi", TEXT, true),
                        FieldSpec.of("kabupaten_kota", "Kabupaten/Kota", TEXT, false))
                        .when(Condition.of("iv_cakupan_wilayah_pengumpulan_data", "SEBAGIAN_WILAYAH_INDONESIA")),
                multiChoice("iv_metode_pengumpulan_data", "R.4.6 Metode Pengumpulan Data",
                        new Option("WAWANCARA", "Wawancara"),
                        new Option("MENGISI_KUESIONER_SENDIRI", "Mengisi kuesioner sendiri (swacacah)"),
                        new Option("PENGAMATAN", "Pengamatan (observasi)"),
                        new Option("PENGUMPULAN_DATA_SEKUNDER", "Pengumpulan data sekunder")),
                lainnya("iv_metode_pengumpulan_data"),
                multiChoice("iv_sarana_pengumpulan_data", "R.4.7 Sarana Pengumpulan Data",
                        new Option("PAPI", "Pencil and Paper Interviewing (PAPI)"),
                        new Option("CAPI", "Computer Assisted Personal Interviewing (CAPI)"),
                        new Option("CATI", "Computer Assisted Telephones Interviewing (CATI)"),
                        new Option("CAWI", "Computer Aided Web Interviewing (CAWI)"),
                        new Option("MAIL", "Mail")),
                lainnya("iv_sarana_pengumpulan_data"),
                multiChoice("iv_unit_pengumpulan_data", "R.4.8 Unit Pengumpulan Data",
                        new Option("INDIVIDU", "Individu"), new Option("RUMAH_TANGGA", "Rumah tangga"),
                        new Option("USAHA_ATAU_PERUSAHAAN", "Usaha/perusahaan")),
                lainnya("iv_unit_pengumpulan_data")));
    }

    private static FormBlock blok5() {
        String pemilihan = "v_metode_pemilihan_sampel_tahap_terakhir";
        String probabilitas = "SAMPEL_PROBABILITAS";
        String nonprobabilitas = "SAMPEL_NONPROBABILITAS";
        Condition probabilityOnly = Condition.of(pemilihan, probabilitas);
        return new FormBlock(BLOK_DESAIN_SAMPEL, "V", "Desain Sampel", List.of(
                FieldSpec.choice("v_jenis_rancangan_sampel", "R.5.1 Jenis Rancangan Sampel", RADIO, true,
                        new Option("SINGLE_STAGE_ATAU_PHASE", "Single Stage/Phase"),
                        new Option("MULTI_STAGE_ATAU_PHASE", "Multi Stage/Phase")),
                FieldSpec.choice(pemilihan, "R.5.2 Metode Pemilihan Sampel Tahap Terakhir", RADIO, true,
                        new Option(probabilitas, "Sampel Probabilitas"),
                        new Option(nonprobabilitas, "Sampel Nonprobabilitas")),
                FieldSpec.choice("v_metode_yang_digunakan", "R.5.3 Metode yang Digunakan", SELECT, true,
                        new Option("SIMPLE_RANDOM_SAMPLING", "Simple Random Sampling", probabilitas),
                        new Option("SYSTEMATIC_RANDOM_SAMPLING", "Systematic Random Sampling", probabilitas),
                        new Option("STRATIFIED_RANDOM_SAMPLING", "Stratified Random Sampling", probabilitas),
                        new Option("CLUSTER_SAMPLING", "Cluster Sampling", probabilitas),
                        new Option("PROBABILITY_PROPORTIONAL_TO_SIZE", "Probability Proportional to Size",
                                probabilitas),
                        new Option("QUOTA_SAMPLING", "Quota Sampling", nonprobabilitas),
                        new Option("ACCIDENTAL_SAMPLING", "Accidental Sampling", nonprobabilitas),
                        new Option("PURPOSIVE_SAMPLING", "Purposive Sampling", nonprobabilitas),
                        new Option("SNOWBALL_SAMPLING", "Snowball Sampling", nonprobabilitas),
                        new Option("SATURATION_SAMPLING", "Saturation Sampling", nonprobabilitas))
                        .groupedBy(pemilihan),
                FieldSpec.choice("v_kerangka_sampel_tahap_terakhir", "R.5.4 Kerangka Sampel Tahap Terakhir", RADIO,
                        false, new Option("LIST_FRAME", "List frame"), new Option("AREA_FRAME", "Area frame"))
                        .when(probabilityOnly),
                FieldSpec.of("v_fraksi_sampel_keseluruhan", "R.5.5 Fraksi Sampel Keseluruhan", DECIMAL, false)
                        .when(probabilityOnly),
                FieldSpec.of("v_nilai_perkiraan_sampling_error_variabel_utama",
                        "R.5.6 Nilai Perkiraan Sampling Error Variabel Utama", DECIMAL, false).when(probabilityOnly),
                FieldSpec.of("v_unit_sampel", "R.5.7 Unit Sampel", TEXT, true),
                FieldSpec.of("v_unit_observasi", "R.5.8 Unit Observasi", TEXT, true),
                FieldSpec.of("v_jumlah_responden", "R.5.9 Jumlah Responden", INTEGER, true).range(1, 100_000_000)));
    }

    private static FormBlock blok6() {
        Condition interviewing = Condition.of("iv_sarana_pengumpulan_data", "PAPI", "CAPI", "CATI");
        return new FormBlock(6, "VI", "Pengumpulan Data", List.of(
                FieldSpec.choice("vi_apakah_melakukan_uji_coba", "R.6.1 Apakah Melakukan Uji Coba (Pilot Survey)?",
                        RADIO, true, YA, TIDAK),
                multiChoice("vi_metode_pemeriksaan_kualitas_pengumpulan_data",
                        "R.6.2 Metode Pemeriksaan Kualitas Pengumpulan Data",
                        new Option("KUNJUNGAN_KEMBALI", "Kunjungan kembali (revisit)"),
                        new Option("SUPERVISI", "Supervisi"), new Option("TASK_FORCE", "Task Force")),
                lainnya("vi_metode_pemeriksaan_kualitas_pengumpulan_data"),
                FieldSpec.choice("vi_apakah_melakukan_penyesuaian_nonrespon",
                        "R.6.3 Apakah Melakukan Penyesuaian Nonrespon?", RADIO, true, YA, TIDAK),
                FieldSpec.choice("vi_petugas_pengumpulan_data", "R.6.4 Petugas Pengumpulan Data", SELECT, false,
                        new Option("STAF_INSTANSI_PENYELENGGARA", "Staf instansi penyelenggara"),
                        new Option("MITRA_ATAU_TENAGA_KONTRAK", "Mitra/tenaga kontrak"),
                        new Option("STAF_INSTANSI_PENYELENGGARA_DAN_MITRA_ATAU_TENAGA_KONTRAK",
                                "Staf instansi penyelenggara dan mitra/tenaga kontrak")).when(interviewing),
                FieldSpec.choice("vi_persyaratan_pendidikan_terendah_petugas_pengumpulan_data",
                        "R.6.5 Persyaratan Pendidikan Terendah Petugas Pengumpulan Data", SELECT, false,
                        new Option("KURANG_DARI_ATAU_SAMA_DENGAN_SMP", "≤ SMP"),
                        new Option("SMA_ATAU_SMK", "SMA/SMK"),
                        new Option("DIPLOMA_I_ATAU_II_ATAU_III", "Diploma I/II/III"),
                        new Option("DIPLOMA_IV_ATAU_S1_ATAU_S2_ATAU_S3", "Diploma IV/S1/S2/S3")).when(interviewing),
                FieldSpec.of("vi_jumlah_petugas_supervisor", "R.6.6 Jumlah Petugas: Supervisor/penyelia/pengawas",
                        INTEGER, false).range(0, 1_000_000).when(interviewing),
                FieldSpec.of("vi_jumlah_petugas_enumerator", "R.6.6 Jumlah Petugas: Pengumpul data/enumerator",
                        INTEGER, false).range(0, 1_000_000).when(interviewing),
                FieldSpec.choice("vi_apakah_melakukan_pelatihan_petugas", "R.6.7 Apakah Melakukan Pelatihan Petugas?",
                        RADIO, false, YA, TIDAK).when(interviewing)));
    }

    private static FormBlock blok7() {
        return new FormBlock(7, "VII", "Pengolahan dan Analisis", List.of(
                FieldSpec.choice("vii_tahapan_pengolahan_data", "R.7.1 Tahapan Pengolahan Data", CHECKBOX, false,
                        new Option("EDITING", "Penyuntingan (Editing)"), new Option("CODING", "Penyandian (Coding)"),
                        new Option("DATA_ENTRY", "Data Entry"), new Option("VALIDASI", "Penyahihan (Validasi)")),
                FieldSpec.choice("vii_metode_analisis", "R.7.2 Metode Analisis", RADIO, true,
                        new Option("DESKRIPTIF", "Deskriptif"), new Option("INFERENSIA", "Inferensia"),
                        new Option("DESKRIPTIF_DAN_INFERENSIA", "Deskriptif dan Inferensia")),
                multiChoice("vii_unit_analisis", "R.7.3 Unit Analisis",
                        new Option("INDIVIDU", "Individu"), new Option("RUMAH_TANGGA", "Rumah tangga"),
                        new Option("USAHA_ATAU_PERUSAHAAN", "Usaha/perusahaan")),
                lainnya("vii_unit_analisis"),
                multiChoice("vii_tingkat_penyajian_hasil_analisis", "R.7.4 Tingkat Penyajian Hasil Analisis",
                        new Option("NASIONAL", "Nasional"), new Option("PROVINSI", "Provinsi"),
                        new Option("KABUPATEN_ATAU_KOTA", "Kabupaten/Kota"), new Option("KECAMATAN", "Kecamatan")),
                lainnya("vii_tingkat_penyajian_hasil_analisis")));
    }

    private static FormBlock blok8() {
        return new FormBlock(8, "VIII", "Diseminasi Hasil", List.of(
                FieldSpec.choice("viii_ketersediaan_produk_tercetak", "R.8.1 Produk Tercetak (hardcopy)", RADIO, true,
                        YA, TIDAK),
                FieldSpec.choice("viii_ketersediaan_produk_digital", "R.8.1 Produk Digital (softcopy)", RADIO, true,
                        YA, TIDAK),
                FieldSpec.choice("viii_ketersediaan_produk_mikrodata", "R.8.1 Data Mikro", RADIO, true, YA, TIDAK)));
    }

    /** A required multi-choice group whose last choice is "Lainnya (sebutkan)". */
    private static FieldSpec multiChoice(String name, String label, Option... options) {
        Option[] withOther = Arrays.copyOf(options, options.length + 1);
        withOther[options.length] = LAINNYA;
        return FieldSpec.choice(name, label, CHECKBOX, true, withOther);
    }

    /** The "sebutkan" text of a multi-choice group, required when "Lainnya" is ticked (rule C8). */
    private static FieldSpec lainnya(String group) {
        return FieldSpec.of(group + "_lainnya", "Lainnya, sebutkan", TEXT, false)
                .when(Condition.of(group, LAINNYA.value()));
    }
}
