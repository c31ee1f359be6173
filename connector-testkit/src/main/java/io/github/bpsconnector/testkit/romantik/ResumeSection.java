package io.github.bpsconnector.testkit.romantik;

import io.github.bpsconnector.testkit.romantik.FieldSpec.FieldType;
import io.github.bpsconnector.testkit.romantik.FormSchema.FormBlock;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The resume of a submission's form, shared by the ringkasan, detail, print and Walidata pages: one
 * {@code section.blok[data-blok=n]} per block that applies, each field as {@code dt}/{@code dd[data-field=KEY]},
 * rows as {@code table.baris[data-field=KEY]}, and {@code table#daftar-berkas} for Blok IX.
 */
final class ResumeSection {

    private ResumeSection() {
    }

    static void render(Element parent, PengajuanView view) {
        Element resume = parent.appendElement("div").id("ringkasan");
        FormValues values = FormValues.of(view.values());
        for (FormBlock block : FormSchema.blocks()) {
            if (!FormSchema.applies(block.number(), values)) {
                continue;
            }
            Element section = resume.appendElement("section").addClass("blok").attr("data-blok",
                    String.valueOf(block.number()));
            section.appendElement("h2").text(block.heading());
            if (block.number() == FormSchema.BLOK_BERKAS) {
                berkasTable(section, view.berkas());
                continue;
            }
            Element dl = section.appendElement("dl");
            for (FieldSpec field : block.fields()) {
                if (field.type() == FieldType.ROWS) {
                    dl.appendElement("dt").text(field.label());
                    rowsTable(dl.appendElement("dd").attr("data-field", field.name()), field, view.values());
                } else {
                    dl.appendElement("dt").text(field.label());
                    dl.appendElement("dd").attr("data-field", field.name())
                            .text(FormText.display(field, values.all(field.name())));
                }
            }
        }
    }

    private static void rowsTable(Element parent, FieldSpec field, Map<String, List<String>> values) {
        Element table = parent.appendElement("table").addClass("baris").attr("data-field", field.name());
        Element head = table.appendElement("thead").appendElement("tr");
        field.columns().forEach(column -> head.appendElement("th").text(column.label()));
        Element body = table.appendElement("tbody");
        FormValues all = FormValues.of(values);
        for (int index : FormText.rowIndices(values, field.name())) {
            Element row = body.appendElement("tr");
            for (FieldSpec column : field.columns()) {
                String name = FormText.cellName(field.name(), index, column.name());
                row.appendElement("td").attr("data-field", name).text(all.first(name));
            }
        }
    }

    /** {@code table#daftar-berkas}: {@code td.jenis} (the {@code JenisBerkas} name), {@code td.nama-file}, {@code td.ukuran}. */
    static void berkasTable(Element parent, List<Berkas> files) {
        Element tbody = Html.table(parent, "daftar-berkas", "Jenis", "Nama Berkas", "Ukuran (byte)");
        for (Berkas file : files) {
            Element row = tbody.appendElement("tr");
            Html.cell(row, "jenis", file.jenis().name()).attr("title", file.jenis().label());
            Html.cell(row, "nama-file", file.namaFile());
            Html.cell(row, "ukuran", String.valueOf(file.ukuran()));
        }
    }
}
