package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MsInd;

import java.util.List;

/** REQ-IND-*: the MS-Ind header and columns every indicator fills (Perban 5/2020 Bab IV). */
final class RequiredIndItems implements Rule.OfInd {

    private static final String SOURCE = "Perban 5/2020 Bab IV pp.64-81";

    private final RequiredItems<MsInd> table = new RequiredItems<>(RuleInfo.IND);

    RequiredIndItems() {
        table.rule("REQ-IND-KEGIATAN", "Nama Kegiatan", SOURCE)
                .item("header.title", "Nama kegiatan", i -> i.header().title() != null);
        table.rule("REQ-IND-PENYELENGGARA", "Penyelenggara", SOURCE)
                .item("header.organizer", "Penyelenggara", i -> i.header().organizer() != null);
        table.rule("REQ-IND-1", "Kolom (1) Nomor", SOURCE)
                .item("number", "Nomor", i -> i.number() != null);
        table.rule("REQ-IND-2", "Kolom (2) Nama Indikator", SOURCE)
                .item("name", "Nama indikator", i -> i.name() != null);
        table.rule("REQ-IND-3", "Kolom (3) Konsep", SOURCE)
                .item("concept", "Konsep", i -> i.concept() != null);
        table.rule("REQ-IND-4", "Kolom (4) Definisi", SOURCE)
                .item("definition", "Definisi", i -> i.definition() != null);
        table.rule("REQ-IND-5", "Kolom (5) Interpretasi", SOURCE)
                .item("interpretation", "Interpretasi", i -> i.interpretation() != null);
        table.rule("REQ-IND-6", "Kolom (6) Metode/Rumus Penghitungan", SOURCE)
                .item("calculationMethod", "Metode/rumus penghitungan",
                        i -> i.calculationMethod() != null || i.formulaLatex() != null);
        table.rule("REQ-IND-7", "Kolom (7) Ukuran", SOURCE)
                .item("measure", "Ukuran", i -> i.measure() != null);
        table.rule("REQ-IND-8", "Kolom (8) Satuan", SOURCE)
                .item("unit", "Satuan", i -> i.unit() != null);
        table.rule("REQ-IND-9", "Kolom (9) Klasifikasi (Penyajian)", SOURCE)
                .item("presentationClassifications", "Klasifikasi penyajian",
                        i -> !i.presentationClassifications().isEmpty());
        table.rule("REQ-IND-10", "Kolom (10) Apakah Kolom (2) Indikator Komposit?", SOURCE)
                .item("composite", "Jawaban indikator komposit", i -> i.composite() != null);
        table.rule("REQ-IND-16", "Kolom (16) Level Estimasi", SOURCE)
                .item("estimationLevel", "Level estimasi", i -> i.estimationLevel() != null);
        table.rule("REQ-IND-17", "Kolom (17) Apakah Kolom (2) dapat Diakses Umum?", SOURCE)
                .item("publiclyAccessible", "Jawaban dapat diakses umum", i -> i.publiclyAccessible() != null);
    }

    @Override
    public List<RuleInfo> infos() {
        return table.infos();
    }

    @Override
    public void check(MsInd indicator, RuleContext ctx, Findings out) {
        table.check(indicator, ctx, out);
    }
}
