package io.github.bpsconnector.romantik.page;

import io.github.bpsconnector.romantik.AttachedFile;
import io.github.bpsconnector.romantik.PengajuanDetail;
import io.github.bpsconnector.romantik.ReviewNote;
import io.github.bpsconnector.romantik.StatusLabels;
import io.github.bpsconnector.romantik.StatusNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/** A pengajuan's detail page (also the Walidata's page of it) → {@link PengajuanDetail}; Blok IX → its files. */
public final class PengajuanDetailParser {

    private PengajuanDetailParser() {
    }

    /** Reads the detail page. */
    public static PengajuanDetail parse(Page page, StatusNormalizer statuses) {
        StatusLabels labels = labels(page);
        String komitmen = page.optional("detail.komitmenFile").map(element -> element.text().strip()).orElse("");
        Integer rating = page.optional("detail.penilaian").map(element -> element.attr(
                page.profile().attribute("detail.penilaian"))).filter(value -> value.matches("[1-5]"))
                .map(Integer::valueOf).orElse(null);
        String tahunText = page.text("detail.tahun");
        int tahun;
        try {
            tahun = Integer.parseInt(tahunText);
        } catch (NumberFormatException e) {
            throw page.changed("detail.tahun", "holds '" + tahunText + "', not a year");
        }
        return new PengajuanDetail(page.numberIn(page.document(), "detail.id"), page.text("detail.judul"), tahun,
                labels, statuses.normalize(labels, !komitmen.isEmpty()), page.text("detail.nomorRekomendasi"),
                notes(page), page.optional("detail.suratLink").isPresent(),
                page.optional("detail.komitmenForm").isPresent(), komitmen, rating,
                page.optional("detail.hapusForm").isPresent(), page.optional("detail.batalkanForm").isPresent());
    }

    /** The three status columns of a detail page. */
    public static StatusLabels labels(Page page) {
        return new StatusLabels(page.text("detail.statusPengajuan"), page.text("detail.statusWalidata"),
                page.text("detail.statusPerbaikan"));
    }

    private static List<ReviewNote> notes(Page page) {
        page.expect("detail.catatanTable");
        String walidata = page.profile().text("peran.walidata").toLowerCase(Locale.ROOT);
        String pembina = page.profile().text("peran.pembinaData").toLowerCase(Locale.ROOT);
        List<ReviewNote> notes = new ArrayList<>();
        for (Element row : page.all("detail.catatanRow")) {
            String peran = page.textIn(row, "detail.catatanPeran");
            String lower = peran.toLowerCase(Locale.ROOT);
            ReviewNote.Reviewer reviewer = lower.contains(walidata) ? ReviewNote.Reviewer.WALIDATA
                    : lower.contains(pembina) ? ReviewNote.Reviewer.PEMBINA_DATA : ReviewNote.Reviewer.OTHER;
            notes.add(new ReviewNote(page.textIn(row, "detail.catatanTanggal"), peran,
                    page.textIn(row, "detail.catatanKeputusan"), page.textIn(row, "detail.catatanIsi"), reviewer));
        }
        return notes;
    }

    /** The files listed on the Blok IX page. */
    public static List<AttachedFile> attachedFiles(Page page) {
        page.expect("berkas.form");
        List<AttachedFile> files = new ArrayList<>();
        for (Element row : page.all("berkas.row")) {
            files.add(new AttachedFile(page.textIn(row, "berkas.jenis"), page.textIn(row, "berkas.nama")));
        }
        return files;
    }
}
