package io.github.bpsconnector.romantik.page;

import io.github.bpsconnector.romantik.PengajuanSummary;
import io.github.bpsconnector.romantik.StatusLabels;
import io.github.bpsconnector.romantik.StatusNormalizer;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/** The producer's "Daftar Pengajuan" and the Walidata's list → {@link ListPage} of {@link PengajuanSummary}. */
public final class PengajuanListParser {

    private PengajuanListParser() {
    }

    /** The producer's own list ({@code list.*} selectors). */
    public static ListPage<PengajuanSummary> parseProducerList(Page page, StatusNormalizer statuses) {
        return parse(page, statuses, "list.table", "list.row", false);
    }

    /** The Walidata's list ({@code walidataList.*} selectors for the table, rows and instansi). */
    public static ListPage<PengajuanSummary> parseWalidataList(Page page, StatusNormalizer statuses) {
        return parse(page, statuses, "walidataList.table", "walidataList.row", true);
    }

    private static ListPage<PengajuanSummary> parse(Page page, StatusNormalizer statuses, String tableKey,
            String rowKey, boolean withInstansi) {
        page.expect(tableKey);
        List<PengajuanSummary> rows = new ArrayList<>();
        for (Element row : page.all(rowKey)) {
            rows.add(row(page, row, statuses, withInstansi));
        }
        return new ListPage<>(rows, next(page, "list.next"));
    }

    private static PengajuanSummary row(Page page, Element row, StatusNormalizer statuses, boolean withInstansi) {
        long id = page.numberIn(row, "list.id");
        StatusLabels labels = new StatusLabels(page.textIn(row, "list.statusPengajuan"),
                page.textIn(row, "list.statusWalidata"), page.textIn(row, "list.statusPerbaikan"));
        String tahunText = page.textIn(row, "list.tahun");
        int tahun;
        try {
            tahun = Integer.parseInt(tahunText);
        } catch (NumberFormatException e) {
            throw page.changed("list.tahun", "holds '" + tahunText + "', not a year");
        }
        Set<String> actions = new LinkedHashSet<>();
        String actionAttribute = page.profile().attribute("list.action");
        for (Element link : row.select(page.profile().selector("list.action"))) {
            actions.add(link.attr(actionAttribute));
        }
        String instansi = withInstansi ? page.textIn(row, "walidataList.instansi") : "";
        return new PengajuanSummary(id, page.textIn(row, "list.judul"), tahun, labels,
                statuses.normalize(labels, false), page.textIn(row, "list.nomorRekomendasi"), actions, instansi);
    }

    /** The absolute URI of the next page link {@code key}, if the page has one. */
    static Optional<URI> next(Page page, String key) {
        return page.optional(key).map(link -> link.absUrl("href")).filter(href -> !href.isEmpty()).map(URI::create);
    }
}
