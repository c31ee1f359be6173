package io.github.bpsconnector.metadata.rules;

import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.code.FormVersion;

import java.util.List;

/** REQ-KEG-*: the MS-Keg items every activity fills (Perban 5/2020 Instrumen A). */
final class RequiredKegItems implements Rule.OfKeg {

    private final RequiredItems<MsKeg> table = new RequiredItems<>(RuleInfo.KEG);

    RequiredKegItems() {
        table.rule("REQ-KEG-JUDUL", "Judul Kegiatan", "Perban 5/2020 p.87")
                .item("title", "Judul kegiatan", k -> k.title() != null);
        table.rule("REQ-KEG-TAHUN", "Tahun", "Perban 5/2020 p.87")
                .item("year", "Tahun kegiatan", k -> k.year() != null);
        table.rule("REQ-KEG-CARA", "Cara Pengumpulan Data", "Perban 5/2020 p.87")
                .item("collectionType", "Cara pengumpulan data", k -> k.collectionType() != null);
        table.rule("REQ-KEG-SEKTOR", "Sektor Kegiatan", "Perban 5/2020 p.87")
                .item("sector", "Sektor kegiatan", k -> k.sector() != null);
        table.rule("REQ-KEG-JENIS", "Jenis Statistik (INDAH)", "INDAH v2 payload (jenis_statistik)")
                .onlyOn(FormVersion.PERBAN_5_2020)
                .item("statisticsType", "Jenis statistik", k -> k.statisticsType() != null);
        table.rule("REQ-KEG-1.1", "R.1.1 Instansi Penyelenggara", "Perban 5/2020 p.88")
                .item("organizer.institutionName", "Instansi penyelenggara",
                        k -> k.organizer().institutionName() != null);
        table.rule("REQ-KEG-1.2", "R.1.2 Alamat Lengkap Instansi Penyelenggara", "Perban 5/2020 p.88")
                .item("organizer.contact.address", "Alamat instansi penyelenggara",
                        k -> k.organizer().contact().address() != null)
                .item("organizer.contact.phone", "Telepon instansi penyelenggara",
                        k -> k.organizer().contact().phone() != null)
                .item("organizer.contact.email", "E-mail instansi penyelenggara",
                        k -> k.organizer().contact().email() != null);
        table.rule("REQ-KEG-2.1", "R.2.1 Unit Eselon Penanggung Jawab", "Perban 5/2020 p.88")
                .item("responsibility.echelon2", "Unit eselon 2 penanggung jawab",
                        k -> k.responsibility().echelon2() != null);
        table.rule("REQ-KEG-2.2", "R.2.2 Penanggung Jawab Teknis", "Perban 5/2020 p.88; INDAH and Romantik 2023 (Nama)")
                .item("responsibility.technicalContact.name", "Nama penanggung jawab teknis",
                        k -> k.responsibility().technicalContact().name() != null)
                .item("responsibility.technicalContact.position", "Jabatan penanggung jawab teknis",
                        k -> k.responsibility().technicalContact().position() != null)
                .item("responsibility.technicalContact.contact.address", "Alamat penanggung jawab teknis",
                        k -> k.responsibility().technicalContact().contact().address() != null)
                .item("responsibility.technicalContact.contact.phone", "Telepon penanggung jawab teknis",
                        k -> k.responsibility().technicalContact().contact().phone() != null)
                .item("responsibility.technicalContact.contact.email", "E-mail penanggung jawab teknis",
                        k -> k.responsibility().technicalContact().contact().email() != null);
        table.rule("REQ-KEG-3.1", "R.3.1 Latar Belakang Kegiatan", "Perban 5/2020 p.88")
                .item("planning.background", "Latar belakang kegiatan", k -> k.planning().background() != null);
        table.rule("REQ-KEG-3.2", "R.3.2 Tujuan Kegiatan", "Perban 5/2020 p.88")
                .item("planning.objective", "Tujuan kegiatan", k -> k.planning().objective() != null);
        table.rule("REQ-KEG-4.1", "R.4.1 Kegiatan Ini Dilakukan", "Perban 5/2020 p.89")
                .item("design.repetition", "Kegiatan ini dilakukan (hanya sekali/berulang)",
                        k -> k.design().repetition() != null);
        table.rule("REQ-KEG-4.3", "R.4.3 Tipe Pengumpulan Data", "Perban 5/2020 p.90")
                .item("design.collectionDesign", "Tipe pengumpulan data", k -> k.design().collectionDesign() != null);
        table.rule("REQ-KEG-4.4", "R.4.4 Cakupan Wilayah Pengumpulan Data", "Perban 5/2020 p.90")
                .item("design.geoCoverage", "Cakupan wilayah pengumpulan data", k -> k.design().geoCoverage() != null);
        table.rule("REQ-KEG-4.6", "R.4.6 Metode Pengumpulan Data", "Perban 5/2020 p.90")
                .item("design.collectionMethods", "Metode pengumpulan data (minimal satu pilihan)",
                        k -> !k.design().collectionMethods().selected().isEmpty());
        table.rule("REQ-KEG-4.7", "R.4.7 Sarana Pengumpulan Data", "Perban 5/2020 p.90")
                .item("design.collectionModes", "Sarana pengumpulan data (minimal satu pilihan)",
                        k -> !k.design().collectionModes().selected().isEmpty());
        table.rule("REQ-KEG-4.8", "R.4.8 Unit Pengumpulan Data", "Perban 5/2020 p.90")
                .item("design.collectionUnits", "Unit pengumpulan data (minimal satu pilihan)",
                        k -> !k.design().collectionUnits().selected().isEmpty());
        table.rule("REQ-KEG-6.1", "R.6.1 Apakah Melakukan Uji Coba (Pilot Survey)?", "Perban 5/2020 p.91")
                .item("dataCollection.pilotSurvey", "Jawaban uji coba (pilot survey)",
                        k -> k.dataCollection().pilotSurvey() != null);
        table.rule("REQ-KEG-6.2", "R.6.2 Metode Pemeriksaan Kualitas Pengumpulan Data", "Perban 5/2020 p.91")
                .item("dataCollection.qualityCheckMethods", "Metode pemeriksaan kualitas (minimal satu pilihan)",
                        k -> !k.dataCollection().qualityCheckMethods().selected().isEmpty());
        table.rule("REQ-KEG-6.3", "R.6.3 Apakah Melakukan Penyesuaian Nonrespon?", "Perban 5/2020 p.92")
                .item("dataCollection.nonresponseAdjustment", "Jawaban penyesuaian nonrespon",
                        k -> k.dataCollection().nonresponseAdjustment() != null);
        table.rule("REQ-KEG-7.1", "R.7.1 Tahapan Pengolahan Data", "Perban 5/2020 p.92")
                .item("processingAndAnalysis.processingSteps.editing", "Jawaban penyuntingan (editing)",
                        k -> k.processingAndAnalysis().processingSteps().editing() != null)
                .item("processingAndAnalysis.processingSteps.coding", "Jawaban penyandian (coding)",
                        k -> k.processingAndAnalysis().processingSteps().coding() != null)
                .item("processingAndAnalysis.processingSteps.dataEntry", "Jawaban data entry",
                        k -> k.processingAndAnalysis().processingSteps().dataEntry() != null)
                .item("processingAndAnalysis.processingSteps.validation", "Jawaban penyahihan (validasi)",
                        k -> k.processingAndAnalysis().processingSteps().validation() != null);
        table.rule("REQ-KEG-7.2", "R.7.2 Metode Analisis", "Perban 5/2020 p.93")
                .item("processingAndAnalysis.analysisMethod", "Metode analisis",
                        k -> k.processingAndAnalysis().analysisMethod() != null);
        table.rule("REQ-KEG-7.3", "R.7.3 Unit Analisis", "Perban 5/2020 p.93")
                .item("processingAndAnalysis.analysisUnits", "Unit analisis (minimal satu pilihan)",
                        k -> !k.processingAndAnalysis().analysisUnits().selected().isEmpty());
        table.rule("REQ-KEG-7.4", "R.7.4 Tingkat Penyajian Hasil Analisis", "Perban 5/2020 p.93")
                .item("processingAndAnalysis.presentationLevels", "Tingkat penyajian (minimal satu pilihan)",
                        k -> !k.processingAndAnalysis().presentationLevels().selected().isEmpty());
        table.rule("REQ-KEG-8.1", "R.8.1 Produk Kegiatan yang Tersedia untuk Umum", "Perban 5/2020 p.93")
                .item("dissemination.printed.available", "Ketersediaan produk tercetak",
                        k -> k.dissemination().printed().available() != null)
                .item("dissemination.digital.available", "Ketersediaan produk digital",
                        k -> k.dissemination().digital().available() != null)
                .item("dissemination.microdata.available", "Ketersediaan data mikro",
                        k -> k.dissemination().microdata().available() != null);
    }

    @Override
    public List<RuleInfo> infos() {
        return table.infos();
    }

    @Override
    public void check(MsKeg keg, RuleContext ctx, Findings out) {
        table.check(keg, ctx, out);
    }
}
