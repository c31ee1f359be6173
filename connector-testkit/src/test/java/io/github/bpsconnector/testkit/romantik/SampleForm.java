package io.github.bpsconnector.testkit.romantik;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A complete, valid form for a survey by Dinas Kesehatan Kabupaten Jember, block by block, as posted. */
final class SampleForm {

    static final String JUDUL = "Survei Kepuasan Pasien Puskesmas Kabupaten Jember 2026";

    private SampleForm() {
    }

    /** The values of Blok {@code n} (0–8) with field work starting 30 days after {@code today}. */
    static Map<String, List<String>> block(int n, LocalDate today) {
        Map<String, List<String>> v = new LinkedHashMap<>();
        switch (n) {
            case 0 -> {
                put(v, "judul_kegiatan", JUDUL);
                put(v, "tahun", "2026");
                put(v, "cara_pengumpulan_data", "SURVEI");
            }
            case 1 -> put(v, "i_instansi_penyelanggara", "ignored: filled from the profile");
            case 2 -> {
                put(v, "ii_pj_nama", "dr. Siti Aminah");
                put(v, "ii_pj_jabatan", "Kepala Bidang Pelayanan Kesehatan");
                put(v, "ii_pj_alamat", "Jl. Srikoyo No. 1, Jember");
                put(v, "ii_pj_telepon", "0331-000001");
                put(v, "ii_pj_email", "yankes@jemberkab.example");
            }
            case 3 -> {
                put(v, "iii_latar_belakang_kegiatan", "Puskesmas perlu mengukur kepuasan pasien.");
                put(v, "iii_tujuan_kegiatan", "Mengukur indeks kepuasan pasien per puskesmas.");
                String[] phases = {"iii_jadwal_perencanaan_kegiatan", "iii_jadwal_desain",
                    "iii_jadwal_pengumpulan_data", "iii_jadwal_pengolahan_data", "iii_jadwal_analisis",
                    "iii_jadwal_diseminasi_hasil", "iii_jadwal_evaluasi"};
                for (int i = 0; i < phases.length; i++) {
                    LocalDate start = today.plusDays(10L * i + (i >= 2 ? 10 : 0));
                    put(v, phases[i] + "[0][awal]", start.toString());
                    put(v, phases[i] + "[0][akhir]", start.plusDays(9).toString());
                }
                put(v, "iii_variabel[0][nama]", "Tingkat kepuasan");
                put(v, "iii_variabel[0][definisi]", "Penilaian pasien atas layanan");
                put(v, "iii_variabel[0][referensi_waktu]", "Kunjungan terakhir");
            }
            case 4 -> {
                put(v, "iv_kegiatan_ini_dilakukan", "BERULANG");
                put(v, "iv_frekuensi_penyelanggara", "TAHUNAN");
                put(v, "iv_tipe_pengumpulan_data", "CROSS_SECTIONAL");
                put(v, "iv_cakupan_wilayah_pengumpulan_data", "SEBAGIAN_WILAYAH_INDONESIA");
                put(v, "iv_sebagian_cakupan_wilayah_pengumpulan_data[0][provinsi]", "Jawa Timur");
                put(v, "iv_sebagian_cakupan_wilayah_pengumpulan_data[0][kabupaten_kota]", "Kabupaten Jember");
                v.put("iv_metode_pengumpulan_data", List.of("WAWANCARA", "PENGAMATAN"));
                put(v, "iv_sarana_pengumpulan_data", "CAPI");
                put(v, "iv_unit_pengumpulan_data", "INDIVIDU");
            }
            case 5 -> {
                put(v, "v_jenis_rancangan_sampel", "SINGLE_STAGE_ATAU_PHASE");
                put(v, "v_metode_pemilihan_sampel_tahap_terakhir", "SAMPEL_PROBABILITAS");
                put(v, "v_metode_yang_digunakan", "SYSTEMATIC_RANDOM_SAMPLING");
                put(v, "v_kerangka_sampel_tahap_terakhir", "LIST_FRAME");
                put(v, "v_fraksi_sampel_keseluruhan", "0.05");
                put(v, "v_nilai_perkiraan_sampling_error_variabel_utama", "0.02");
                put(v, "v_unit_sampel", "Pasien");
                put(v, "v_unit_observasi", "Pasien");
                put(v, "v_jumlah_responden", "1500");
            }
            case 6 -> {
                put(v, "vi_apakah_melakukan_uji_coba", "YA");
                put(v, "vi_metode_pemeriksaan_kualitas_pengumpulan_data", "SUPERVISI");
                put(v, "vi_apakah_melakukan_penyesuaian_nonrespon", "TIDAK");
                put(v, "vi_petugas_pengumpulan_data", "STAF_INSTANSI_PENYELENGGARA");
                put(v, "vi_persyaratan_pendidikan_terendah_petugas_pengumpulan_data", "SMA_ATAU_SMK");
                put(v, "vi_jumlah_petugas_supervisor", "5");
                put(v, "vi_jumlah_petugas_enumerator", "50");
                put(v, "vi_apakah_melakukan_pelatihan_petugas", "YA");
            }
            case 7 -> {
                v.put("vii_tahapan_pengolahan_data", List.of("EDITING", "VALIDASI"));
                put(v, "vii_metode_analisis", "DESKRIPTIF");
                put(v, "vii_unit_analisis", "INDIVIDU");
                put(v, "vii_tingkat_penyajian_hasil_analisis", "KABUPATEN_ATAU_KOTA");
            }
            case 8 -> {
                put(v, "viii_ketersediaan_produk_tercetak", "TIDAK");
                put(v, "viii_ketersediaan_produk_digital", "YA");
                put(v, "viii_ketersediaan_produk_mikrodata", "TIDAK");
            }
            default -> throw new IllegalArgumentException("Blok " + n);
        }
        return v;
    }

    static FormValues values(int n, LocalDate today) {
        return FormValues.of(block(n, today));
    }

    /** The smallest valid PDF header plus some bytes. */
    static byte[] pdf(String marker) {
        return ("%PDF-1.4\n% " + marker + "\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static void put(Map<String, List<String>> v, String name, String value) {
        v.put(name, List.of(value));
    }
}
