package io.github.bpsconnector.metadata.io;

import java.util.List;

/**
 * The sheets of the import template (XLSX), or its files (CSV/TSV: the sheet name plus {@code .csv} or
 * {@code .tsv}). Every sheet links its rows to an activity through the column {@code judul_kegiatan}. See
 * {@code docs/import.md} for every column.
 */
public enum TemplateSheet {

    /** One row per MS-Keg (activity). Required. */
    MS_KEGIATAN("ms_kegiatan", true),
    /** R.3.4 Variabel yang Dikumpulkan: one row per variable collected by an activity. Optional. */
    MS_KEGIATAN_VARIABEL("ms_kegiatan_variabel", false),
    /** R.4.5 Wilayah Kegiatan: one row per province or kabupaten/kota an activity covers. Optional. */
    MS_KEGIATAN_WILAYAH("ms_kegiatan_wilayah", false),
    /** One row per MS-Var (variable). Required. */
    MS_VARIABEL("ms_variabel", true),
    /** One row per MS-Ind (indicator). Required. */
    MS_INDIKATOR("ms_indikator", true);

    private final String sheetName;
    private final boolean required;

    TemplateSheet(String sheetName, boolean required) {
        this.sheetName = sheetName;
        this.required = required;
    }

    /** The sheet name, e.g. {@code "ms_kegiatan"}; also the CSV/TSV file name without extension. */
    public String sheetName() {
        return sheetName;
    }

    /** Whether an import needs this sheet; an optional sheet that is absent simply has no rows. */
    public boolean required() {
        return required;
    }

    /** The header keys of this sheet, in template order. */
    public List<String> headers() {
        return TemplateLayouts.of(this).columns().stream().map(Column::key).toList();
    }
}
