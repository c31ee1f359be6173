package io.github.bpsconnector.metadata.io;

import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The {@code petunjuk} sheet of the XLSX template: how to fill it, in Indonesian, then every column of every sheet
 * with its form item and format, then the formula symbols that become LaTeX. Generated from the layouts, so it
 * always matches what the importer reads.
 */
final class TemplateInstructions {

    static final List<String> RULES = List.of(
            "Isi satu baris per kegiatan di lembar ms_kegiatan, satu baris per variabel di ms_variabel dan satu "
                    + "baris per indikator di ms_indikator. Baris 1 adalah judul kolom: jangan diubah.",
            "Kolom judul_kegiatan di setiap lembar menghubungkan baris ke kegiatannya: tulis sama persis dengan "
                    + "judul_kegiatan di ms_kegiatan (huruf besar/kecil harus sama; spasi berlebih diabaikan). "
                    + "Setiap judul_kegiatan di ms_kegiatan harus unik.",
            "R.3.4 Variabel yang Dikumpulkan diisi di lembar ms_kegiatan_variabel dan R.4.5 Wilayah Kegiatan di "
                    + "ms_kegiatan_wilayah, satu baris per entri, juga dengan judul_kegiatan.",
            "Tanggal ditulis yyyy-MM-dd (mis. 2018-08-15), atau yyyy-MM bila hanya bulan dan tahun (mis. 2018-08).",
            "Jadwal R.3.3: setiap tahap punya kolom _awal dan _akhir. Beberapa putaran ditulis dipisah titik koma "
                    + "(;) dalam urutan yang sama di kedua kolom, mis. awal 2018-02;2018-08 dan akhir 2018-03;2018-09.",
            "Pilihan ganda (R.4.6, R.4.7, R.4.8, R.6.2, R.7.3, R.7.4): tulis satu atau lebih nilai dari lembar kode, "
                    + "dipisah ; atau |. Teks \"Lainnya (sebutkan)\" ditulis di kolom ..._lainnya.",
            "Daftar teks (referensi_pemilihan, aturan_validasi, variabel_disaggregasi, indikator_pembangun, "
                    + "kegiatan_penghasil, variabel_pembangun): satu entri per baris dalam sel (Alt+Enter) atau "
                    + "dipisah |. Klasifikasi isian (value_domain): satu kode=nilai per baris, mis. 1=tidak puas.",
            "Ya/Tidak: tulis Ya atau Tidak (juga diterima true/false dan 1/0). Kode: pilih dari daftar; nama "
                    + "nilai INDAH (mis. BERULANG) juga diterima, kode angka tidak.",
            "Rumus indikator (rumus) boleh memakai simbol Σ × ÷ ≤ ≥ √ π ² dan lainnya: simbol diubah menjadi LaTeX "
                    + "seperti yang disimpan INDAH (lihat tabel di bawah). Beri kurung pada isi akar: √(a+b).",
            "Jangan memakai rumus Excel (sel rumus ditolak) dan jangan mengawali isi sel dengan = atau @, atau + "
                    + "dan - yang langsung diikuti huruf: nilai seperti itu ditolak karena dapat dijalankan sebagai "
                    + "rumus. Nomor telepon (+62 ...), angka negatif dan \"- teks\" boleh.",
            "Simpan sebagai .xlsx. Untuk CSV pakai \"CSV UTF-8\" (pemisah , atau ;) dengan nama berkas sama dengan "
                    + "nama lembar, mis. ms_kegiatan.csv.");

    private final BiConsumer<XSSFCell, String> text;
    private final XSSFCellStyle titleStyle;
    private final XSSFCellStyle wrapStyle;

    TemplateInstructions(BiConsumer<XSSFCell, String> text, XSSFCellStyle titleStyle, XSSFCellStyle wrapStyle) {
        this.text = text;
        this.titleStyle = titleStyle;
        this.wrapStyle = wrapStyle;
    }

    void write(XSSFSheet sheet) {
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 48 * 256);
        sheet.setColumnWidth(2, 60 * 256);
        sheet.setColumnWidth(3, 60 * 256);
        int r = 0;
        title(sheet.createRow(r++), "Petunjuk pengisian templat Metadata Statistik (MS-Keg, MS-Var, MS-Ind)");
        for (int i = 0; i < RULES.size(); i++) {
            XSSFRow row = sheet.createRow(r++);
            cell(row, 0, String.valueOf(i + 1));
            cell(row, 1, RULES.get(i));
        }
        r++;
        title(sheet.createRow(r++), "Kolom setiap lembar");
        r = table(sheet, r, List.of("Lembar", "Kolom", "Butir formulir", "Cara mengisi"));
        for (TemplateSheet template : TemplateSheet.values()) {
            for (Column<?> column : TemplateLayouts.of(template).columns()) {
                r = table(sheet, r, List.of(template.sheetName(), column.key(), column.item(),
                        column.format().describe()));
            }
        }
        r++;
        title(sheet.createRow(r++), "Simbol rumus yang diubah menjadi LaTeX");
        r = table(sheet, r, List.of("Simbol", "LaTeX"));
        for (Map.Entry<String, String> symbol : FormulaToLatex.symbols().entrySet()) {
            r = table(sheet, r, List.of(symbol.getKey(), symbol.getValue()));
        }
        table(sheet, r, List.of("√x, ∛x, ∜x", "\\sqrt{x}, \\sqrt[3]{x}, \\sqrt[4]{x}"));
    }

    private void title(XSSFRow row, String value) {
        XSSFCell cell = row.createCell(0);
        text.accept(cell, value);
        cell.setCellStyle(titleStyle);
    }

    private int table(XSSFSheet sheet, int r, List<String> values) {
        XSSFRow row = sheet.createRow(r);
        for (int c = 0; c < values.size(); c++) {
            cell(row, c, values.get(c));
        }
        return r + 1;
    }

    private void cell(XSSFRow row, int col, String value) {
        XSSFCell cell = row.createCell(col);
        cell.setCellStyle(wrapStyle);
        text.accept(cell, value);
    }
}
