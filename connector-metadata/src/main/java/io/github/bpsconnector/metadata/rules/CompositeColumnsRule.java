package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MsInd;

import java.util.List;
import java.util.function.Predicate;

/**
 * C9: a composite indicator (column 10 = Ya) fills columns 11 and 12 and leaves 13&ndash;15 blank; a non-composite
 * one fills 13 and 15 and leaves 11 and 12 blank (column 14 is filled by BPS).
 */
final class CompositeColumnsRule extends SingleRule implements Rule.OfInd {

    private static final List<Column> COMPOSITE_ONLY = List.of(
            new Column("componentIndicatorPublication", "Kolom (11) Publikasi Ketersediaan Indikator Pembangun",
                    i -> i.componentIndicatorPublication() != null, true),
            new Column("componentIndicators", "Kolom (12) Nama Indikator Pembangun",
                    i -> !i.componentIndicators().isEmpty(), true));
    private static final List<Column> NON_COMPOSITE_ONLY = List.of(
            new Column("sourceActivities", "Kolom (13) Kegiatan Penghasil Variabel Pembangun",
                    i -> !i.sourceActivities().isEmpty(), true),
            new Column("sourceActivityCodes", "Kolom (14) Kode Kegiatan Penghasil Variabel Pembangun",
                    i -> !i.sourceActivityCodes().isEmpty(), false),
            new Column("componentVariables", "Kolom (15) Nama Variabel Pembangun",
                    i -> !i.componentVariables().isEmpty(), true));

    CompositeColumnsRule() {
        super(RuleInfo.error("C9", RuleInfo.IND, "Kolom (10)-(15) Indikator Komposit",
                "Komposit: columns 11-12 filled, 13-15 blank; not komposit: columns 13 and 15 filled, 11-12 blank",
                "Perban 5/2020 p.74-76; INDAH (S5 slide 26)"));
    }

    @Override
    public void check(MsInd indicator, RuleContext ctx, Findings out) {
        Boolean composite = indicator.composite();
        if (composite == null) {
            return;
        }
        List<Column> own = composite ? COMPOSITE_ONLY : NON_COMPOSITE_ONLY;
        List<Column> other = composite ? NON_COMPOSITE_ONLY : COMPOSITE_ONLY;
        String kind = composite ? "indikator komposit" : "indikator bukan komposit";
        for (Column column : own) {
            if (column.required && !column.filled.test(indicator)) {
                out.report(rule, column.path, column.formItem, column.formItem + " wajib diisi untuk " + kind + ".");
            }
        }
        for (Column column : other) {
            if (column.filled.test(indicator)) {
                out.report(rule, column.path, column.formItem, column.formItem + " tidak diisi untuk " + kind
                        + " (kolom 10 = " + (composite ? "Ya" : "Tidak") + "); isian ini harus dikosongkan.");
            }
        }
    }

    private record Column(String path, String formItem, Predicate<MsInd> filled, boolean required) {
    }
}
