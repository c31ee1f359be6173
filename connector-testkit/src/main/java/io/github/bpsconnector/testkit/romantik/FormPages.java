package io.github.bpsconnector.testkit.romantik;

import io.github.bpsconnector.testkit.romantik.FieldSpec.FieldType;
import io.github.bpsconnector.testkit.romantik.FieldSpec.Option;
import io.github.bpsconnector.testkit.romantik.FormSchema.FormBlock;
import java.util.List;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The form's pages: one block ({@code form#form-blok}), Blok IX (files) and the resume with "Kirim Formulir". */
final class FormPages {

    private FormPages() {
    }

    /**
     * A block's form.
     *
     * @param view the submission, or {@code null} for "Ajukan Rekomendasi" (Blok 0 of a new one)
     * @param shown the values to show (stored ones, or the refused post)
     * @param refusal the refusal to show, or {@code null}
     */
    static String blok(Viewer viewer, PengajuanView view, FormBlock block, FormValues shown,
            RomantikRefusedException refusal) {
        Document doc = Layout.page(view == null ? "Ajukan Rekomendasi" : block.heading(), viewer);
        Element main = Layout.main(doc);
        if (view != null) {
            navigation(main, view, block.number());
        }
        main.appendElement("h2").text(block.heading());
        String action = view == null ? "/pengajuan" : "/pengajuan/" + view.id() + "/blok/" + block.number();
        Element form = Html.form(main, "form-blok", action, viewer.csrf()).attr("data-blok",
                String.valueOf(block.number()));
        Instansi instansi = view == null ? viewer.instansi() : view.instansi();
        for (FieldSpec field : block.fields()) {
            field(form, field, shown, instansi);
        }
        Html.submit(form, "Simpan dan lanjut").attr("name", "aksi").attr("value", "simpan");
        if (refusal != null) {
            Html.errors(main, refusal.getMessage(), refusal.fieldErrors(), form);
        }
        return Html.render(doc);
    }

    /** Blok IX: the files so far, {@code form#form-berkas} (multipart) and {@code form#form-blok} to go on. */
    static String berkas(Viewer viewer, PengajuanView view, RomantikRefusedException refusal) {
        FormBlock block = FormSchema.block(FormSchema.BLOK_BERKAS);
        Document doc = Layout.page(block.heading(), viewer);
        Element main = Layout.main(doc);
        navigation(main, view, block.number());
        ResumeSection.berkasTable(main, view.berkas());
        Element upload = Html.uploadForm(main, "form-berkas", "/pengajuan/" + view.id() + "/berkas", viewer.csrf());
        Element jenis = HomePages.select(Html.group(upload, "jenis", "Jenis Berkas"), "jenis");
        for (JenisBerkas kind : JenisBerkas.values()) {
            HomePages.option(jenis, kind.name(), kind.label(), "");
        }
        Html.input(Html.group(upload, "berkas", "Berkas (PDF, paling besar 10 MB)"), "file", "berkas", null)
                .attr("accept", "application/pdf");
        Html.submit(upload, "Unggah");
        Element next = Html.form(main, "form-blok", "/pengajuan/" + view.id() + "/blok/" + block.number(),
                viewer.csrf()).attr("data-blok", String.valueOf(block.number()));
        Html.submit(next, "Simpan dan lanjut").attr("name", "aksi").attr("value", "simpan");
        if (refusal != null) {
            Html.errors(main, refusal.getMessage(), refusal.fieldErrors(), upload);
        }
        return Html.render(doc);
    }

    /** The resume and, while it may be sent, {@code form#form-kirim}. */
    static String ringkasan(Viewer viewer, PengajuanView view, RomantikRefusedException refusal) {
        Document doc = Layout.page("Ringkasan Pengajuan", viewer);
        Element main = Layout.main(doc);
        navigation(main, view, -1);
        ResumeSection.render(main, view);
        if (view.allows("kirim")) {
            Element form = Html.form(main, "form-kirim", "/pengajuan/" + view.id() + "/kirim", viewer.csrf());
            Html.submit(form, "Kirim Formulir");
        }
        if (refusal != null) {
            Html.errors(main, refusal.getMessage(), refusal.fieldErrors(), null);
        }
        return Html.render(doc);
    }

