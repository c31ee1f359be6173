package io.github.bpsconnector.examples.cli;

import io.github.bpsconnector.metadata.io.MetadataTemplates;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A large INDAH report as an official would type it: the project's XLSX template ({@link MetadataTemplates})
 * filled with POI, by header, with one MS-Keg of Dinas Kesehatan Kabupaten Jember and many MS-Var and MS-Ind.
 */
final class BulkWorkbook {

    static final String INSTANSI = "Dinas Kesehatan Kabupaten Jember";

    private BulkWorkbook() {
    }

    /** Writes the workbook to {@code target}; the kegiatan is planned around {@code today} (no backdating). */
    static void write(Path target, String title, LocalDate today, int variables, int indicators)
            throws IOException {
        Path template = Files.createTempFile(target.getParent(), "templat-", ".xlsx");
        try {
            MetadataTemplates.writeXlsx(template);
            try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                fill(workbook.getSheet("ms_kegiatan"), List.of(kegiatan(title, today)));
                fill(workbook.getSheet("ms_kegiatan_variabel"), List.of(row("judul_kegiatan", title,
                        "nama", "Variabel Uji 1", "konsep", "Kepuasan Layanan", "definisi",
                        "Penilaian responden atas layanan.", "referensi_waktu", "Saat pencacahan")));
                fill(workbook.getSheet("ms_variabel"), java.util.stream.IntStream.rangeClosed(1, variables)
                        .mapToObj(i -> variable(title, i)).toList());
                fill(workbook.getSheet("ms_indikator"), java.util.stream.IntStream.rangeClosed(1, indicators)
                        .mapToObj(i -> indicator(title, i)).toList());
                try (OutputStream out = Files.newOutputStream(target)) {
                    workbook.write(out);
                }
            }
        } finally {
            Files.deleteIfExists(template);
        }
    }

    private static Map<String, Object> kegiatan(String title, LocalDate today) {
        return row("judul_kegiatan", title, "tahun", today.getYear(), "jenis_statistik", "Statistik Sektoral",
                "cara_pengumpulan_data", "Survei", "sektor_kegiatan", "Kesehatan",
                "apakah_mendapat_rekomendasi_bps", "Tidak",
                "i_instansi_penyelanggara", INSTANSI, "i_alamat", "Jl. Sudarman No. 1, Jember",
                "i_telepon", "(0331) 487552", "i_faksimile", "-", "i_email", "dinkes@jemberkab.example",
                "ii_unit_eselon2", "Bidang Pelayanan Kesehatan", "ii_pj_nama", "Petugas Contoh",
                "ii_pj_jabatan", "Kepala Seksi Pelayanan Kesehatan", "ii_pj_alamat", "Jl. Sudarman No. 1, Jember",
                "ii_pj_telepon", "(0331) 487552", "ii_pj_email", "dinkes@jemberkab.example",
                "iii_latar_belakang_kegiatan", "Pemerintah daerah memerlukan data kepuasan layanan.",
                "iii_tujuan_kegiatan", "Mengukur kepuasan masyarakat terhadap layanan puskesmas.",
                "iii_jadwal_perencanaan_kegiatan_awal", day(today, -28),
                "iii_jadwal_perencanaan_kegiatan_akhir", day(today, -1),
                "iii_jadwal_desain_awal", day(today, -14), "iii_jadwal_desain_akhir", day(today, 14),
                "iii_jadwal_pengumpulan_data_awal", day(today, 42), "iii_jadwal_pengumpulan_data_akhir", day(today, 70),
                "iii_jadwal_pengolahan_data_awal", day(today, 71), "iii_jadwal_pengolahan_data_akhir", day(today, 100),
                "iii_jadwal_analisis_awal", day(today, 101), "iii_jadwal_analisis_akhir", day(today, 120),
                "iii_jadwal_diseminasi_hasil_awal", day(today, 121), "iii_jadwal_diseminasi_hasil_akhir",
                day(today, 150), "iii_jadwal_evaluasi_awal", day(today, 151), "iii_jadwal_evaluasi_akhir",
                day(today, 165),
                "iv_kegiatan_ini_dilakukan", "Berulang", "iv_frekuensi_penyelanggara", "TAHUNAN",
                "iv_tipe_pengumpulan_data", "Cross Sectional",
                "iv_cakupan_wilayah_pengumpulan_data", "Seluruh wilayah Indonesia",
                "iv_metode_pengumpulan_data", "Wawancara", "iv_sarana_pengumpulan_data", "capi",
                "iv_unit_pengumpulan_data", "Individu",
                "v_jenis_rancangan_sampel", "Single Stage/Phase", "v_metode_pemilihan_sampel_tahap_terakhir",
                "Sampel Probabilitas", "v_metode_yang_digunakan", "Systematic Random Sampling",
                "v_kerangka_sampel_tahap_terakhir", "List frame", "v_fraksi_sampel_keseluruhan", "0.05",
                "v_nilai_perkiraan_sampling_error_variabel_utama", "5",
                "v_unit_sampel", "Individu", "v_unit_observasi", "Individu", "v_jumlah_responden", 400,
                "vi_apakah_melakukan_uji_coba", "Ya",
                "vi_metode_pemeriksaan_kualitas_pengumpulan_data", "Supervisi",
                "vi_apakah_melakukan_penyesuaian_nonrespon", "Tidak",
                "vi_petugas_pengumpulan_data", "Mitra/Tenaga Kontrak",
                "vi_persyaratan_pendidikan_terendah_petugas_pengumpulan_data", "SMA/SMK",
                "vi_jumlah_petugas_supervisor", 2, "vi_jumlah_petugas_enumerator", 10,
                "vi_apakah_melakukan_pelatihan_petugas", "Ya",
                "vii_tahapan_pengolahan_data_editing", "Ya", "vii_tahapan_pengolahan_data_coding", "Ya",
                "vii_tahapan_pengolahan_data_data_entry", "Ya", "vii_tahapan_pengolahan_data_validasi", "Ya",
                "vii_metode_analisis", "Deskriptif", "vii_unit_analisis", "Individu",
                "vii_tingkat_penyajian_hasil_analisis", "Nasional",
                "viii_ketersediaan_produk_tercetak", "Tidak", "viii_ketersediaan_produk_digital", "Ya",
                "viii_ketersediaan_produk_mikrodata", "Tidak",
                "viii_rencana_jadwal_rilis_produk_digital", day(today, 150));
    }

    private static Map<String, Object> variable(String title, int i) {
        return row("judul_kegiatan", title, "penyelenggara", INSTANSI, "no", i,
                "nama", "Variabel Uji " + i, "alias", "V" + i, "konsep", "Kepuasan Layanan",
                "definisi", "Variabel Uji " + i + " adalah penilaian responden atas layanan ke-" + i + ".",
                "referensi_pemilihan", "Peraturan Menteri PANRB Nomor 14 Tahun 2017",
                "referensi_waktu", "Saat pencacahan", "tipe_data", "Integer",
                "value_domain", "1 = kurang\n2 = cukup\n3 = baik",
                "aturan_validasi", "Isian harus salah satu kode 1 sampai 3",
                "kalimat_pertanyaan", "Bagaimana penilaian Anda tentang layanan ke-" + i + "?",
                "apakah_variabel_bisa_diakses_umum", "Ya");
    }

    private static Map<String, Object> indicator(String title, int i) {
        return row("judul_kegiatan", title, "penyelenggara", INSTANSI, "no", i, "nama", "Indikator Uji " + i,
                "konsep", "Kepuasan Layanan",
                "definisi", "Persentase responden yang menilai layanan ke-" + i + " baik.",
                "interpretasi", "Semakin tinggi persentase, semakin baik keadaannya.",
                "metode_perhitungan", "Jumlah responden dengan penilaian baik dibagi jumlah responden dikali 100.",
                "ukuran", "Persentase", "satuan", "Persen", "variabel_disaggregasi", "Kecamatan",
                "apakah_indikator_komposit", "Tidak", "kegiatan_penghasil", title,
                "variabel_pembangun", "Variabel Uji " + i, "level_estimasi", "Kabupaten/Kota",
                "apakah_indikator_bisa_diakses_umum", "Ya");
    }

    private static String day(LocalDate today, int offset) {
        return today.plusDays(offset).toString();
    }

    private static void fill(Sheet sheet, List<Map<String, Object>> rows) {
        Map<String, Integer> columns = new HashMap<>();
        for (Cell cell : sheet.getRow(0)) {
            columns.put(cell.getStringCellValue(), cell.getColumnIndex());
        }
        int r = 1;
        for (Map<String, Object> values : rows) {
            Row row = sheet.createRow(r++);
            values.forEach((key, value) -> {
                Integer col = columns.get(key);
                if (col == null) {
                    throw new IllegalArgumentException(sheet.getSheetName() + " has no column " + key);
                }
                if (value instanceof Number n) {
                    row.createCell(col).setCellValue(n.doubleValue());
                } else {
                    row.createCell(col).setCellValue(value.toString());
                }
            });
        }
    }

    private static Map<String, Object> row(Object... keyValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            row.put((String) keyValues[i], keyValues[i + 1]);
        }
        return row;
    }
}
