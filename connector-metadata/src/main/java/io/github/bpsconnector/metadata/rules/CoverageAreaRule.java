package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.CoverageArea;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.code.GeoCoverage;

import java.util.List;

/** C2: R.4.5 Wilayah Kegiatan is filled exactly when R.4.4 is Sebagian, and each row names its province. */
final class CoverageAreaRule extends SingleRule implements Rule.OfKeg {

    private static final String PATH = "design.coverageAreas";

    CoverageAreaRule() {
        super(RuleInfo.error("C2", RuleInfo.KEG, "R.4.5 Wilayah Kegiatan",
                "R.4.5 filled when R.4.4 = Sebagian, blank when Seluruh; each row names a province",
                "Perban 5/2020 p.90, p.33"));
    }

    @Override
    public void check(MsKeg keg, RuleContext ctx, Findings out) {
        GeoCoverage coverage = keg.design().geoCoverage();
        List<CoverageArea> areas = keg.design().coverageAreas();
        if (coverage == GeoCoverage.SEBAGIAN_WILAYAH_INDONESIA && areas.isEmpty()) {
            out.report(rule, PATH, "Wilayah kegiatan wajib diisi karena cakupan wilayah adalah sebagian wilayah "
                    + "Indonesia (R.4.4 = Sebagian).");
        } else if (coverage == GeoCoverage.SELURUH_WILAYAH_INDONESIA && !areas.isEmpty()) {
            out.report(rule, PATH, "Wilayah kegiatan hanya diisi jika cakupan wilayah sebagian; cakupan seluruh "
                    + "wilayah Indonesia langsung ke R.4.6, jadi R.4.5 harus dikosongkan.");
        }
        for (int i = 0; i < areas.size(); i++) {
            CoverageArea area = areas.get(i);
            if (area.provinceCode() == null && area.provinceName() == null) {
                out.report(rule, FieldPaths.index(PATH, i) + ".provinceName",
                        "Baris wilayah kegiatan ke-" + (i + 1) + " harus menyebut provinsi (kode atau nama).");
            }
        }
    }
}