    /** {@code ul#navigasi-blok}: a link per block that applies ({@code a[data-blok=n]}) and to the resume. */
    private static void navigation(Element main, PengajuanView view, int current) {
        FormValues values = FormValues.of(view.values());
        Element nav = main.appendElement("ul").id("navigasi-blok");
        for (FormBlock block : FormSchema.blocks()) {
            if (FormSchema.applies(block.number(), values)) {
                Element link = Html.link(nav.appendElement("li"), "/pengajuan/" + view.id() + "/blok/"
                        + block.number(), block.heading()).attr("data-blok", String.valueOf(block.number()));
                if (block.number() == current) {
                    link.addClass("active");
                }
                if (view.savedBlocks().contains(block.number())) {
                    link.addClass("tersimpan");
                }
            }
        }
        Html.link(nav.appendElement("li"), "/pengajuan/" + view.id() + "/ringkasan", "Ringkasan")
                .id("lihat-ringkasan");
    }

    private static void field(Element form, FieldSpec field, FormValues shown, Instansi instansi) {
        Element group = Html.group(form, field.name(), field.label());
        if (field.required()) {
            group.addClass("wajib");
        }
        if (field.when() != null) {
            group.attr("data-kondisi", field.when().field() + "=" + String.join("|", new TreeSet<>(
                    field.when().anyOf())));
        }
        switch (field.type()) {
            case ROWS -> rows(group, field, shown);
            case CHECKBOX, RADIO -> choices(group, field, shown.all(field.name()));
            case SELECT -> {
                Element select = HomePages.select(group, field.name());
                for (Option option : field.options()) {
                    HomePages.option(select, option.value(), option.label(), shown.first(field.name()))
                            .attr("data-grup", HomePages.nullToEmpty(option.group()));
                }
            }
            case TEXTAREA -> group.appendElement("textarea").attr("name", field.name()).id(field.name())
                    .addClass("form-control").text(shown.first(field.name()));
            default -> {
                String value = field.isFromProfile() && instansi != null ? field.fromProfile().apply(instansi)
                        : shown.first(field.name());
                Element input = Html.input(group, inputType(field.type()), field.name(), value);
                if (field.isFromProfile()) {
                    input.attr("readonly", true);
                }
            }
        }
    }

    private static String inputType(FieldType type) {
        return switch (type) {
            case INTEGER -> "number";
            case DATE -> "date";
            case EMAIL -> "email";
            default -> "text";
        };
    }

    private static void choices(Element group, FieldSpec field, List<String> chosen) {
        String type = field.type() == FieldType.CHECKBOX ? "checkbox" : "radio";
        for (Option option : field.options()) {
            Element label = group.appendElement("label").addClass("form-check");
            Element input = label.appendElement("input").attr("type", type).attr("name", field.name())
                    .attr("value", option.value());
            if (chosen.contains(option.value())) {
                input.attr("checked", true);
            }
            label.appendText(" " + option.label());
        }
    }

    /** The rows posted or stored, under their own numbers, and one empty row after them. */
    private static void rows(Element group, FieldSpec field, FormValues shown) {
        Element table = group.appendElement("table").addClass("baris").attr("data-field", field.name());
        Element head = table.appendElement("thead").appendElement("tr");
        field.columns().forEach(column -> head.appendElement("th").text(column.label()));
        Element body = table.appendElement("tbody");
        TreeSet<Integer> indices = FormText.rowIndices(shown.asMap(), field.name());
        indices.add(indices.isEmpty() ? 0 : indices.last() + 1);
        for (int index : indices) {
            Element row = body.appendElement("tr").attr("data-baris", String.valueOf(index));
            for (FieldSpec column : field.columns()) {
                String name = FormText.cellName(field.name(), index, column.name());
                Html.input(row.appendElement("td").attr("data-field", name), inputType(column.type()), name,
                        shown.first(name));
            }
        }
    }
}
