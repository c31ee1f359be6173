package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MsVar;

import java.util.List;

/** REQ-VAR-*: the MS-Var header and columns every variable fills (Perban 5/2020 Bab III). */
final class RequiredVarItems implements Rule.OfVar {

    private static final String SOURCE = "Perban 5/2020 Bab III pp.52-63";

    private final RequiredItems<MsVar> table = new RequiredItems<>(RuleInfo.VAR);

    RequiredVarItems() {
        table.rule("REQ-VAR-KEGIATAN", "Nama Kegiatan", SOURCE)
                .item("header.title", "Nama kegiatan", v -> v.header().title() != null);
        table.rule("REQ-VAR-PENYELENGGARA", "Penyelenggara", SOURCE)
                .item("header.organizer", "Penyelenggara", v -> v.header().organizer() != null);
        table.rule("REQ-VAR-1", "Kolom (1) Nomor", SOURCE)
                .item("number", "Nomor", v -> v.number() != null);
        table.rule("REQ-VAR-2", "Kolom (2) Nama Variabel", SOURCE)
                .item("name", "Nama variabel", v -> v.name() != null);
        table.rule("REQ-VAR-3", "Kolom (3) Alias", SOURCE)
                .item("alias", "Alias", v -> v.alias() != null);
        table.rule("REQ-VAR-4", "Kolom (4) Konsep", SOURCE)
                .item("concept", "Konsep", v -> v.concept() != null);
        table.rule("REQ-VAR-5", "Kolom (5) Definisi", SOURCE)
                .item("definition", "Definisi", v -> v.definition() != null);
        table.rule("REQ-VAR-6", "Kolom (6) Referensi Pemilihan", SOURCE)
                .item("selectionReferences", "Referensi pemilihan", v -> !v.selectionReferences().isEmpty());
        table.rule("REQ-VAR-7", "Kolom (7) Referensi Waktu", SOURCE)
                .item("timeReference", "Referensi waktu", v -> v.timeReference() != null);
        table.rule("REQ-VAR-8", "Kolom (8) Tipe Data", SOURCE)
                .item("dataType", "Tipe data", v -> v.dataType() != null);
        table.rule("REQ-VAR-11", "Kolom (11) Kalimat Pertanyaan", SOURCE)
                .item("questionText", "Kalimat pertanyaan", v -> v.questionText() != null);
        table.rule("REQ-VAR-12", "Kolom (12) Apakah Kolom (2) Dapat Diakses Umum?", SOURCE)
                .item("publiclyAccessible", "Jawaban dapat diakses umum", v -> v.publiclyAccessible() != null);
    }

    @Override
    public List<RuleInfo> infos() {
        return table.infos();
    }

    @Override
    public void check(MsVar variable, RuleContext ctx, Findings out) {
        table.check(variable, ctx, out);
    }
}
